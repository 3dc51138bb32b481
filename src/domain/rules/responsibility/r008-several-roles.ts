/**
 * R008 — a responsibility cell names more than one role (`,` `;` `/` `&` ` och ` ` and `): one action,
 * one accountable. A cell whose whole text is a role in Roller is that one role.
 */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import type { ResponsibilityColumn } from './responsibility-cells';
import { COLUMN_LABEL, cellOf } from './responsibility-cells';
import { roleIndexOf } from './role-names';
import { defineRule } from '../define';

const COLUMNS: readonly ResponsibilityColumn[] = ['responsible', 'decisionMaker'];

export function checkSeveralRoles({ model }: RuleContext): RawFinding[] {
  const index = roleIndexOf(model.roles);
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    for (const column of COLUMNS) {
      const cell = cellOf(a, column);
      if (cell.value === null) continue;
      const read = index.read(cell.value);
      if (read.kind !== 'several') continue;
      out.push({
        code: 'R008',
        sheet: cell.ref.sheet,
        cell: cell.ref.cell,
        ...actionIdOf(a),
        actual: cell.value,
        detail: { field: COLUMN_LABEL[column], roles: read.parts.join(', '), count: read.parts.length },
      });
    }
  }
  return out;
}

export const r008 = defineRule({
  code: 'R008',
  severity: 'error',
  family: 'responsibility',
  message: {
    sv: (v) =>
      `${v.label('field', 'Cellen')} anger flera roller (${v.d('roles') || v.text(v.f.actual)}). En åtgärd ska ha en enda ansvarig roll.`,
    en: (v) => `${v.label('field', 'The cell')} names several roles (${v.d('roles') || v.text(v.f.actual)}). One action, one accountable role.`,
  },
  check: checkSeveralRoles,
});
