/** R001 / R003 — Ansvarig / Beslutsfattare is empty (an Excel error there is S007 instead). */
import type { RawFinding, RuleCode } from '../../finding';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import type { ResponsibilityColumn } from './responsibility-cells';
import { cellOf } from './responsibility-cells';

export function emptyRoleRule(code: RuleCode, column: ResponsibilityColumn) {
  return ({ model }: RuleContext): RawFinding[] => {
    const out: RawFinding[] = [];
    for (const a of model.actions ?? []) {
      const cell = cellOf(a, column);
      if (cell.issue === 'blank') {
        out.push({ code, sheet: cell.ref.sheet, cell: cell.ref.cell, ...actionIdOf(a) });
      }
    }
    return out;
  };
}
