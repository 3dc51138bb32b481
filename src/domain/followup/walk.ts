/**
 * Uppföljning's rows in one walk (SPEC §7): grouped by period, each row matched to its action in Åtgärder
 * and each follow-up's budget, spent and forecast summed, at once. The summary and the follow-up rules
 * then read what they need — followUpsOf's groups, matchFollowUp's matches, the history's totals — from
 * what this walk remembers for the row array, instead of walking the 3 × 20 000 rows once for each.
 *
 * The grouping is periods.ts's (followUpsOf), the matching matching.ts's (matchFollowUp, which still
 * matches a follow-up on its own, e.g. against another action list), the totals history.ts's; each does
 * exactly what that one does, in the same order (followup.property.test.ts holds the routes equal).
 */
import { parseIsoDate } from '../dates';
import type { Action, FollowUpColumns, FollowUpRow, PlanModel } from '../model';
import { followUpColumnsOf } from '../read/followUps';
import { columnForecast } from './forecast';
import { periodKey } from './keys';
import type { Matching } from './matching';
import { NOT_KEPT, actionIndex, matchOf, matchRow, rememberMatch, startMatching } from './matching';
import type { FollowUp } from './periods';

/** The unrounded sums of one follow-up's matched rows (history.ts rounds them). */
export interface FollowUpSums {
  readonly budget: number;
  readonly spent: number;
  readonly forecast: number;
}

interface Group {
  readonly period: string;
  readonly key: string;
  date: string | null;
  /** How many rows it has. */
  count: number;
  // The matching, as matchFollowUp does it for this follow-up alone.
  readonly matching: Matching;
  // The totals, as followUpTotals sums them.
  budget: number;
  spent: number;
  forecast: number;
}

const EMPTY: readonly Action[] = [];
const GROUPED = new WeakMap<readonly FollowUpRow[], readonly FollowUp[]>();
const SUMS = new WeakMap<FollowUp, { readonly actions: readonly Action[]; readonly sums: FollowUpSums }>();

/** The sums the walk made for `followUp` against `actions`, or undefined when it did not. */
export function walkedSums(followUp: FollowUp, actions: readonly Action[]): FollowUpSums | undefined {
  const known = SUMS.get(followUp);
  return known !== undefined && known.actions === actions ? known.sums : undefined;
}

/** Uppföljning's columns: the reader's when they describe the model's rows, else made from the rows. */
export function followUpColumns(model: PlanModel): FollowUpColumns | null {
  const rows = model.followUps;
  if (rows === null || rows === undefined) return null;
  const read = model.followUpColumns;
  return read !== null && read !== undefined && read.rows === rows ? read : followUpColumnsOf(rows);
}

/** A follow-up whose rows are `entries` of `columns` (the row objects made when asked for: the rules read them). */
function followUpOf(g: Group, columns: FollowUpColumns, entries: Int32Array): FollowUp {
  let rows: FollowUpRow[] | undefined;
  return {
    period: g.period,
    key: g.key,
    date: g.date,
    get rows(): readonly FollowUpRow[] {
      rows ??= Array.from(entries, (i) => columns.rows[i]);
      return rows;
    },
  };
}

/** Every follow-up in Uppföljning, in order of first appearance ([] without the table), matched and summed. */
export function walkFollowUps(model: PlanModel): readonly FollowUp[] {
  const rows = model.followUps;
  if (rows === null || rows === undefined) return [];
  const known = GROUPED.get(rows);
  if (known !== undefined) return known;
  const columns = followUpColumns(model) as FollowUpColumns;
  const { period, date, spent } = columns;
  const n = rows.length;
  const actions = model.actions ?? EMPTY;
  const index = actionIndex(actions);
  const groups: Group[] = [];
  const byKey = new Map<string, number>();
  // Per row: its follow-up (an index into groups), or -1; and matchRow's answer.
  const groupOf = new Int32Array(n);
  const actionAt = new Int32Array(n);
  // The same few labels on every row: fold each spelling once. A follow-up's rows are recorded together,
  // so a row with the previous row's label joins its group without a lookup.
  const keyOf = new Map<string, string>();
  let lastLabel: string | null = null;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const label = period[i];
    if (label === null || label === '') {
      groupOf[i] = -1;
      continue;
    }
    if (label !== lastLabel) {
      let key = keyOf.get(label);
      if (key === undefined) {
        key = periodKey(label);
        keyOf.set(label, key);
      }
      let at = byKey.get(key);
      if (at === undefined) {
        at = groups.length;
        groups.push({ period: label, key, date: null, count: 0, matching: startMatching(actions.length, actionAt), budget: 0, spent: 0, forecast: 0 });
        byKey.set(key, at);
      }
      lastLabel = label;
      last = at;
    }
    const g = groups[last];
    groupOf[i] = last;
    g.count++;
    if (g.date === null) {
      const d = date[i];
      if (d !== null && parseIsoDate(d) !== null) g.date = d;
    }
    const at = matchRow(g.matching, columns, i, index);
    if (at === NOT_KEPT) continue;
    const budget = at >= 0 ? index.budget[at] : 0;
    g.budget += budget;
    g.spent += spent[i];
    g.forecast += columnForecast(columns, i, budget);
  }
  // Each follow-up's rows, in sheet order: the rows sorted by follow-up (a counting sort).
  const start = new Int32Array(groups.length + 1);
  groups.forEach((g, k) => (start[k + 1] = start[k] + g.count));
  const fill = start.slice(0, groups.length);
  const order = new Int32Array(start[groups.length]);
  for (let i = 0; i < n; i++) {
    const k = groupOf[i];
    if (k >= 0) order[fill[k]++] = i;
  }
  const out = groups.map((g, k) => {
    const entries = order.subarray(start[k], start[k + 1]);
    const followUp = followUpOf(g, columns, entries);
    rememberMatch(followUp, actions, matchOf(g.matching, columns, entries));
    SUMS.set(followUp, { actions, sums: { budget: g.budget, spent: g.spent, forecast: g.forecast } });
    return followUp;
  });
  GROUPED.set(rows, out);
  return out;
}
