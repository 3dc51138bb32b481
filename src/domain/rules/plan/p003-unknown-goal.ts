/**
 * P003 — MålID is not in Mål (a blank MålID is not in Mål either: `actual` is then absent; a non-text
 * cell such as TRUE gives its text).
 * Skipped when Mål is missing (S002). Cell: the MålID cell.
 */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import { normalizeId } from './action-ids';
import { defineRule } from '../define';
import { q } from '../../messages';

export function checkUnknownGoals({ model }: RuleContext): RawFinding[] {
  if (model.goals === null) return [];
  const known = new Set<string>();
  for (const g of model.goals) if (g.id.value !== null) known.add(normalizeId(g.id.value));
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    const goal = a.goalId;
    if (goal.issue === 'excelError' || goal.issue === 'noResult') continue;
    if (goal.value !== null && known.has(normalizeId(goal.value))) continue;
    out.push({
      code: 'P003',
      sheet: goal.ref.sheet,
      cell: goal.ref.cell,
      ...actionIdOf(a),
      ...(goal.value !== null ? { actual: goal.value } : goal.issue === 'invalid' ? { actual: String(goal.raw) } : {}),
    });
  }
  return out;
}

export const p003 = defineRule({
  code: 'P003',
  severity: 'error',
  family: 'plan',
  message: {
    sv: (v) => (v.f.actual === undefined ? `MålID saknas.` : `MålID ${q(v.text(v.f.actual), 'sv')} finns inte i Mål.`),
    en: (v) => (v.f.actual === undefined ? `GoalID is empty.` : `GoalID ${q(v.text(v.f.actual), 'en')} is not in Mål.`),
  },
  check: checkUnknownGoals,
});
