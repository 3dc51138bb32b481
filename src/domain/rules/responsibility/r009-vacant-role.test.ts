import { makeAction, makeContext, makePlan, makeRole } from '../../../../tests/builders/model';
import { checkVacantRoles } from './r009-vacant-role';

describe('R009 a used role has no named person', () => {
  it('reports once per role, at its Namn cell, listing the actions', () => {
    const plan = makePlan({
      roles: [makeRole({ role: 'Kommundirektör', limit: 'unlimited' }), makeRole({ role: 'IT-chef', name: null }), makeRole({ role: 'Vakant ej använd', name: null })],
      actions: [makeAction({ id: 'A1', responsible: 'IT-chef' }), makeAction({ id: 'A2', responsible: 'it-chef' })],
    });
    expect(checkVacantRoles(makeContext(plan))).toEqual([
      { code: 'R009', sheet: 'Roller', cell: 'B3', detail: { role: 'IT-chef', actions: 'A1, A2' } },
    ]);
  });

  it('finds nothing in the default plan', () => {
    expect(checkVacantRoles(makeContext(makePlan()))).toEqual([]);
  });
});
