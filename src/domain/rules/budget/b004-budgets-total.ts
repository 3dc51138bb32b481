/**
 * B004 — the actions' budgets do not sum to the plan's total budget.
 * Cell: the Plan's Total budget cell. When the Plan has no readable total, the budgets are compared with
 * the sum of the Finansiering shares instead, and the finding points at the Budget column of Åtgärder
 * (its data range), with `detail.basis = 'financing'`. Skipped when a budget (or, in that case, a share)
 * is unreadable.
 */
import type { RawFinding } from '../../finding';
import { fromOre, sumOre, toOre } from '../../money';
import type { RuleContext } from '../types';
import { financingSumOre } from './plan-total';
import { defineRule } from '../define';

export function checkBudgetsTotal({ model }: RuleContext): RawFinding[] {
  const actions = model.actions;
  if (actions === null) return [];
  const budgets = sumOre(actions.map((a) => a.budget.value));
  if (budgets === null) return [];
  const total = model.info.totalBudget;
  if (total !== null && total.value !== null) {
    if (budgets === toOre(total.value)) return [];
    return [{ code: 'B004', sheet: total.ref.sheet, cell: total.ref.cell, expected: total.value, actual: fromOre(budgets), detail: { basis: 'plan' } }];
  }
  const financing = financingSumOre(model);
  const location = model.locations.actions;
  if (financing === null || location === null || budgets === financing) return [];
  return [
    {
      code: 'B004',
      sheet: location.sheet,
      cell: location.columnRange('budget'),
      expected: fromOre(financing),
      actual: fromOre(budgets),
      detail: { basis: 'financing' },
    },
  ];
}

export const b004 = defineRule({
  code: 'B004',
  severity: 'error',
  family: 'budget',
  values: { kind: 'amount' },
  message: {
    sv: (v) =>
      v.d('basis') === 'financing'
        ? `Åtgärdernas budgetar summerar till ${v.amount(v.f.actual)} men andelarna i Finansiering summerar till ${v.amount(v.f.expected)} (planen anger ingen total budget).`
        : `Åtgärdernas budgetar summerar till ${v.amount(v.f.actual)} men planens totala budget är ${v.amount(v.f.expected)}${v.diff() ? ` (skillnad ${v.diff()})` : ''}.`,
    en: (v) =>
      v.d('basis') === 'financing'
        ? `The actions' budgets sum to ${v.amount(v.f.actual)} but the shares in Finansiering sum to ${v.amount(v.f.expected)} (the plan states no total budget).`
        : `The actions' budgets sum to ${v.amount(v.f.actual)} but the plan's total budget is ${v.amount(v.f.expected)}${v.diff() ? ` (difference ${v.diff()})` : ''}.`,
  },
  check: checkBudgetsTotal,
});
