/**
 * R002 / R004 — Ansvarig / Beslutsfattare is not a role in Roller (names compared ignoring case, spacing
 * and diacritics). A cell naming several roles is R008 instead. Skipped when Roller is missing (S001).
 */
import type { RawFinding, RuleCode } from '../../finding';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import type { ResponsibilityColumn } from './responsibility-cells';
import { cellOf } from './responsibility-cells';
import { roleIndexOf } from './role-names';

export function unknownRoleRule(code: RuleCode, column: ResponsibilityColumn) {
  return ({ model }: RuleContext): RawFinding[] => {
    if (model.roles === null) return [];
    const index = roleIndexOf(model.roles);
    const out: RawFinding[] = [];
    for (const a of model.actions ?? []) {
      const cell = cellOf(a, column);
      if (cell.value === null && cell.issue === 'invalid') {
        // Not text at all (TRUE, say): certainly not a role.
        out.push({ code, sheet: cell.ref.sheet, cell: cell.ref.cell, ...actionIdOf(a), actual: String(cell.raw) });
        continue;
      }
      if (cell.value === null || cell.value.trim() === '') continue;
      const read = index.read(cell.value);
      if (read.kind === 'single' && read.role === undefined) {
        out.push({ code, sheet: cell.ref.sheet, cell: cell.ref.cell, ...actionIdOf(a), actual: cell.value });
      }
    }
    return out;
  };
}
