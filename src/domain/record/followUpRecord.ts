/**
 * Recording a follow-up (SPEC §7): the rows to write (followup/record.ts: one per action, with the period
 * label, Datum = the report date, Utfall, the effective forecast, Status and Kommentar) — or why nothing is
 * recorded: the plan has errors, the period label is empty, the plan has no actions. Also says whether the
 * period is already recorded (periods compare as followup/periods.ts says: ignoring case, spacing and
 * diacritics), so the caller asks before those rows are replaced — and only those.
 */
import { followUpsOf, samePeriod } from '../followup/periods';
import { followUpRecord } from '../followup/record';
import type { PlanModel } from '../model';
import type { ValidationResult } from '../validation';
import type { FollowUpRecord } from './types';

/** The label as written: trimmed, inner runs of spaces made one. */
export function cleanPeriod(label: string): string {
  return label.trim().replace(/\s+/g, ' ');
}

/** The Plan's Uppföljningsperiod when it is given, else null (the pane then asks; the CLI takes --period). */
export function planPeriod(model: PlanModel): string | null {
  const v = model.info.followUpPeriod?.value ?? null;
  return v === null || cleanPeriod(v) === '' ? null : cleanPeriod(v);
}

/**
 * The follow-up of `result` (a validation of the workbook as it is now) under `period`. Refused when the
 * plan has errors: a workbook with errors is not recorded, as it is not sealed.
 */
export function recordFollowUp(result: ValidationResult, period: string): FollowUpRecord {
  if (result.counts.error > 0) return { kind: 'refused', reason: 'errors', errors: result.counts.error };
  const label = cleanPeriod(period);
  if (label === '') return { kind: 'refused', reason: 'noPeriod' };
  const rows = followUpRecord(result.model, { period: label, reportDate: result.reportDate });
  if (rows.length === 0) return { kind: 'refused', reason: 'noActions' };
  const earlier = followUpsOf(result.model).find((f) => samePeriod(f.period, label)) ?? null;
  return {
    kind: 'ready',
    period: label,
    date: result.reportDate,
    rows,
    alreadyRecorded: earlier?.rows.length ?? 0,
    recordedAs: earlier?.period ?? null,
    recordedDate: earlier?.date ?? null,
  };
}
