import { makeAction, makeContext, makePlan, makeRole } from '../../../../tests/builders/model';
import { checkNegativeAmounts } from './b002-negative-amount';

describe('B002 negative amount', () => {
  it('reports negative budget, share and spent; zero is fine', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', budget: 0, shares: { Mora: -0.01, Orsa: 0, Älvdalen: 0.01 }, spent: -5 })] });
    expect(checkNegativeAmounts(makeContext(plan))).toEqual([
      { code: 'B002', sheet: 'Åtgärder', cell: 'J2', actionId: 'A1', actual: -0.01, detail: { field: 'Mora' } },
      { code: 'B002', sheet: 'Åtgärder', cell: 'M2', actionId: 'A1', actual: -5, detail: { field: 'Utfall' } },
    ]);
  });

  it('reports a negative Beslutsrätt', () => {
    const plan = makePlan({ roles: [makeRole({ role: 'IT-chef', limit: -1 })], actions: [] });
    expect(checkNegativeAmounts(makeContext(plan))).toEqual([{ code: 'B002', sheet: 'Roller', cell: 'D2', actual: -1, detail: { field: 'Beslutsrätt' } }]);
  });

  it('finds nothing in the default plan', () => {
    expect(checkNegativeAmounts(makeContext(makePlan()))).toEqual([]);
  });
});
