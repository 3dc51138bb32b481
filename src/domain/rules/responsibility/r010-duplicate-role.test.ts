import { makeContext, makePlan, makeRole } from '../../../../tests/builders/model';
import { checkDuplicateRoles } from './r010-duplicate-role';

describe('R010 a role twice in Roller', () => {
  it('reports each duplicate after the first, normalized', () => {
    const plan = makePlan({
      roles: [makeRole({ role: 'IT-chef' }), makeRole({ role: 'Kommundirektör' }), makeRole({ role: 'it-chef ' }), makeRole({ role: 'IT-CHEF' })],
    });
    expect(checkDuplicateRoles(makeContext(plan))).toEqual([
      { code: 'R010', sheet: 'Roller', cell: 'A4', actual: 'it-chef ', detail: { role: 'it-chef ', first: 'A2' } },
      { code: 'R010', sheet: 'Roller', cell: 'A5', actual: 'IT-CHEF', detail: { role: 'IT-CHEF', first: 'A2' } },
    ]);
  });

  it('finds nothing in the default plan', () => {
    expect(checkDuplicateRoles(makeContext(makePlan()))).toEqual([]);
  });
});
