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
import { columnForecast, forecastOf } from './forecast';
import { periodKey } from './keys';
import type { ActionIndex, FollowUpMatch, Matching } from './matching';
import { NOT_KEPT, actionIndex, entriesUpTo, keyedAction, matchOf, matchRow, rememberMatch, startMatching } from './matching';
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

/**
 * One follow-up as a run of consecutive rows, from..to − 1 (the usual table: recording writes a follow-up's
 * rows together, one follow-up after another), and what the walk found of it.
 */
interface Run {
  readonly period: string;
  readonly key: string;
  /** What `seen` holds for the actions it matched: a number no other run of any walk had. */
  readonly stamp: number;
  readonly from: number;
  to: number;
  date: string | null;
  /**
   * Its kept rows (the first `kept` entries): their column entry and matchRow's answer (an action, or -1).
   * null while they are the usual ones, kept row k being row from + k and matched to action k (the rows of a
   * follow-up recorded for every action in Åtgärder's order): then nothing is written for them.
   */
  at: Int32Array | null;
  action: Int32Array | null;
  kept: number;
  withId: number;
  /** Rows of actions no longer in Åtgärder, by key: the first of each (made when there is one). */
  removed: Set<string> | null;
  budget: number;
  spent: number;
  forecast: number;
}

/** The fast walk's state. */
interface Runs {
  readonly runs: Run[];
  /** Per key: its run (a key seen again after another run means the rows are not in runs). */
  readonly byKey: Map<string, Run>;
  /** The same few labels on every row: each spelling folded once. */
  readonly keyOf: Map<string, string>;
  /** The current run, or null (before the first row, or on rows with a blank Period). */
  run: Run | null;
  readonly rowCount: number;
  readonly actionCount: number;
}

/**
 * Per action: the stamp of the last run that matched it, for the duplicates of a run. Scratch shared by
 * every walk (each run has a new stamp, so it is never cleared): not an array of the plan's size per summary.
 */
let seen = new Int32Array(0);
let lastStamp = 0;

function seenFor(actionCount: number): Int32Array {
  if (seen.length < actionCount || lastStamp > 0x7fff0000) {
    seen = new Int32Array(Math.max(actionCount, seen.length));
    lastStamp = 0;
  }
  return seen;
}

/**
 * Row `i` has a Period spelled differently from the row before: `s.run` becomes the run it belongs to (null
 * for a blank Period). false when that is an earlier run, not the current one: the rows are not in runs.
 */
function enterRun(s: Runs, label: string | null, i: number): boolean {
  const run = s.run;
  if (label === null || label === '') {
    if (run !== null) run.to = i;
    s.run = null;
    return true;
  }
  let key = s.keyOf.get(label);
  if (key === undefined) {
    key = periodKey(label);
    s.keyOf.set(label, key);
  }
  if (run !== null && run.key === key) return true;
  if (s.byKey.has(key)) return false;
  if (run !== null) run.to = i;
  const next: Run = { period: label, key, stamp: ++lastStamp, from: i, to: i, date: null, at: null, action: null, kept: 0, withId: 0, removed: null, budget: 0, spent: 0, forecast: 0 };
  s.runs.push(next);
  s.byKey.set(key, next);
  s.run = next;
  return true;
}

/** A row of `run` whose ID is not the one after its previous row's action: looked up by key (matchedAction). */
function lookUp(run: Run, id: string, index: ActionIndex): number {
  run.removed ??= new Set<string>();
  return keyedAction(run.removed, id, index);
}

/**
 * Room for `run`'s kept rows, written out: at the first one that is not the usual one (the usual ones
 * before it written too), and twice the room when it is full. A follow-up keeps at most a row per action
 * (and per removed action's key): typed arrays of a follow-up's size, grown if need be.
 */
