/**
 * U006 — a deviation without an explanation: an action that is overdue (as P007), has status Försenad, or
 * is over budget in spent (as B009) or in forecast (as B011), and has an empty Kommentar. Cell: the
 * action's Kommentar cell; without a Kommentar column, the cell just right of Åtgärder's last column on
 * the action's row, where that column would go (`detail.noColumn`). `detail.reasons` lists the
 * deviations (`overdue,delayed,overspent,forecast`). Only where Uppföljning exists (SPEC §2).
 */
import { columnLetters, parseA1 } from '../../a1';
import type { RawFinding } from '../../finding';
import type { Action, PlanModel } from '../../model';
import { toOre } from '../../money';
import { defineRule } from '../define';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import type { View } from '../../messages';

export type Deviation = 'overdue' | 'delayed' | 'overspent' | 'forecast';

/** The deviations of an action at the report date (empty: none). */
export function deviationsOf(a: Action, reportDate: string): Deviation[] {
  const out: Deviation[] = [];
  const status = a.status.value;
  const end = a.end.value;
  if (end !== null && status !== null && status !== 'done' && status !== 'cancelled' && end < reportDate) out.push('overdue');
  if (status === 'delayed') out.push('delayed');
  const budget = a.budget.value;
  if (budget !== null && a.spent.value !== null && toOre(a.spent.value) > toOre(budget)) out.push('overspent');
  const forecast = a.forecast?.value ?? null;
  if (budget !== null && forecast !== null && toOre(forecast) > toOre(budget)) out.push('forecast');
  return out;
}

function commentCell(model: PlanModel, a: Action): { sheet: string; cell: string; noColumn: boolean } {
  if (a.comment !== null) return { sheet: a.comment.ref.sheet, cell: a.comment.ref.cell, noColumn: false };
  const loc = model.locations.actions;
  const lastHeader = loc?.headerRange.split(':').pop() ?? '';
  const at = parseA1(lastHeader);
  const col = at === null ? 0 : at.col + 1;
  return { sheet: loc?.sheet ?? a.id.ref.sheet, cell: `${columnLetters(col)}${a.row + 1}`, noColumn: true };
}

export function checkUnexplainedDeviations({ model, reportDate }: RuleContext): RawFinding[] {
  if (model.followUps === null) return [];
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    if (a.comment !== null && a.comment.value !== null) continue;
    if (a.comment !== null && a.comment.issue !== 'blank') continue; // an Excel error is S007's
    const reasons = deviationsOf(a, reportDate);
    if (reasons.length === 0) continue;
    const at = commentCell(model, a);
    out.push({ code: 'U006', sheet: at.sheet, cell: at.cell, ...actionIdOf(a), detail: { reasons: reasons.join(','), ...(at.noColumn ? { noColumn: 1 } : {}) } });
  }
  return out;
}

const REASON: Readonly<Record<Deviation, { sv: string; en: string }>> = {
  overdue: { sv: 'har passerat slutdatum', en: 'is past its end date' },
  delayed: { sv: 'har status Försenad', en: 'has the status Försenad (Delayed)' },
  overspent: { sv: 'har ett utfall över budget', en: 'has spent more than its budget' },
  forecast: { sv: 'har en prognos över budget', en: 'has a forecast above its budget' },
};

function reasons(v: View): string {
  const list = v.d('reasons').split(',').filter((r): r is Deviation => Object.hasOwn(REASON, r)).map((r) => REASON[r][v.lang]);
  if (list.length === 0) return v.lang === 'sv' ? 'avviker' : 'deviates';
  if (list.length === 1) return list[0];
  const and = v.lang === 'sv' ? ' och ' : ' and ';
  return `${list.slice(0, -1).join(', ')}${and}${list[list.length - 1]}`;
}

export const u006 = defineRule({
  code: 'U006',
  severity: 'warning',
  family: 'followup',
  message: {
    sv: (v) =>
      `Avvikelse utan förklaring: åtgärden ${reasons(v)}, men Kommentar är tom. Skriv i Kommentar varför, och vad som görs åt det.${v.d('noColumn') ? ' (Lägg till kolumnen Kommentar i Åtgärder.)' : ''}`,
    en: (v) =>
      `Deviation without an explanation: the action ${reasons(v)}, but Kommentar (Comment) is empty. Write in Kommentar why, and what is being done about it.${v.d('noColumn') ? ' (Add a Kommentar column to Åtgärder.)' : ''}`,
  },
  check: checkUnexplainedDeviations,
});
