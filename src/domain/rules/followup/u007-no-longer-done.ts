/**
 * U007 — an action that was Klar at the previous follow-up is no longer Klar. Cell: the action's Status
 * in Åtgärder; expected = `Klar`, actual = the status now as written; `detail.period` = the previous
 * follow-up. Skipped for an unreadable status now (P006 points there).
 */
import type { RawFinding } from '../../finding';
import { actionIndex, matchFollowUp, recordedFor } from '../../followup/matching';
import { previousFollowUp } from '../../followup/periods';
import { STATUS_LABEL } from '../../names';
import { q } from '../../messages';
import { defineRule } from '../define';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';

export function checkNoLongerDone({ model, reportDate }: RuleContext): RawFinding[] {
  if (model.followUps === null) return [];
  const previous = previousFollowUp(model, reportDate);
  if (previous === null) return [];
  const actions = model.actions ?? [];
  const index = actionIndex(actions);
  const then = matchFollowUp(previous, actions);
  const out: RawFinding[] = [];
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i];
    const status = a.status.value;
    if (a.id.value === null || status === null || status === 'done') continue;
    if (recordedFor(then, index, i)?.status.value !== 'done') continue;
    out.push({
      code: 'U007',
      sheet: a.status.ref.sheet,
      cell: a.status.ref.cell,
      ...actionIdOf(a),
      expected: STATUS_LABEL.done.sv,
      actual: typeof a.status.raw === 'string' ? a.status.raw.trim() : STATUS_LABEL[status].sv,
      detail: { period: previous.period, status },
    });
  }
  return out;
}

export const u007 = defineRule({
  code: 'U007',
  severity: 'warning',
  family: 'followup',
  message: {
    sv: (v) =>
      `Åtgärden var Klar vid förra uppföljningen (${q(v.d('period'), 'sv')}) men har nu status ${q(v.text(v.f.actual), 'sv')}. Kontrollera statusen, eller förklara i Kommentar varför arbetet återupptagits.`,
    en: (v) =>
      `The action was Done (Klar) at the previous follow-up (${q(v.d('period'), 'en')}) but now has the status ${q(v.text(v.f.actual), 'en')}. Check the status, or explain in Kommentar (Comment) why the work was resumed.`,
  },
  check: checkNoLongerDone,
});
