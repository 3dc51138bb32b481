/** Overdue as P007 defines it: Slut is before the report date and the status is neither Klar nor Avbruten. */
import type { Action, Status } from '../model';
import { isoToSerial } from '../dates';

/**
 * `YYYY-MM-DD` (the shape only, as /^\d{4}-\d{2}-\d{2}$/). The model's dates are ISO already (model.ts);
 * the check only guards hand-made input. By character codes: it runs for every overdue action, at the
 * report date and at each follow-up's, and a RegExp test cost several times more.
 */
function isIsoShaped(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function isOverdue(action: Action, reportDate: string): boolean {
  return isOverdueAt(action.end?.value, action.status?.value ?? null, reportDate);
}

/** As `isOverdue`, for an end date and a status given apart (the status recorded at a follow-up). */
export function isOverdueAt(end: string | null | undefined, status: Status | null, reportDate: string): boolean {
  // The shape checks last: most actions are not overdue, and a plan has tens of thousands of them.
  return isOverdueAtIso(end, status, reportDate) && isIsoShaped(reportDate);
}

/** The date has the shape isOverdueAt asks of it (a loop over many actions at one date checks it once). */
export function hasIsoShape(date: string): boolean {
  return isIsoShaped(date);
}

/** isOverdueAt at a date known to have the ISO shape (hasIsoShape). */
export function isOverdueAtIso(end: string | null | undefined, status: Status | null, isoDate: string): boolean {
  if (typeof end !== 'string' || !(end < isoDate) || status === 'done' || status === 'cancelled') return false;
  return isIsoShaped(end);
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
