/**
 * P007 — overdue: Slut is before the report date and the status is neither Klar nor Avbruten.
 * Skipped when the status is unreadable (P006 points there). Cell: Slut; expected = Slut,
 * actual = the report date, `detail.daysLate`.
 */
import { daysBetween, parseIsoDate } from '../../dates';
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import { defineRule } from '../define';

export function checkOverdue({ model, reportDate }: RuleContext): RawFinding[] {
  if (parseIsoDate(reportDate) === null) return [];
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    const end = a.end.value;
    const status = a.status.value;
    if (end === null || status === null || status === 'done' || status === 'cancelled') continue;
    if (parseIsoDate(end) === null || !(end < reportDate)) continue;
    out.push({
      code: 'P007',
      sheet: a.end.ref.sheet,
      cell: a.end.ref.cell,
      ...actionIdOf(a),
      expected: end,
      actual: reportDate,
      detail: { daysLate: daysBetween(end, reportDate) },
    });
  }
  return out;
}

export const p007 = defineRule({
  code: 'P007',
  severity: 'warning',
  family: 'plan',
  values: { kind: 'text', names: { sv: ['Slutdatum', 'Rapportdatum'], en: ['End date', 'Report date'] } },
  message: {
    sv: (v) =>
      `Försenad: Slut var ${v.text(v.f.expected)}${v.n('daysLate') !== null ? `, ${v.n('daysLate')} ${v.n('daysLate') === 1 ? 'dag' : 'dagar'} före rapportdatum ${v.text(v.f.actual)}` : ''}, och åtgärden är varken Klar eller Avbruten.`,
    en: (v) =>
      `Overdue: the end date was ${v.text(v.f.expected)}${v.n('daysLate') !== null ? `, ${v.n('daysLate')} ${v.n('daysLate') === 1 ? 'day' : 'days'} before the report date ${v.text(v.f.actual)}` : ''}, and the action is neither Done nor Cancelled.`,
  },
  check: checkOverdue,
});
