/**
 * The rows a new follow-up records (SPEC §7, *Spara uppföljning* and `plankoll record`): one per action in
 * Åtgärder, with the period label, Datum = the report date, and the action's current Utfall, effective
 * forecast, Status and Kommentar. The writers (zip level, gateway) turn these into cells.
 *
 * Actions without an ID are left out (P001 is an error, and a workbook with errors is not recorded).
 */
import type { PlanModel } from '../model';
import { STATUS_LABEL } from '../names';
import { roundOre } from '../money';
import { actionForecast } from './forecast';

export interface FollowUpRecordRow {
  readonly period: string;
  /** ISO date (the report date). */
  readonly date: string;
  readonly id: string;
  /** Utfall as written, or null for a blank cell. */
  readonly spent: number | null;
  /** The effective forecast, to the öre. */
  readonly forecast: number;
  /** The status as the workbook writes it (`Pågår`), or the cell's own text when it is not a known status. */
  readonly status: string;
  readonly comment: string | null;
}

export interface RecordOptions {
  /** The period label (the Plan's Uppföljningsperiod, or one the user gave). */
  readonly period: string;
  /** ISO report date. */
  readonly reportDate: string;
}

export function followUpRecord(model: PlanModel, options: RecordOptions): FollowUpRecordRow[] {
  const out: FollowUpRecordRow[] = [];
  for (const a of model.actions ?? []) {
    const id = a.id?.value;
    if (typeof id !== 'string' || id === '') continue;
    const status = a.status?.value;
    const spent = a.spent?.value;
    out.push({
      period: options.period.trim(),
      date: options.reportDate,
      id,
      spent: typeof spent === 'number' && Number.isFinite(spent) ? spent : null,
      forecast: roundOre(actionForecast(a)),
      status: status !== null && status !== undefined ? STATUS_LABEL[status].sv : typeof a.status?.raw === 'string' ? a.status.raw.trim() : '',
      comment: a.comment?.value ?? null,
    });
  }
  return out;
}