function makeRoom(s: Runs, run: Run): void {
  const k = run.kept;
  const at = new Int32Array(run.at === null ? Math.max(k + 16, Math.min(s.rowCount - run.from, s.actionCount + 16)) : run.at.length * 2);
  const action = new Int32Array(at.length);
  if (run.at === null || run.action === null) {
    for (let j = 0; j < k; j++) {
      at[j] = run.from + j;
      action[j] = j;
    }
  } else {
    at.set(run.at);
    action.set(run.action);
  }
  run.at = at;
  run.action = action;
}

/**
 * The rows of `run` from `i` on that are the usual ones (row from + k recorded for action k, in Åtgärder's
 * order), matched and summed as walkRuns does, up to the first that is not (another Period spelling, an ID
 * that is not the next action's, a repeated or blank one); the index of that row. Such a row is matched as
 * walkRuns' `next` would match it and writes nothing per row (`run.at` stays null), so the loop keeps its
 * counts and sums in locals: most rows of a large table are these, and the general loop's checks per row
 * cost a third of the walk.
 */
function walkUsual(run: Run, columns: FollowUpColumns, index: ActionIndex, seen: Int32Array, i: number, label: string): number {
  const { period, id, spent, forecast, status } = columns;
  const { ids, first, budget: budgets } = index;
  const { stamp } = run;
  const rowCount = period.length;
  const actionCount = ids.length;
  let next = run.kept;
  // Added on to the run's sums row by row, as walkRuns adds them (the same sums to the last bit).
  let { budget: budgetSum, spent: spentSum, forecast: forecastSum } = run;
  const start = i;
  for (; i < rowCount && next < actionCount; i++, next++) {
    const text = id[i];
    if (period[i] !== label || text === null || text !== ids[next] || first[next] !== 1) break;
    // (No earlier row of the run matched this action: its kept rows are those of actions 0 … next − 1.)
    seen[next] = stamp;
    const budget = budgets[next];
    const rowSpent = spent[i];
    budgetSum += budget;
    spentSum += rowSpent;
    forecastSum += forecastOf(forecast[i], status[i], budget, rowSpent);
  }
  const rows = i - start;
  run.withId += rows;
  run.kept += rows;
  run.budget = budgetSum;
  run.spent = spentSum;
  run.forecast = forecastSum;
  return i;
}

/**
 * matchRow and the sums over rows in runs, in one loop, as a function of its own: nothing after the loop
 * but the answer, so that the loop's optimised code has nothing left to learn (the caller ends the last
 * run). false as soon as a run's Period comes back after another run: then the general walk does it.
 */
function walkRuns(s: Runs, columns: FollowUpColumns, index: ActionIndex, seen: Int32Array): boolean {
  const { period, date, id, spent, forecast, status } = columns;
  const { ids, first, budget: budgets } = index;
  const { actionCount, rowCount } = s;
  let label: string | null = null;
  let run: Run | null = null;
  // The action after the one the run's previous row matched (matchRow's `next`).
  let next = 0;
  for (let i = 0; i < rowCount; i++) {
    const p = period[i];
    if (p !== label) {
      if (!enterRun(s, p, i)) return false;
      label = p;
      if (s.run !== run) {
        run = s.run;
        next = 0;
      }
    }
    if (run === null) continue;
    if (run.date === null) {
      const d = date[i];
      if (d !== null && parseIsoDate(d) !== null) run.date = d;
    } else if (run.at === null && next === run.kept && i === run.from + next) {
      // The usual rows so far (row from + k for action k): the stretch of them from here, in a loop of its own.
      const to = walkUsual(run, columns, index, seen, i, label as string);
      if (to > i) {
        next = run.kept;
        i = to - 1;
        continue;
      }
    }
    const text = id[i];
    if (text === null || text === '') continue;
    run.withId++;
    let at: number;
    if (next < actionCount && first[next] === 1 && ids[next] === text) at = next;
    else {
      at = lookUp(run, text, index);
      if (at === NOT_KEPT) continue;
    }
    if (at >= 0) {
      if (seen[at] === run.stamp) continue;
      seen[at] = run.stamp;
      next = at + 1;
    }
    const k = run.kept;
    if (run.at === null ? at !== k || i !== run.from + k : k === run.at.length) makeRoom(s, run);
    if (run.at !== null && run.action !== null) {
      run.at[k] = i;
      run.action[k] = at;
    }
    run.kept = k + 1;
    const budget = at >= 0 ? budgets[at] : 0;
    const rowSpent = spent[i];
    run.budget += budget;
    run.spent += rowSpent;
    run.forecast += forecastOf(forecast[i], status[i], budget, rowSpent);
  }
  return true;
}

