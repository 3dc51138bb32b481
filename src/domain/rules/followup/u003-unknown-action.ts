/**
 * U003 — a follow-up row names an action that is no longer in Åtgärder. Cell: the row's ID cell, one per
 * row. Skipped when Åtgärder could not be read. An action removed on purpose keeps its history: the
 * warning says so, and nothing is wrong with leaving it.
 */
import type { RawFinding } from '../../finding';
import { actionIndex, matchFollowUp } from '../../followup/matching';
import { followUpsOf, idKey } from '../../followup/periods';
import type { FollowUpRow } from '../../model';
import { q } from '../../messages';
import { defineRule } from '../define';
import type { RuleContext } from '../types';

export function checkUnknownActions({ model }: RuleContext): RawFinding[] {
  const rows = model.followUps;
  if (rows === null || model.actions === null) return [];
  const actions = model.actions;
  const { byKey } = actionIndex(actions);
  const unknown = (r: FollowUpRow): boolean => r.id.value !== null && !byKey.has(idKey(r.id.value));
  const out: RawFinding[] = [];
  const add = (r: FollowUpRow): void => {
    out.push({ code: 'U003', sheet: r.id.ref.sheet, cell: r.id.ref.cell, actionId: r.id.value ?? '', actual: r.id.value ?? '', detail: { period: r.period.value ?? '' } });
  };
  // A follow-up whose rows all matched an action (followup/matching.ts: its kept rows, one per ID key, all
  // have one) names no unknown action, and its rows need no key each; the others are checked row by row.
  for (const f of followUpsOf(model)) {
    const match = matchFollowUp(f, actions);
    if (match.actionOf.every((at) => at >= 0)) continue;
    for (const r of f.rows) if (unknown(r)) add(r);
  }
  // Rows without a period belong to no follow-up.
  for (const r of rows) if ((r.period.value === null || r.period.value === '') && unknown(r)) add(r);
  return out;
}

export const u003 = defineRule({
  code: 'U003',
  severity: 'warning',
  family: 'followup',
  message: {
    sv: (v) =>
      `Åtgärden ${q(v.text(v.f.actual), 'sv')}${v.d('period') ? ` (uppföljningen ${q(v.d('period'), 'sv')})` : ''} finns inte längre i Åtgärder. Kontrollera ID:t; har åtgärden tagits bort genom beslut kan historiken stå kvar.`,
    en: (v) =>
      `The action ${q(v.text(v.f.actual), 'en')}${v.d('period') ? ` (follow-up ${q(v.d('period'), 'en')})` : ''} is no longer in Åtgärder (Actions). Check the ID; if the action was removed by decision, its history may stay.`,
  },
  check: checkUnknownActions,
});
