/** P001 — an action has no ID (an Excel error there is S007 instead). Cell: the ID cell. */
import type { RawFinding } from '../../finding';
import type { RuleContext } from '../types';

export function checkMissingIds({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    if (a.id.issue === 'blank') out.push({ code: 'P001', sheet: a.id.ref.sheet, cell: a.id.ref.cell, detail: { row: a.row + 1 } });
  }
  return out;
}
