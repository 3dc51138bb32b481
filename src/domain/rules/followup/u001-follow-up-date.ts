/**
 * U001 — a follow-up row's Datum is blank or not a date, or one Period has two different dates.
 * Also a row with a blank Period: it belongs to no follow-up. Cells: the row's Datum (or Period) cell.
 * `detail.problem`: `blank` | `invalid` | `differs` (expected = the period's date, the first valid
 * Datum among its rows; actual = this row's) | `noPeriod`. An Excel error is S007's.
 */
import type { RawFinding } from '../../finding';
import { followUpsOf } from '../../followup/periods';
import { defineRule } from '../define';
import type { RuleContext } from '../types';
import { followUpIdOf } from './rows';

export function checkFollowUpDates({ model }: RuleContext): RawFinding[] {
  const rows = model.followUps;
  if (rows === null) return [];
  const out: RawFinding[] = [];
  for (const r of rows) {
    if (r.period.value === null && r.period.issue === 'blank') {
      out.push({ code: 'U001', sheet: r.period.ref.sheet, cell: r.period.ref.cell, ...followUpIdOf(r), detail: { problem: 'noPeriod' } });
    }
    if (r.date.value === null && (r.date.issue === 'blank' || r.date.issue === 'invalid')) {
      const actual = r.date.issue === 'invalid' ? { actual: String(r.date.raw) } : {};
      out.push({ code: 'U001', sheet: r.date.ref.sheet, cell: r.date.ref.cell, ...followUpIdOf(r), ...actual, detail: { problem: r.date.issue, period: r.period.value ?? '' } });
    }
  }
  for (const f of followUpsOf(model)) {
    if (f.date === null) continue;
    for (const r of f.rows) {
      const date = r.date.value;
      if (date === null || date === f.date) continue;
      out.push({ code: 'U001', sheet: r.date.ref.sheet, cell: r.date.ref.cell, ...followUpIdOf(r), expected: f.date, actual: date, detail: { problem: 'differs', period: f.period } });
    }
  }
  return out;
}

export const u001 = defineRule({
  code: 'U001',
  severity: 'error',
  family: 'followup',
  values: { kind: 'text', names: { sv: ['Uppföljningens datum', 'Radens datum'], en: ['Follow-up date', 'Date on this row'] } },
  message: {
    sv: (v) => {
      const period = v.d('period') ? ` i uppföljningen ”${v.d('period')}”` : '';
      switch (v.d('problem')) {
        case 'noPeriod':
          return 'Raden i Uppföljning saknar Period och hör därför inte till någon uppföljning. Fyll i periodens namn, t.ex. Tertial 1.';
        case 'differs':
          return `Datum ${v.text(v.f.actual)} skiljer sig från ${v.text(v.f.expected)}, som andra rader${period} har. En uppföljning har ett datum.`;
        case 'invalid':
          return `Datum${period} är inget giltigt datum${v.f.actual !== undefined ? ` (${v.text(v.f.actual)})` : ''}. Skriv datumet som ÅÅÅÅ-MM-DD.`;
        default:
          return `Datum saknas${period}. Varje rad i Uppföljning behöver uppföljningens datum.`;
      }
    },
    en: (v) => {
      const period = v.d('period') ? ` in the follow-up "${v.d('period')}"` : '';
      switch (v.d('problem')) {
        case 'noPeriod':
          return 'The row in Uppföljning (Follow-up) has no Period, so it belongs to no follow-up. Fill in the period, e.g. Tertial 1.';
        case 'differs':
          return `The date ${v.text(v.f.actual)} differs from ${v.text(v.f.expected)}, which other rows${period} have. A follow-up has one date.`;
        case 'invalid':
          return `The date${period} is not a valid date${v.f.actual !== undefined ? ` (${v.text(v.f.actual)})` : ''}. Write it as YYYY-MM-DD.`;
        default:
          return `The date is missing${period}. Every row in Uppföljning (Follow-up) needs the follow-up's date.`;
      }
    },
  },
  check: checkFollowUpDates,
});
