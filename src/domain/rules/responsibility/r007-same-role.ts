/** R007 — the same role is both Ansvarig and Beslutsfattare (no independent approval). Cell: Beslutsfattare. */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import { normalizeRole } from './role-names';

export function checkSameRole({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    const r = a.responsible.value;
    const d = a.decisionMaker.value;
    if (r === null || d === null) continue;
    const key = normalizeRole(r);
    if (key === '' || key !== normalizeRole(d)) continue;
    out.push({ code: 'R007', sheet: a.decisionMaker.ref.sheet, cell: a.decisionMaker.ref.cell, ...actionIdOf(a), actual: d, detail: { role: d } });
  }
  return out;
}
