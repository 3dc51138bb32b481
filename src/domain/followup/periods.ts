/**
 * The follow-ups recorded in Uppföljning (SPEC §7), grouped by period, and which of them is the previous
 * one: the latest period dated before the report date.
 *
 * - Periods are compared ignoring case, spacing and diacritics (`Tertial 1` = `TERTIAL 1`); the label
 *   shown is the first spelling.
 * - A period's date is the first valid Datum among its rows (U001 reports blank, invalid or differing ones).
 * - A row with a blank Period belongs to no follow-up (U001 reports it).
 * - "Earlier" follow-ups are those dated strictly before the report date, oldest first (same date: in the
 *   order they first appear). A follow-up recorded on the report date itself is the current one being
 *   recorded, not an earlier one; one dated after it is U004.
 * - An action appears once per follow-up: its first row (U002 reports the others).
 */
import type { FollowUpRow, PlanModel } from '../model';
import { periodKey } from './keys';
import { walkFollowUps } from './walk';

export { idKey, periodKey } from './keys';

export interface FollowUp {
  /** The label, as first written (trimmed). */
  readonly period: string;
  /** The label folded for comparison. */
  readonly key: string;
  /** ISO date of the follow-up, or null when none of its rows has a valid Datum. */
  readonly date: string | null;
  /** Its rows in sheet order (duplicates and rows without ID included). */
  readonly rows: readonly FollowUpRow[];
}

/** Two period labels name the same follow-up. */
export function samePeriod(a: string, b: string): boolean {
  return periodKey(a) === periodKey(b);
}

/**
 * Every follow-up in Uppföljning, in order of first appearance; [] without the table. Grouped in one walk
 * with the matching of each follow-up's rows to Åtgärder's actions and their totals (walk.ts).
 */
export function followUpsOf(model: PlanModel): readonly FollowUp[] {
  return walkFollowUps(model);
}

/** Follow-ups dated before the report date, oldest first. */
export function earlierFollowUps(model: PlanModel, reportDate: string): FollowUp[] {
  const all = followUpsOf(model);
  return all
    .map((f, order) => ({ f, order }))
    .filter((x): x is { f: FollowUp & { date: string }; order: number } => x.f.date !== null && x.f.date < reportDate)
    .sort((a, b) => (a.f.date < b.f.date ? -1 : a.f.date > b.f.date ? 1 : a.order - b.order))
    .map((x) => x.f);
}

/** The previous follow-up (SPEC §7): the latest period dated before the report date, or null. */
export function previousFollowUp(model: PlanModel, reportDate: string): FollowUp | null {
  const earlier = earlierFollowUps(model, reportDate);
  return earlier.length === 0 ? null : earlier[earlier.length - 1];
}

/** The label of the current follow-up: the Plan's Uppföljningsperiod, else the report date. */
export function currentPeriod(model: PlanModel, reportDate: string): string {
  const label = model.info?.followUpPeriod?.value;
  return typeof label === 'string' && label !== '' ? label : reportDate;
}
