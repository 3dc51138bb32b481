import fc from 'fast-check';
import { hasIsoShape, isOverdueAt } from './overdue';

describe('the ISO shape check', () => {
  it('says what /^\\d{4}-\\d{2}-\\d{2}$/ says, for any text and for near-dates', () => {
    const regex = /^\d{4}-\d{2}-\d{2}$/;
    const nearDate = fc
      .tuple(fc.stringMatching(/^[0-9a/ -]{0,5}$/), fc.constantFrom('-', '/', '', ' '), fc.stringMatching(/^[0-9x]{0,3}$/), fc.constantFrom('-', '.'), fc.stringMatching(/^[0-9٣]{0,3}$/))
      .map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(fc.string(), nearDate, fc.constant('2011-12-31'), fc.constant('2011-12-31\n')), (s) => hasIsoShape(s) === regex.test(s)), { numRuns: 2000 });
  });

  it('takes a real date and refuses what only looks like one', () => {
    expect(hasIsoShape('2011-12-31')).toBe(true);
    for (const s of ['2011-12-3', '2011/12/31', '20111-2-31', '2011-12-31 ', ' 2011-12-31', '2011-1a-31', '٢٠١١-١٢-٣١', '']) expect(hasIsoShape(s)).toBe(false);
  });

  it('keeps overdue as P007 has it: before the report date, not Klar or Avbruten', () => {
    expect(isOverdueAt('2011-06-30', 'inProgress', '2011-12-31')).toBe(true);
    expect(isOverdueAt('2011-06-30', 'done', '2011-12-31')).toBe(false);
    expect(isOverdueAt('2012-01-01', 'inProgress', '2011-12-31')).toBe(false);
    expect(isOverdueAt('30 juni', 'inProgress', '2011-12-31')).toBe(false);
    expect(isOverdueAt('2011-06-30', 'inProgress', 'årsskiftet')).toBe(false);
  });
});
