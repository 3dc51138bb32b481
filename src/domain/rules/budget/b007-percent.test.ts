import { makeContext, makeMunicipality, makePlan } from '../../../../tests/builders/model';
import { checkPercents } from './b007-percent';

const withMoraPercent = (percent: number | null) =>
  makePlan({
    financing: [
      makeMunicipality({ name: 'Mora', share: 2_290_000, percent }),
      makeMunicipality({ name: 'Orsa', share: 790_000, percent: 0.202 }),
      makeMunicipality({ name: 'Älvdalen', share: 830_000 }),
    ],
  });

describe('B007 Andel (%) matches share/total', () => {
  it('accepts the rounded fraction 0.5857 for 2 290 000 / 3 910 000', () => {
    expect(checkPercents(makeContext(withMoraPercent(0.5857)))).toEqual([]);
  });

  it('reports a percent more than 0.05 pp off, at the Andel (%) cell, in percent', () => {
    expect(checkPercents(makeContext(withMoraPercent(0.59)))).toEqual([
      { code: 'B007', sheet: 'Finansiering', cell: 'C2', expected: 58.57, actual: 59, detail: { municipality: 'Mora' } },
    ]);
  });

  it('the 0.05 pp boundary: exactly 0.05 off passes, just over fails', () => {
    const exact = 2_290_000 / 3_910_000;
    expect(checkPercents(makeContext(withMoraPercent(exact + 0.0005)))).toEqual([]);
    expect(checkPercents(makeContext(withMoraPercent(exact - 0.0005)))).toEqual([]);
    expect(checkPercents(makeContext(withMoraPercent(exact + 0.00051)))).toHaveLength(1);
  });

  it('ignores a blank percent and municipalities without the column', () => {
    expect(checkPercents(makeContext(withMoraPercent(null)))).toEqual([]);
  });
});
