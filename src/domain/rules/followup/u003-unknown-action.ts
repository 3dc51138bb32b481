/**
 * U003 — a follow-up row names an action that is no longer in Åtgärder. Cell: the row's ID cell, one per
 * row. Skipped when Åtgärder could not be read. An action removed on purpose keeps its history: the
 * warning says so, and nothing is wrong with leaving it.
 */
import type { RawFinding } from '../../finding';
import { idKey } from '../../followup/periods';
import { actionsByKey } from '../../followup/planThen';
import { q } from '../../messages';
import { defineRule } from '../define';
import type { RuleContext } from '../types';

export function checkUnknownActions({ model }: RuleContext): RawFinding[] {
  const rows = model.followUps;
  if (rows === null || model.actions === null) return [];
  const known = actionsByKey(model);
  const out: RawFinding[] = [];
  for (const r of rows) {
    const id = r.id.value;
    if (id === null || known.has(idKey(id))) continue;
    out.push({ code: 'U003', sheet: r.id.ref.sheet, cell: r.id.ref.cell, actionId: id, actual: id, detail: { period: r.period.value ?? '' } });
  }
  return out;
}

export const u003 = defineRule({
  code: 'U003',
  severity: 'warning',
  family: 'followup',
  message: {
    sv: (v) =>
      `Åtgärden ${q(v.text(v.f.actual), 'sv')}${v.d('period') ? ` (uppföljningen ${q(v.d('period'), 'sv')})` : ''} finns inte längre i Åtgärder. Kontrollera ID:t; har åtgärden tagits bort med beslut kan historiken stå kvar.`,
    en: (v) =>
      `The action ${q(v.text(v.f.actual), 'en')}${v.d('period') ? ` (follow-up ${q(v.d('period'), 'en')})` : ''} is no longer in Åtgärder (Actions). Check the ID; if the action was removed by decision, its history may stay.`,
  },
  check: checkUnknownActions,
});
