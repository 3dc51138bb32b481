import { makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkColumnSums } from './b005-column-sum';

describe('B005 a municipality column sums to its Finansiering share', () => {
  it('passes for the default plan', () => {
    expect(checkColumnSums(makeContext(makePlan()))).toEqual([]);
  });

  it('reports the column data range with expected share and actual sum', () => {
    const actions = [
      makeAction({ id: 'A1', budget: 2_000_000, shares: { Mora: 1_000_000, Orsa: 500_000, Älvdalen: 500_000 } }),
      makeAction({ id: 'A2', budget: 1_910_000, shares: { Mora: 1_290_000, Orsa: 290_000, Älvdalen: 330_000 } }),
    ];
    // Every column sums right even though the split per action differs from the default.
    expect(checkColumnSums(makeContext(makePlan({ actions })))).toEqual([]);
    // Move one öre from Älvdalen to Orsa:
    const off = [
      makeAction({ id: 'A1', budget: 2_000_000, shares: { Mora: 1_000_000, Orsa: 500_000.01, Älvdalen: 499_999.99 } }),
      makeAction({ id: 'A2', budget: 1_910_000, shares: { Mora: 1_290_000, Orsa: 290_000, Älvdalen: 330_000 } }),
    ];
    expect(checkColumnSums(makeContext(makePlan({ actions: off })))).toEqual([
      { code: 'B005', sheet: 'Åtgärder', cell: 'K2:K3', expected: 790_000, actual: 790_000.01, detail: { municipality: 'Orsa' } },
      { code: 'B005', sheet: 'Åtgärder', cell: 'L2:L3', expected: 830_000, actual: 829_999.99, detail: { municipality: 'Älvdalen' } },
    ]);
  });

  it('skips a municipality without a column (S005) or with an unreadable cell', () => {
    const plan = makePlan({ municipalityColumns: ['Mora', 'Orsa'], actions: [makeAction({ budget: 10, shares: { Mora: 5, Orsa: 5 } })] });
    const found = checkColumnSums(makeContext(plan));
    expect(found.map((f) => f.detail?.municipality)).toEqual(['Mora', 'Orsa']);
    const blank = makePlan({ actions: [makeAction({ budget: 10, shares: { Mora: null, Orsa: 5, Älvdalen: 5 } })] });
    expect(checkColumnSums(makeContext(blank)).map((f) => f.detail?.municipality)).toEqual(['Orsa', 'Älvdalen']);
  });
});
