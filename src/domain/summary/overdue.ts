/** Overdue as P007 defines it: Slut is before the report date and the status is neither Klar nor Avbruten. */
import type { Action } from '../model';
import { isoToSerial } from '../dates';

/** The model's dates are ISO already (model.ts); the shape check only guards hand-made input. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isOverdue(action: Action, reportDate: string): boolean {
  const end = action.end?.value;
  if (typeof end !== 'string' || !ISO_DATE.test(end) || !ISO_DATE.test(reportDate)) return false;
  const status = action.status?.value ?? null;
  return end < reportDate && status !== 'done' && status !== 'cancelled';
}

/** Whole days from the action's end date to the report date (only meaningful when `isOverdue`). */
export function daysLate(action: Action, reportDate: string): number {
  return daysLateFrom(action, isoToSerial(reportDate));
}

/** As `daysLate`, with the report date already an Excel serial (one parse for a whole plan). */
export function daysLateFrom(action: Action, reportSerial: number | null): number {
  const end = action.end?.value;
  const endSerial = typeof end === 'string' ? isoToSerial(end) : null;
  return endSerial === null || reportSerial === null ? 0 : Math.round(reportSerial - endSerial);
}
