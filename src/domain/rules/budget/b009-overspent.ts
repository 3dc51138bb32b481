/** B009 — an action's spent amount (Utfall) exceeds its budget. Cell: Utfall; expected = budget, actual = spent. */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import { toOre } from '../../money';
import type { RuleContext } from '../types';
import { defineRule } from '../define';

export function checkOverspent({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    if (a.budget.value === null || a.spent.value === null) continue;
    if (toOre(a.spent.value) <= toOre(a.budget.value)) continue;
    out.push({ code: 'B009', sheet: a.spent.ref.sheet, cell: a.spent.ref.cell, ...actionIdOf(a), expected: a.budget.value, actual: a.spent.value });
  }
  return out;
}

export const b009 = defineRule({
  code: 'B009',
  severity: 'warning',
  family: 'budget',
  values: { kind: 'amount' },
  message: {
    sv: (v) => `Utfallet ${v.amount(v.f.actual)} överstiger budgeten ${v.amount(v.f.expected)}.`,
    en: (v) => `Spent ${v.amount(v.f.actual)} exceeds the budget of ${v.amount(v.f.expected)}.`,
  },
  check: checkOverspent,
});
