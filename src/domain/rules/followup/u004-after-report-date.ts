/**
 * U004 — a follow-up is dated after the report date. One finding per follow-up, at the Datum cell of its
 * first row dated after it (`detail.rows` says how many of its rows are); expected = the report date,
 * actual = the follow-up's date. Usually the report date is the one to correct (Rapportdatum on Plan, or
 * `--report-date`); the message says both.
 */
import type { RawFinding } from '../../finding';
import { followUpsOf } from '../../followup/periods';
import { q } from '../../messages';
import { defineRule } from '../define';
import type { RuleContext } from '../types';

export function checkAfterReportDate({ model, reportDate }: RuleContext): RawFinding[] {
  if (model.followUps === null) return [];
  const out: RawFinding[] = [];
  for (const f of followUpsOf(model)) {
    const late = f.rows.filter((r) => r.date.value !== null && r.date.value > reportDate);
    if (late.length === 0) continue;
    const first = late[0];
    out.push({
      code: 'U004',
      sheet: first.date.ref.sheet,
      cell: first.date.ref.cell,
      expected: reportDate,
      actual: first.date.value ?? '',
      detail: { period: f.period, rows: late.length },
    });
  }
  return out;
}

export const u004 = defineRule({
  code: 'U004',
  severity: 'error',
  family: 'followup',
  values: { kind: 'text', names: { sv: ['Rapportdatum', 'Uppföljningsdatum'], en: ['Report date', 'Follow-up date'] } },
  message: {
    sv: (v) =>
      `Uppföljningen ${q(v.d('period'), 'sv')} är daterad ${v.text(v.f.actual)}, efter rapportdatum ${v.text(v.f.expected)}. Rätta datumet, eller rapportdatum på bladet Plan.`,
    en: (v) =>
      `The follow-up ${q(v.d('period'), 'en')} is dated ${v.text(v.f.actual)}, after the report date ${v.text(v.f.expected)}. Correct the date, or the report date on the Plan sheet.`,
  },
  check: checkAfterReportDate,
});
