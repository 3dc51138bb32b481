/**
 * R009 — a role used by an action (as Ansvarig or Beslutsfattare) has no named person (vacant).
 * One finding per role, cell = the role's Namn cell in Roller; `detail.actions` lists the actions.
 */
import type { RawFinding } from '../../finding';
import type { Role } from '../../model';
import type { RuleContext } from '../types';
import { roleIndexOf } from './role-names';
import { defineRule } from '../define';

export function checkVacantRoles({ model }: RuleContext): RawFinding[] {
  if (model.roles === null) return [];
  const index = roleIndexOf(model.roles);
  const users = new Map<Role, string[]>();
  for (const a of model.actions ?? []) {
    for (const text of [a.responsible.value, a.decisionMaker.value]) {
      if (text === null) continue;
      const read = index.read(text);
      if (read.kind !== 'single' || read.role === undefined || read.role.name.issue !== 'blank') continue;
      const ids = users.get(read.role) ?? [];
      const id = a.id.value;
      if (id !== null && !ids.includes(id)) ids.push(id);
      users.set(read.role, ids);
    }
  }
  const out: RawFinding[] = [];
  for (const [role, ids] of users) {
    out.push({
      code: 'R009',
      sheet: role.name.ref.sheet,
      cell: role.name.ref.cell,
      detail: { role: role.role.value ?? '', actions: ids.join(', ') },
    });
  }
  return out;
}

export const r009 = defineRule({
  code: 'R009',
  severity: 'warning',
  family: 'responsibility',
  message: {
    sv: (v) =>
      `Rollen ${v.d('role') || '?'} saknar namngiven person (vakant)${v.d('actions') ? ` men används av ${v.d('actions')}` : ''}.`,
    en: (v) => `Role ${v.d('role') || '?'} has no named person (vacant)${v.d('actions') ? ` but is used by ${v.d('actions')}` : ''}.`,
  },
  check: checkVacantRoles,
});
