/** P001 — an action has no ID (an Excel error there is S007 instead). Cell: the ID cell. */
import type { RawFinding } from '../../finding';
import type { RuleContext } from '../types';
import { defineRule } from '../define';

export function checkMissingIds({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    if (a.id.issue === 'blank') out.push({ code: 'P001', sheet: a.id.ref.sheet, cell: a.id.ref.cell, detail: { row: a.row + 1 } });
  }
  return out;
}

export const p001 = defineRule({
  code: 'P001',
  severity: 'error',
  family: 'plan',
  message: {
    sv: (v) => `Åtgärden${v.d('row') ? ` på rad ${v.d('row')}` : ''} saknar ID.`,
    en: (v) => `The action${v.d('row') ? ` on row ${v.d('row')}` : ''} has no ID.`,
  },
  check: checkMissingIds,
});
