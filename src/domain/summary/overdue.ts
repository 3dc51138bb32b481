/** Overdue as P007 defines it: Slut is before the report date and the status is neither Klar nor Avbruten. */
import type { Action, Status } from '../model';
import { isoToSerial } from '../dates';

/**
 * `YYYY-MM-DD` (the shape only, as /^\d{4}-\d{2}-\d{2}$/). The model's dates are ISO already (model.ts);
 * the check only guards hand-made input. By character codes: it runs once for each action's end date
 * in a summary (isoDateKey), and a RegExp test cost several times more.
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

/** Overdue at `reportDate` with `status` (as P007): both dates must have the ISO shape. */
export function isOverdueAt(end: string | null | undefined, status: Status | null, reportDate: string): boolean {
  return isOverdueByKey(isoDateKey(end), status, isoDateKey(reportDate));
}

/** The date has the shape the overdue checks ask of it. */
export function hasIsoShape(date: string): boolean {
  return isIsoShaped(date);
}

/** `s`'s digits 0…9 from character codes (it has the ISO shape). */
const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/**
 * A date as a number that orders as the ISO text does: YYYYMMDD when it has the ISO shape, else -1 (no
 * date: never overdue, and no action is overdue at it). A summary keys each action's end date once
 * (actionStates) and then compares numbers: comparing the texts (and checking their shape) cost about a
 * third of a pass over 20 000 actions.
 */
export function isoDateKey(date: string | null | undefined): number {
  if (typeof date !== 'string' || !isIsoShaped(date)) return -1;
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  return year * 10000 + (digit(date, 5) * 10 + digit(date, 6)) * 100 + digit(date, 8) * 10 + digit(date, 9);
}

/** isOverdueAt by date keys (isoDateKey): the end date's and the report date's. */
export function isOverdueByKey(endKey: number, status: Status | null, dateKey: number): boolean {
  return endKey >= 0 && endKey < dateKey && status !== 'done' && status !== 'cancelled';
}

/** Whole days from the action's end date to the report date (only meaningful when it is overdue). */
export function daysLate(action: Action, reportDate: string): number {
  return daysLateFrom(action, isoToSerial(reportDate));
}

/** As `daysLate`, with the report date already an Excel serial (one parse for a whole plan). */
export function daysLateFrom(action: Action, reportSerial: number | null): number {
  const end = action.end?.value;
  const endSerial = typeof end === 'string' ? isoToSerial(end) : null;
  return endSerial === null || reportSerial === null ? 0 : Math.round(reportSerial - endSerial);
}
