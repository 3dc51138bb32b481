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
import { foldName } from '../names';
import { normalizeId } from '../rules/plan/action-ids';
import { parseIsoDate } from '../dates';

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

export function periodKey(label: string): string {
  return foldName(label);
}

/** Two period labels name the same follow-up. */
export function samePeriod(a: string, b: string): boolean {
  return periodKey(a) === periodKey(b);
}

/** Printable ASCII without spaces: the usual ID (`A12`, `IS-3`), whose key is just its lower case. */
const SIMPLE_ID = /^[!-~]+$/;

/** The key an action ID is matched by across Åtgärder and Uppföljning (as P002 compares IDs). */
export function idKey(id: string): string {
  return SIMPLE_ID.test(id) ? id.toLowerCase() : normalizeId(id);
}

const GROUPED = new WeakMap<readonly FollowUpRow[], readonly FollowUp[]>();

/** Every follow-up in Uppföljning, in order of first appearance; [] without the table. */
export function followUpsOf(model: PlanModel): readonly FollowUp[] {
  const rows = model.followUps;
  if (rows === null || rows === undefined) return [];
  const known = GROUPED.get(rows);
  if (known !== undefined) return known;
  const byKey = new Map<string, { period: string; key: string; date: string | null; rows: FollowUpRow[] }>();
  // The same few labels on every row: fold each spelling once. A follow-up's rows are recorded together,
  // so a row with the previous row's label joins its group without a lookup.
  const keyOf = new Map<string, string>();
  let lastLabel: string | null = null;
  let last: { period: string; key: string; date: string | null; rows: FollowUpRow[] } | undefined;
  for (const row of rows) {
    const label = row.period?.value;
    if (typeof label !== 'string' || label === '') continue;
    let group = label === lastLabel ? last : undefined;
    if (group === undefined) {
      let key = keyOf.get(label);
      if (key === undefined) {
        key = periodKey(label);
        keyOf.set(label, key);
      }
      group = byKey.get(key);
      if (group === undefined) {
        group = { period: label, key, date: null, rows: [] };
        byKey.set(key, group);
      }
      lastLabel = label;
      last = group;
    }
    group.rows.push(row);
    const date = row.date?.value;
    if (group.date === null && typeof date === 'string' && parseIsoDate(date) !== null) group.date = date;
  }
  const out: readonly FollowUp[] = [...byKey.values()];
  GROUPED.set(rows, out);
  return out;
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
