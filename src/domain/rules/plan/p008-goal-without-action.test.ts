import { makeAction, makeContext, makeGoal, makePlan } from '../../../../tests/builders/model';
import { checkGoalsWithoutAction } from './p008-goal-without-action';

describe('P008 goal without action', () => {
  it('reports each goal no action refers to, at its MålID cell', () => {
    const plan = makePlan({
      goals: [makeGoal({ id: 'M1', name: 'Tydliga ansvarsroller' }), makeGoal({ id: 'M2', name: 'Befogenhetsfördelningar' }), makeGoal({ id: 'M3', name: 'Drift' })],
      actions: [makeAction({ goalId: 'm1 ' }), makeAction({ id: 'A2', goalId: 'M3' })],
    });
    expect(checkGoalsWithoutAction(makeContext(plan))).toEqual([
      { code: 'P008', sheet: 'Mål', cell: 'A3', actual: 'M2', detail: { goal: 'Befogenhetsfördelningar' } },
    ]);
  });

  it('finds nothing in the default plan, or without Mål', () => {
    expect(checkGoalsWithoutAction(makeContext(makePlan()))).toEqual([]);
    expect(checkGoalsWithoutAction(makeContext(makePlan({ goals: null })))).toEqual([]);
  });
});
