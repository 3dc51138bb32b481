import { invalid, makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkUnknownGoals } from './p003-unknown-goal';

describe('P003 MålID not in Mål', () => {
  it('reports an unknown and a blank MålID at the MålID cell', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', goalId: 'm1' }), makeAction({ id: 'A2', goalId: 'M9' }), makeAction({ id: 'A3', goalId: null })] });
    expect(checkUnknownGoals(makeContext(plan))).toEqual([
      { code: 'P003', sheet: 'Åtgärder', cell: 'C3', actionId: 'A2', actual: 'M9' },
      { code: 'P003', sheet: 'Åtgärder', cell: 'C4', actionId: 'A3' },
    ]);
  });

  it('gives the text of a cell that is not text', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', goalId: invalid(true) })] });
    expect(checkUnknownGoals(makeContext(plan))).toEqual([{ code: 'P003', sheet: 'Åtgärder', cell: 'C2', actionId: 'A1', actual: 'true' }]);
  });

  it('is skipped when Mål is missing', () => {
    expect(checkUnknownGoals(makeContext(makePlan({ goals: null, actions: [makeAction({ goalId: 'M9' })] })))).toEqual([]);
  });
});
