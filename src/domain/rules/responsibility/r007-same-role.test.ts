import { makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkSameRole } from './r007-same-role';

describe('R007 same role responsible and decision maker', () => {
  it('reports a warning at the Beslutsfattare cell, ignoring case and spacing', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', responsible: 'IT-chef', decisionMaker: ' it-chef' })] });
    expect(checkSameRole(makeContext(plan))).toEqual([
      { code: 'R007', sheet: 'Åtgärder', cell: 'E2', actionId: 'A1', actual: ' it-chef', detail: { role: ' it-chef' } },
    ]);
  });

  it('different roles or a blank one are fine', () => {
    expect(checkSameRole(makeContext(makePlan()))).toEqual([]);
    expect(checkSameRole(makeContext(makePlan({ actions: [makeAction({ responsible: null, decisionMaker: null })] })))).toEqual([]);
  });
});
