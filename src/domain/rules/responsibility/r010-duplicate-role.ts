/** R010 — a role appears twice in Roller (each duplicate after the first; names compared normalized). */
import type { RawFinding } from '../../finding';
import type { RuleContext } from '../types';
import { normalizeRole } from './role-names';
import { defineRule } from '../define';

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

export const r010 = defineRule({
  code: 'R010',
  severity: 'error',
  family: 'responsibility',
  message: {
    sv: (v) => `Rollen ${v.d('role') || v.text(v.f.actual)} finns redan i Roller${v.d('first') ? ` (${v.d('first')})` : ''}.`,
    en: (v) => `Role ${v.d('role') || v.text(v.f.actual)} is already listed in Roller${v.d('first') ? ` (${v.d('first')})` : ''}.`,
  },
  check: checkDuplicateRoles,
});
