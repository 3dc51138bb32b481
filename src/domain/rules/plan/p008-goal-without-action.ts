/** P008 — a goal in Mål has no action. Cell: the goal's MålID cell. Skipped without Mål or Åtgärder. */
import type { RawFinding } from '../../finding';
import type { RuleContext } from '../types';
import { normalizeId } from './action-ids';
import { defineRule } from '../define';

export function checkGoalsWithoutAction({ model }: RuleContext): RawFinding[] {
  if (model.goals === null || model.actions === null) return [];
  const used = new Set<string>();
  for (const a of model.actions) if (a.goalId.value !== null) used.add(normalizeId(a.goalId.value));
  const out: RawFinding[] = [];
  for (const g of model.goals) {
    if (g.id.value === null || used.has(normalizeId(g.id.value))) continue;
    out.push({ code: 'P008', sheet: g.id.ref.sheet, cell: g.id.ref.cell, actual: g.id.value, detail: { goal: g.name.value ?? '' } });
  }
  return out;
}

export const p008 = defineRule({
  code: 'P008',
  severity: 'warning',
  family: 'plan',
  message: {
    sv: (v) => `Målet ${v.text(v.f.actual)}${v.d('goal') ? ` (${v.d('goal')})` : ''} har ingen åtgärd.`,
    en: (v) => `Goal ${v.text(v.f.actual)}${v.d('goal') ? ` (${v.d('goal')})` : ''} has no action.`,
  },
  check: checkGoalsWithoutAction,
});
