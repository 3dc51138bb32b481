/**
 * B006 — the Finansiering shares do not sum to the plan's total budget.
 * Cell: the Plan's Total budget cell; skipped when the Plan has no readable total or a share is unreadable.
 * An empty Finansiering (header, no rows) sums to 0.
 */
import type { RawFinding } from '../../finding';
import { fromOre, toOre } from '../../money';
import type { RuleContext } from '../types';
import { financingSumOre } from './plan-total';
import { defineRule } from '../define';

export function checkFinancingTotal({ model }: RuleContext): RawFinding[] {
  const total = model.info.totalBudget;
  if (total === null || total.value === null) return [];
  // A Finansiering with a header and no rows finances nothing: its sum is 0, not "unknown".
  const sum = model.financing !== null && model.financing.length === 0 ? 0 : financingSumOre(model);
  if (sum === null || sum === toOre(total.value)) return [];
  return [{ code: 'B006', sheet: total.ref.sheet, cell: total.ref.cell, expected: total.value, actual: fromOre(sum) }];
}

export const b006 = defineRule({
  code: 'B006',
  severity: 'error',
  family: 'budget',
  values: { kind: 'amount' },
  message: {
    sv: (v) =>
      `Andelarna i Finansiering summerar till ${v.amount(v.f.actual)} men planens totala budget är ${v.amount(v.f.expected)}${v.diff() ? ` (skillnad ${v.diff()})` : ''}.`,
    en: (v) =>
      `The shares in Finansiering sum to ${v.amount(v.f.actual)} but the plan's total budget is ${v.amount(v.f.expected)}${v.diff() ? ` (difference ${v.diff()})` : ''}.`,
  },
  check: checkFinancingTotal,
});