/** A run's match, as matchOf makes it; what the summary does not read (it reads the previous follow-up's) is made when asked for. */
function runMatch(run: Run, columns: FollowUpColumns, actionCount: number): FollowUpMatch {
  const { from, kept } = run;
  let at = run.at?.subarray(0, kept);
  let actionOf = run.action?.subarray(0, kept);
  let rows: FollowUpRow[] | undefined;
  let rowOf: (FollowUpRow | undefined)[] | undefined;
  let rowAtOf: Int32Array | undefined;
  const match: FollowUpMatch = {
    get rows(): readonly FollowUpRow[] {
      rows ??= Array.from(match.at, (i) => columns.rows[i]);
      return rows;
    },
    get actionOf(): Int32Array {
      actionOf ??= entriesUpTo(kept);
      return actionOf;
    },
    columns,
    get at(): Int32Array {
      at ??= entriesUpTo(kept, from);
      return at;
    },
    get rowAtOf(): Int32Array {
      if (rowAtOf === undefined) {
        const entries = match.at;
        const actions = match.actionOf;
        rowAtOf = new Int32Array(actionCount).fill(-1);
        for (let j = 0; j < entries.length; j++) if (actions[j] >= 0) rowAtOf[actions[j]] = entries[j];
      }
      return rowAtOf;
    },
    get rowOf(): readonly (FollowUpRow | undefined)[] {
      rowOf ??= Array.from(match.rowAtOf, (i) => (i < 0 ? undefined : columns.rows[i]));
      return rowOf;
    },
    withId: run.withId,
    inOrder: run.at === null ? { from, count: kept } : null,
  };
  return match;
}

/** The follow-ups of a table whose follow-ups are runs of rows (walkRuns), or null when they are not. */
function walkInRuns(columns: FollowUpColumns, actions: readonly Action[]): readonly FollowUp[] | null {
  const index = actionIndex(actions);
  const s: Runs = { runs: [], byKey: new Map(), keyOf: new Map(), run: null, rowCount: columns.period.length, actionCount: actions.length };
  if (!walkRuns(s, columns, index, seenFor(actions.length))) return null;
  // The run the last rows were in ends with the table.
  if (s.run !== null) s.run.to = s.rowCount;
  return s.runs.map((run) => {
    let rows: FollowUpRow[] | undefined;
    const followUp: FollowUp = {
      period: run.period,
      key: run.key,
      date: run.date,
      get rows(): readonly FollowUpRow[] {
        rows ??= columns.rows.slice(run.from, run.to);
        return rows;
      },
    };
    rememberMatch(followUp, actions, runMatch(run, columns, actions.length));
    SUMS.set(followUp, { actions, sums: { budget: run.budget, spent: run.spent, forecast: run.forecast } });
    return followUp;
  });
}

/** Every follow-up in Uppföljning, in order of first appearance ([] without the table), matched and summed. */
export function walkFollowUps(model: PlanModel): readonly FollowUp[] {
  const rows = model.followUps;
  if (rows === null || rows === undefined) return [];
  const known = GROUPED.get(rows);
  if (known !== undefined) return known;
  const columns = followUpColumns(model) as FollowUpColumns;
  const actions = model.actions ?? EMPTY;
  const inRuns = walkInRuns(columns, actions);
  if (inRuns !== null) {
    GROUPED.set(rows, inRuns);
    return inRuns;
  }
  const { period, date, spent } = columns;
  const n = rows.length;
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
