import { makeAction, makeContext, makePlan, makeRole } from '../../../../tests/builders/model';
import { checkSeveralRoles } from './r008-several-roles';

describe('R008 a responsibility cell names more than one role', () => {
  it.each([
    ['IT-chef, Ekonomichef'],
    ['IT-chef; Ekonomichef'],
    ['IT-chef/Ekonomichef'],
    ['IT-chef & Ekonomichef'],
    ['IT-chef och Ekonomichef'],
    ['IT-chef and Ekonomichef'],
  ])('reports %s', (text) => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', responsible: text })] });
    expect(checkSeveralRoles(makeContext(plan))).toEqual([
      { code: 'R008', sheet: 'Åtgärder', cell: 'D2', actionId: 'A1', actual: text, detail: { field: 'Ansvarig', roles: 'IT-chef, Ekonomichef', count: 2 } },
    ]);
  });

  it('checks Beslutsfattare too', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', decisionMaker: 'Kommundirektör / Kommunstyrelsen' })] });
    expect(checkSeveralRoles(makeContext(plan))).toMatchObject([{ code: 'R008', cell: 'E2', detail: { field: 'Beslutsfattare' } }]);
  });

  it('a role whose own name holds a separator is one role', () => {
    const plan = makePlan({
      roles: [makeRole({ role: 'Kvalitets- och miljöchef' }), makeRole({ role: 'Kommundirektör', limit: 'unlimited' })],
      actions: [makeAction({ responsible: 'Kvalitets- och miljöchef' })],
    });
    expect(checkSeveralRoles(makeContext(plan))).toEqual([]);
    expect(checkSeveralRoles(makeContext(makePlan()))).toEqual([]);
  });
});
