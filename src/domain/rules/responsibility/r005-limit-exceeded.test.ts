import { makeAction, makeContext, makePlan, makeRole } from '../../../../tests/builders/model';
import { checkLimitExceeded } from './r005-limit-exceeded';

const roles = [makeRole({ role: 'IT-chef', limit: 500_000 }), makeRole({ role: 'Kommundirektör', limit: 'unlimited' })];
const run = (budget: number, decisionMaker = 'IT-chef') =>
  checkLimitExceeded(makeContext(makePlan({ roles, actions: [makeAction({ id: 'A4', budget, decisionMaker, responsible: 'Kommundirektör' })] })));

describe('R005 budget exceeds the decision maker’s limit', () => {
  it('reports at the Beslutsfattare cell with limit and budget', () => {
    expect(run(500_000.01)).toEqual([
      { code: 'R005', sheet: 'Åtgärder', cell: 'E2', actionId: 'A4', expected: 500_000, actual: 500_000.01, detail: { role: 'IT-chef' } },
    ]);
  });

  it('a budget equal to the limit, or an unlimited decision maker, is fine', () => {
    expect(run(500_000)).toEqual([]);
    expect(run(50_000_000, 'kommundirektör')).toEqual([]);
  });

  it('finds the role case-insensitively', () => {
    expect(run(600_000, 'it-chef')).toHaveLength(1);
  });
});
