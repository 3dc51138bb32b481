/** P008 — a goal in Mål has no action. Cell: the goal's MålID cell. Skipped without Mål or Åtgärder. */
import type { RawFinding } from '../../finding';
import type { RuleContext } from '../types';
import { normalizeId } from './action-ids';

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
