import { makeAction, makeContext, makeMunicipality, makePlan } from '../../../../tests/builders/model';
import { checkAllocationKey } from './b008-allocation-key';

/** A 50/50 key keeps the percentages readable. */
const halves = [makeMunicipality({ name: 'Mora', share: 500_000 }), makeMunicipality({ name: 'Orsa', share: 500_000 })];
const run = (shares: Record<string, number>, budget = 100_000, tolerancePp = 0.5) =>
  checkAllocationKey(makeContext(makePlan({ financing: halves, actions: [makeAction({ id: 'A7', budget, shares })] }), { tolerancePp }));

describe('B008 split follows the allocation key', () => {
  it('accepts the default plan, whose actions follow 58.57/20.20/21.23', () => {
    expect(checkAllocationKey(makeContext(makePlan()))).toEqual([]);
  });

  it('reports one finding per action over the share cells, naming the municipalities', () => {
    expect(run({ Mora: 60_000, Orsa: 40_000 })).toEqual([
      {
        code: 'B008',
        sheet: 'Åtgärder',
        cell: 'J2:K2',
        actionId: 'A7',
        expected: 50,
        actual: 60,
        detail: { municipalities: 'Mora, Orsa', municipality: 'Mora', tolerance: 0.5 },
      },
    ]);
  });

  it('exactly on the tolerance passes; one öre beyond it fails', () => {
    expect(run({ Mora: 50_500, Orsa: 49_500 })).toEqual([]);
    expect(run({ Mora: 50_500.01, Orsa: 49_499.99 })).toHaveLength(1);
  });

  it('uses the given tolerance', () => {
    expect(run({ Mora: 52_000, Orsa: 48_000 }, 100_000, 2)).toEqual([]);
    expect(run({ Mora: 52_000, Orsa: 48_000 }, 100_000, 1.99)).toHaveLength(1);
  });

  it('skips a zero budget', () => {
    expect(run({ Mora: 0, Orsa: 0 }, 0)).toEqual([]);
  });
});
