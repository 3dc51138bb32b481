import { makeContext, makeMunicipality, makePlan } from '../../../../tests/builders/model';
import { checkFinancingTotal } from './b006-financing-total';

const financing = (orsa: number) => [
  makeMunicipality({ name: 'Mora', share: 2_290_000 }),
  makeMunicipality({ name: 'Orsa', share: orsa }),
  makeMunicipality({ name: 'Älvdalen', share: 830_000 }),
];

describe('B006 Finansiering sums to the plan total', () => {
  it('passes when 2 290 000 + 790 000 + 830 000 = 3 910 000', () => {
    expect(checkFinancingTotal(makeContext(makePlan({ financing: financing(790_000) })))).toEqual([]);
  });

  it('reports at the total cell, to the öre', () => {
    expect(checkFinancingTotal(makeContext(makePlan({ financing: financing(790_000.01) })))).toEqual([
      { code: 'B006', sheet: 'Plan', cell: 'B5', expected: 3_910_000, actual: 3_910_000.01 },
    ]);
  });

  it('reports an empty Finansiering (header, no rows) against a plan total', () => {
    expect(checkFinancingTotal(makeContext(makePlan({ financing: [] })))).toEqual([
      { code: 'B006', sheet: 'Plan', cell: 'B5', expected: 3_910_000, actual: 0 },
    ]);
  });

  it('is skipped without a plan total or with an unreadable share', () => {
    expect(checkFinancingTotal(makeContext(makePlan({ info: { totalBudget: null }, financing: financing(1) })))).toEqual([]);
    expect(checkFinancingTotal(makeContext(makePlan({ financing: financing(1).map((m, i) => (i === 1 ? makeMunicipality({ name: 'Orsa', share: null }) : m)) })))).toEqual([]);
  });
});
