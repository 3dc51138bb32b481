import { field, makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkSharesSum } from './b003-shares-sum';

const run = (...actions: Parameters<typeof makeAction>[0][]) =>
  checkSharesSum(makeContext(makePlan({ actions: actions.map((a) => makeAction(a)) })));

describe('B003 shares sum to the budget', () => {
  it('reports an action whose shares do not sum to its budget, at the budget cell', () => {
    const found = run({ id: 'A1' }, { id: 'A2', budget: 100_000, shares: { Mora: 58_000, Orsa: 20_000, Älvdalen: 21_000 } });
    expect(found).toEqual([{ code: 'B003', sheet: 'Åtgärder', cell: 'I3', actionId: 'A2', expected: 100_000, actual: 99_000 }]);
  });

  it('is exact to the öre: one öre off is a finding, öre that sum exactly are not', () => {
    expect(run({ budget: 100.01, shares: { Mora: 50, Orsa: 25, Älvdalen: 25 } })).toHaveLength(1);
    expect(run({ budget: 0.3, shares: { Mora: 0.1, Orsa: 0.1, Älvdalen: 0.1 } })).toEqual([]);
    expect(run({ budget: 100_000.5, shares: { Mora: 58_567.25, Orsa: 20_205.25, Älvdalen: 21_228 } })).toEqual([]);
  });

  it('skips an action with an unreadable budget or share (B001 points there)', () => {
    expect(run({ budget: null, shares: { Mora: 1, Orsa: 1, Älvdalen: 1 } })).toEqual([]);
    expect(run({ budget: 100, shares: { Mora: field<number>(null), Orsa: 1, Älvdalen: 1 } })).toEqual([]);
  });

  it('skips actions when Åtgärder has no municipality column', () => {
    expect(run({ budget: 100, shares: {} })).toEqual([]);
  });
});
