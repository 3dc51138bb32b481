import { makeAction, makeContext, makePlan, makeRole } from '../../../../tests/builders/model';
import { checkNoAuthority } from './r006-no-authority';

describe('R006 decision maker without decision authority', () => {
  it('reports a decision maker whose Beslutsrätt is blank', () => {
    const plan = makePlan({
      roles: [makeRole({ role: 'Samordnare', limit: 'none' }), makeRole({ role: 'IT-chef', limit: 0 })],
      actions: [makeAction({ id: 'A1', decisionMaker: 'Samordnare' }), makeAction({ id: 'A2', decisionMaker: 'IT-chef', budget: 0 })],
    });
    expect(checkNoAuthority(makeContext(plan))).toEqual([
      { code: 'R006', sheet: 'Åtgärder', cell: 'E2', actionId: 'A1', actual: 'Samordnare', detail: { role: 'Samordnare', rolesCell: 'D2' } },
    ]);
  });

  it('finds nothing in the default plan (the role without authority is only Ansvarig)', () => {
    expect(checkNoAuthority(makeContext(makePlan()))).toEqual([]);
  });
});
