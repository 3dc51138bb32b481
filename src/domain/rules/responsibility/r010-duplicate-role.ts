/** R010 — a role appears twice in Roller (each duplicate after the first; names compared normalized). */
import type { RawFinding } from '../../finding';
import type { RuleContext } from '../types';
import { normalizeRole } from './role-names';

export function checkDuplicateRoles({ model }: RuleContext): RawFinding[] {
  const firstCell = new Map<string, string>();
  const out: RawFinding[] = [];
  for (const r of model.roles ?? []) {
    if (r.role.value === null) continue;
    const key = normalizeRole(r.role.value);
    if (key === '') continue;
    const first = firstCell.get(key);
    if (first === undefined) {
      firstCell.set(key, r.role.ref.cell);
      continue;
    }
    out.push({ code: 'R010', sheet: r.role.ref.sheet, cell: r.role.ref.cell, actual: r.role.value, detail: { role: r.role.value, first } });
  }
  return out;
}
