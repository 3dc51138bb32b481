/**
 * What recording a follow-up writes (SPEC §7): one row per action of Åtgärder, with the period label,
 * Datum = the report date, and the action's current Utfall, effective forecast, Status and Kommentar — or
 * why nothing is recorded (the plan has errors, no period label, no actions). Also says whether the period
 * is already recorded, so the caller asks before those rows are replaced (and only those).
 *
 * Choices where the SPEC is silent:
 * - Utfall, Status and Kommentar are written as Åtgärder has them (a blank Utfall stays blank; the status in
 *   the words the workbook uses), so the history reads like the plan did.
 * - A period is the same period whatever its case and spacing (`tertial  1` is `Tertial 1`): it names a
 *   meeting, and two rows for it would be U002's duplicate.
 */
import type { Action, PlanModel } from '../model';
import type { ValidationResult } from '../validation';
import { effectiveForecast } from './forecast';
import type { FollowUpRecord, FollowUpRecordRow } from './types';

/** A period label as compared: trimmed, inner spaces collapsed, case ignored. */
export function periodKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** The label as written: trimmed, inner spaces collapsed. */
export function cleanPeriod(label: string): string {
  return label.trim().replace(/\s+/g, ' ');
}

/** The Plan's Uppföljningsperiod, when it is given (the pane asks otherwise; the CLI takes --period). */
export function planPeriod(model: PlanModel): string | null {
  const v = model.info.followUpPeriod?.value ?? null;
  return v === null || cleanPeriod(v) === '' ? null : cleanPeriod(v);
}

function statusText(a: Action): string | null {
  const raw = a.status.raw;
  if (typeof raw === 'string') return raw.trim() === '' ? null : raw.trim();
  return raw === null ? null : String(raw);
}

function recordRow(a: Action, period: string, date: string): FollowUpRecordRow {
  return {
    period,
    date,
    id: a.id.value ?? '',
    spent: a.spent.value,
    forecast: effectiveForecast(a),
    status: statusText(a),
    comment: a.comment?.value ?? null,
  };
}

/**
 * The follow-up of `result` (a validation of the workbook as it is now) under `period`. Refused when the
 * plan has errors: a workbook with errors is not recorded, as it is not sealed.
 */
export function recordFollowUp(result: ValidationResult, period: string): FollowUpRecord {
  if (result.counts.error > 0) return { kind: 'refused', reason: 'errors', errors: result.counts.error };
  const label = cleanPeriod(period);
  if (label === '') return { kind: 'refused', reason: 'noPeriod' };
  const actions = result.model.actions ?? [];
  if (actions.length === 0) return { kind: 'refused', reason: 'noActions' };
  const date = result.reportDate;
  const key = periodKey(label);
  const earlier = (result.model.followUps ?? []).filter((f) => f.period.value !== null && periodKey(f.period.value) === key);
  return {
    kind: 'ready',
    period: label,
    date,
    rows: actions.map((a) => recordRow(a, label, date)),
    alreadyRecorded: earlier.length,
    recordedDate: earlier.find((f) => f.date.value !== null)?.date.value ?? null,
  };
}
