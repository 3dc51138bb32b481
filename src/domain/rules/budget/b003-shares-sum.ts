/**
 * B003 — an action's municipality shares do not sum to its budget (to the öre).
 * Cell: the budget cell; expected = budget, actual = Σ shares. Skipped for an action whose budget or a
 * share is unreadable (B001/S007 point there) and when Åtgärder has no municipality column (S005).
 */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import { fromOre, sumOre, toOre } from '../../money';
import type { RuleContext } from '../types';
import { defineRule } from '../define';

export function checkSharesSum({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    if (a.budget.value === null || a.shares.length === 0) continue;
    const sum = sumOre(a.shares.map((s) => s.amount.value));
    if (sum === null || sum === toOre(a.budget.value)) continue;
    out.push({
      code: 'B003',
      sheet: a.budget.ref.sheet,
      cell: a.budget.ref.cell,
      ...actionIdOf(a),
      expected: a.budget.value,
      actual: fromOre(sum),
    });
  }
  return out;
}

export const b003 = defineRule({
  code: 'B003',
  severity: 'error',
  family: 'budget',
  values: { kind: 'amount' },
  message: {
    sv: (v) =>
      `Kommunernas andelar summerar till ${v.amount(v.f.actual)} men budgeten är ${v.amount(v.f.expected)}${v.diff() ? ` (skillnad ${v.diff()})` : ''}.`,
    en: (v) =>
      `The municipalities' shares sum to ${v.amount(v.f.actual)} but the budget is ${v.amount(v.f.expected)}${v.diff() ? ` (difference ${v.diff()})` : ''}.`,
  },
  check: checkSharesSum,
});
