import fc from 'fast-check';
import type { Status } from '../model';
import { hasIsoShape, isOverdueAt, isOverdueByKey, isoDateKey } from './overdue';

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

describe('overdue by date keys', () => {
  it('orders as the ISO texts do, and says what the text comparison says', () => {
    const isoDate = fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const anyDate = fc.oneof(isoDate, fc.string({ maxLength: 11 }), fc.constant('0000-00-00'), fc.constant(' 2011-12-31'), fc.constant(null));
    const status = fc.constantFrom('notStarted', 'inProgress', 'delayed', 'done', 'cancelled', null) as fc.Arbitrary<Status | null>;
    fc.assert(
      fc.property(anyDate, anyDate, status, (end, date, s) => {
        const byText = typeof end === 'string' && typeof date === 'string' && hasIsoShape(end) && hasIsoShape(date) && end < date && s !== 'done' && s !== 'cancelled';
        expect(isOverdueByKey(isoDateKey(end), s, isoDateKey(date ?? ''))).toBe(byText);
        expect(isOverdueAt(end, s, date ?? '')).toBe(byText);
      }),
      { numRuns: 3000 },
    );
  });

  it('keys a date as YYYYMMDD and anything else as no date', () => {
    expect(isoDateKey('2011-04-30')).toBe(20110430);
    expect(isoDateKey('0000-00-00')).toBe(0);
    for (const s of ['2011-4-30', ' 2011-04-30', '30 april', '', null, undefined]) expect(isoDateKey(s)).toBe(-1);
  });
});
