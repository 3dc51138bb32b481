/**
 * R005 — the action's budget exceeds the decision maker's Beslutsrätt (delegation exceeded).
 * Cell: the Beslutsfattare cell (the decision to escalate); expected = the limit, actual = the budget.
 */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import { toOre } from '../../money';
import type { RuleContext } from '../types';
import { decisionMakerRole } from './decision-maker';
import { roleIndexOf } from './role-names';
import { defineRule } from '../define';

export function checkLimitExceeded({ model }: RuleContext): RawFinding[] {
  if (model.roles === null) return [];
  const index = roleIndexOf(model.roles);
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    const role = decisionMakerRole(a, index);
    const limit = role?.limit.value;
    if (role === undefined || limit === null || limit === undefined || limit.kind !== 'amount' || a.budget.value === null) continue;
    if (toOre(a.budget.value) <= toOre(limit.amount)) continue;
    out.push({
      code: 'R005',
      sheet: a.decisionMaker.ref.sheet,
      cell: a.decisionMaker.ref.cell,
      ...actionIdOf(a),
      expected: limit.amount,
      actual: a.budget.value,
      detail: { role: role.role.value ?? '' },
    });
  }
  return out;
}

export const r005 = defineRule({
  code: 'R005',
  severity: 'error',
  family: 'responsibility',
  values: { kind: 'amount' },
  message: {
    sv: (v) =>
      `Budgeten ${v.amount(v.f.actual)} överstiger beslutsrätten för ${v.d('role') || 'beslutsfattaren'} (${v.amount(v.f.expected)}): delegationen överskrids.`,
    en: (v) =>
      `The budget of ${v.amount(v.f.actual)} exceeds the decision limit of ${v.d('role') || 'the decision maker'} (${v.amount(v.f.expected)}): delegation exceeded.`,
  },
  check: checkLimitExceeded,
});
