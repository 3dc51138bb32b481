/**
 * P004 — Start/Slut is not a valid date. A blank Start or Slut is P004 too (a controller expects every
 * action to be scheduled; `detail.problem = 'blank'`). An unreadable Beslutsdatum or Rapportdatum on the
 * Plan sheet is also P004 (a bad report date would silently fall back to today). Excel errors are S007.
 */
import type { RawFinding } from '../../finding';
import type { DateField } from '../../model';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import { defineRule } from '../define';
import { q } from '../../messages';

function dateFinding(f: DateField, label: string, extra: { actionId?: string }): RawFinding | null {
  if (f.issue !== 'blank' && f.issue !== 'invalid') return null;
  return {
    code: 'P004',
    sheet: f.ref.sheet,
    cell: f.ref.cell,
    ...extra,
    ...(f.issue === 'invalid' ? { actual: String(f.raw) } : {}),
    detail: { field: label, problem: f.issue },
  };
}

export function checkInvalidDates({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  const push = (f: RawFinding | null): void => {
    if (f !== null) out.push(f);
  };
  const { decisionDate, reportDate } = model.info;
  if (decisionDate !== null && decisionDate.issue === 'invalid') push(dateFinding(decisionDate, 'Beslutsdatum', {}));
  if (reportDate !== null && reportDate.issue === 'invalid') push(dateFinding(reportDate, 'Rapportdatum', {}));
  for (const a of model.actions ?? []) {
    push(dateFinding(a.start, 'Start', actionIdOf(a)));
    push(dateFinding(a.end, 'Slut', actionIdOf(a)));
  }
  return out;
}

export const p004 = defineRule({
  code: 'P004',
  severity: 'error',
  family: 'plan',
  message: {
    sv: (v) =>
      v.d('problem') === 'invalid' || (v.d('problem') === '' && v.f.actual !== undefined)
        ? `${v.label('field', 'Datumet')} är inget giltigt datum: ${q(v.text(v.f.actual), 'sv')}. Ange ÅÅÅÅ-MM-DD.`
        : `${v.label('field', 'Datumet')} saknas.`,
    en: (v) =>
      v.d('problem') === 'invalid' || (v.d('problem') === '' && v.f.actual !== undefined)
        ? `${v.label('field', 'The date')} is not a valid date: ${q(v.text(v.f.actual), 'en')}. Use YYYY-MM-DD.`
        : `${v.label('field', 'The date')} is missing.`,
  },
  check: checkInvalidDates,
});
