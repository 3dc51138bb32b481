/**
 * U002 — a follow-up row has no ID, or the same (Period, ID) appears twice. Cell: the row's ID cell (for a
 * duplicate, each after the first; `detail.first` is the first one's cell). IDs compare as P002's do,
 * periods ignoring case and spacing. An Excel error is S007's.
 */
import type { RawFinding } from '../../finding';
import { matchFollowUp } from '../../followup/matching';
import { followUpsOf, idKey } from '../../followup/periods';
import { defineRule } from '../define';
import type { RuleContext } from '../types';
import { q } from '../../messages';

export function checkFollowUpIds({ model }: RuleContext): RawFinding[] {
  const rows = model.followUps;
  if (rows === null) return [];
  const out: RawFinding[] = [];
  for (const r of rows) {
    if (r.id.value === null && (r.id.issue === 'blank' || r.id.issue === 'invalid')) {
      out.push({ code: 'U002', sheet: r.id.ref.sheet, cell: r.id.ref.cell, detail: { problem: 'blank', period: r.period.value ?? '' } });
    }
  }
  // Duplicates within a follow-up: the matching (followup/matching.ts) keeps one row per ID key, so a
  // follow-up whose rows with an ID are all kept has none, and its rows need no key each.
  const actions = model.actions ?? [];
  for (const f of followUpsOf(model)) {
    const match = matchFollowUp(f, actions);
    if (match.rows.length === match.withId) continue;
    const first = new Map<string, string>();
    for (const r of f.rows) {
      const id = r.id.value;
      if (id === null) continue;
      const key = idKey(id);
      const at = first.get(key);
      if (at === undefined) first.set(key, r.id.ref.cell);
      else out.push({ code: 'U002', sheet: r.id.ref.sheet, cell: r.id.ref.cell, actionId: id, actual: id, detail: { problem: 'duplicate', period: r.period.value ?? '', first: at } });
    }
  }
  return out;
}

export const u002 = defineRule({
  code: 'U002',
  severity: 'error',
  family: 'followup',
  message: {
    sv: (v) =>
      v.d('problem') === 'duplicate'
        ? `Åtgärden ${q(v.text(v.f.actual), 'sv')} finns redan i uppföljningen ${q(v.d('period'), 'sv')}${v.d('first') ? ` (${v.d('first')})` : ''}. En uppföljning har en rad per åtgärd.`
        : `Raden i Uppföljning saknar ID. Ange vilken åtgärd i Åtgärder raden gäller.`,
    en: (v) =>
      v.d('problem') === 'duplicate'
        ? `The action ${q(v.text(v.f.actual), 'en')} is already in the follow-up ${q(v.d('period'), 'en')}${v.d('first') ? ` (${v.d('first')})` : ''}. A follow-up has one row per action.`
        : `The row in Uppföljning (Follow-up) has no ID. Give the action in Åtgärder (Actions) it is about.`,
  },
  check: checkFollowUpIds,
});
