import { field, makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkBudgetsTotal } from './b004-budgets-total';

describe('B004 budgets sum to the plan total', () => {
  it('passes for the default plan (3 910 000)', () => {
    expect(checkBudgetsTotal(makeContext(makePlan()))).toEqual([]);
  });

  it('reports at the Plan total cell when the budgets do not sum to it', () => {
    const plan = makePlan({ info: { totalBudget: 4_000_000 } });
    expect(checkBudgetsTotal(makeContext(plan))).toEqual([
      { code: 'B004', sheet: 'Plan', cell: 'B5', expected: 4_000_000, actual: 3_910_000, detail: { basis: 'plan' } },
    ]);
  });

  it('is exact to the öre', () => {
    expect(checkBudgetsTotal(makeContext(makePlan({ info: { totalBudget: 3_910_000.01 } })))).toHaveLength(1);
  });

  it('without a plan total, compares with the Finansiering sum and points at the Budget column', () => {
    const actions = [makeAction({ id: 'A1', budget: 3_000_000 }), makeAction({ id: 'A2', budget: 900_000 })];
    const found = checkBudgetsTotal(makeContext(makePlan({ info: { totalBudget: null }, actions })));
    expect(found).toEqual([
      { code: 'B004', sheet: 'Åtgärder', cell: 'I2:I3', expected: 3_910_000, actual: 3_900_000, detail: { basis: 'financing' } },
    ]);
    expect(checkBudgetsTotal(makeContext(makePlan({ info: { present: false } })))).toEqual([]);
  });

  it('skips when a budget is unreadable', () => {
    const plan = makePlan({ info: { totalBudget: 1 }, actions: [makeAction({ budget: field<number>(null, { issue: 'invalid', raw: 'x' }) })] });
    expect(checkBudgetsTotal(makeContext(plan))).toEqual([]);
  });
});
