/** Overdue as P007 defines it: Slut is before the report date and the status is neither Klar nor Avbruten. */
import type { Action } from '../model';
import { daysBetween, parseIsoDate } from '../dates';

export function isOverdue(action: Action, reportDate: string): boolean {
  const end = action.end?.value;
  if (typeof end !== 'string' || parseIsoDate(end) === null || parseIsoDate(reportDate) === null) return false;
  const status = action.status?.value ?? null;
  return end < reportDate && status !== 'done' && status !== 'cancelled';
}

/** Whole days from the action's end date to the report date (only meaningful when `isOverdue`). */
export function daysLate(action: Action, reportDate: string): number {
  const end = action.end?.value;
  return typeof end === 'string' ? daysBetween(end, reportDate) : 0;
}
