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
  readonly rows: FollowUpRow[];
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

function newGroup(period: string, key: string, actionCount: number): Group {
  return {
    period,
    key,
    date: null,
    rows: [],
    matching: startMatching(actionCount),
    budget: 0,
    spent: 0,
    forecast: 0,
  };
}

/** Uppföljning's columns: the reader's when they describe the model's rows, else made from the rows. */
export function followUpColumns(model: PlanModel): FollowUpColumns | null {
  const rows = model.followUps;
  if (rows === null || rows === undefined) return null;
  const read = model.followUpColumns;
  return read !== null && read !== undefined && read.rows === rows ? read : followUpColumnsOf(rows);
}

/** Every follow-up in Uppföljning, in order of first appearance ([] without the table), matched and summed. */
export function walkFollowUps(model: PlanModel): readonly FollowUp[] {
  const rows = model.followUps;
  if (rows === null || rows === undefined) return [];
  const known = GROUPED.get(rows);
  if (known !== undefined) return known;
  const columns = followUpColumns(model) as FollowUpColumns;
  const { period, date, spent } = columns;
  const actions = model.actions ?? EMPTY;
  const index = actionIndex(actions);
  const groups = new Map<string, Group>();
  // The same few labels on every row: fold each spelling once. A follow-up's rows are recorded together,
  // so a row with the previous row's label joins its group without a lookup.
  const keyOf = new Map<string, string>();
  let lastLabel: string | null = null;
  let last: Group | undefined;
  for (let i = 0; i < rows.length; i++) {
    const label = period[i];
    if (label === null || label === '') continue;
    let g = label === lastLabel ? last : undefined;
    if (g === undefined) {
      let key = keyOf.get(label);
      if (key === undefined) {
        key = periodKey(label);
        keyOf.set(label, key);
      }
      g = groups.get(key);
      if (g === undefined) {
        g = newGroup(label, key, actions.length);
        groups.set(key, g);
      }
      lastLabel = label;
      last = g;
    }
    g.rows.push(rows[i]);
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
  const out: FollowUp[] = [];
  for (const g of groups.values()) {
    const followUp: FollowUp = { period: g.period, key: g.key, date: g.date, rows: g.rows };
    rememberMatch(followUp, actions, matchOf(g.matching, columns));
    SUMS.set(followUp, { actions, sums: { budget: g.budget, spent: g.spent, forecast: g.forecast } });
    out.push(followUp);
  }
  GROUPED.set(rows, out);
  return out;
}
