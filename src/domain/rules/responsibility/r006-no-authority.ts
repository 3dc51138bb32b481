/** R006 — the decision maker's role has no decision authority at all (blank Beslutsrätt). Cell: Beslutsfattare. */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import { decisionMakerRole } from './decision-maker';
import { roleIndexOf } from './role-names';
import { defineRule } from '../define';

export function checkNoAuthority({ model }: RuleContext): RawFinding[] {
  if (model.roles === null) return [];
  const index = roleIndexOf(model.roles);
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    const role = decisionMakerRole(a, index);
    if (role === undefined || role.limit.value === null || role.limit.value.kind !== 'none') continue;
    out.push({
      code: 'R006',
      sheet: a.decisionMaker.ref.sheet,
      cell: a.decisionMaker.ref.cell,
      ...actionIdOf(a),
      actual: a.decisionMaker.value ?? '',
      detail: { role: role.role.value ?? '', rolesCell: role.limit.ref.cell },
    });
  }
  return out;
}

export const r006 = defineRule({
  code: 'R006',
  severity: 'error',
  family: 'responsibility',
  message: {
    sv: (v) => `Beslutsfattaren ${v.d('role') || v.text(v.f.actual)} har ingen beslutsrätt (Beslutsrätt är tom i Roller).`,
    en: (v) => `Decision maker ${v.d('role') || v.text(v.f.actual)} has no decision authority (Beslutsrätt is blank in Roller).`,
  },
  check: checkNoAuthority,
});
