/**
 * The plan's sums in one pass over the actions (SPEC §3, §7): per municipality and per goal as the plan
 * is now; and, given the previous follow-up, as it stood then (then.ts says what that is) and what changed
 * since, action by action (followup/sinceLast.ts says what counts as a change). summarize.ts, then.ts and
 * sinceLast.ts all read their figures from here.
 *
 * The plan now and the plan then are summed over the same actions with the same shares, goals, budgets
 * and end dates, so one loop reads each action once for both (and for what changed), rather than three
 * loops each reading all 20 000 again. The plan then is summed in Åtgärder's order, then the rows of
 * actions no longer there in the order recorded, as planAt (followup/planThen.ts) lists the plan then.
 */
import { columnForecast, finiteOrNaN, forecastOf } from '../followup/forecast';
import type { FollowUpMatch } from '../followup/matching';
import { actionIndex, matchFollowUp } from '../followup/matching';
import type { FollowUp } from '../followup/periods';
import type { ActionChanges, StatusChange } from '../followup/sinceLast';
import type { Action, FollowUpColumns, PlanModel, Status } from '../model';
import type { ShareSlots } from './actionFacts';
import { actionStates, goalSlots, shareSlots } from './actionFacts';
import type { Tally } from './byGoal';
import { NO_GOAL_NAME, addToTally, emptyTally, goalLines, knownGoals } from './byGoal';
import type { MunicipalitySums } from './byMunicipality';
import { addShares, addSharesNowAndThen, municipalityLines, municipalitySums } from './byMunicipality';
import { isOverdueByKey, isoDateKey } from './overdue';
import type { GoalLine, MunicipalityLine, SummaryStatus } from './types';

/** Sums per municipality and tallies per goal (of the plan now, or then). */
export interface PlanTallies {
  readonly sums: MunicipalitySums;
  /** Per known goal, by goal key (knownGoals' order). */
  readonly tallies: ReadonlyMap<string, Tally>;
  /** Actions without a known goal: “(utan mål)”. */
  readonly noGoal: Tally;
}

export interface PlanSums {
  readonly now: PlanTallies;
  /** The plan now's total effective forecast (SPEC §7), unrounded; 0 without forecasts. */
  readonly forecast: number;
  /** The plan at the previous follow-up and what changed since, or null without one. */
  readonly since: SinceSums | null;
}

/** ActionChanges as the pass fills them in. */
interface ChangeLists extends ActionChanges {
  readonly statusChanges: StatusChange[];
  readonly newlyOverdue: string[];
  readonly added: string[];
  readonly removed: string[];
}

/** The previous follow-up, the plan then (budget as now, spent then; no forecast per municipality) and what changed since. */
export interface SinceSums {
  readonly previous: DatedFollowUp;
  readonly then: PlanTallies;
  readonly changes: ActionChanges;
}

/** The previous follow-up, with its date. */
export type DatedFollowUp = FollowUp & { readonly date: string };

function emptyTallies(model: PlanModel): PlanTallies {
  return { sums: municipalitySums(model), tallies: knownGoals(model), noGoal: emptyTally(null, NO_GOAL_NAME) };
}

/** What the pass reads of each action (actionStates, shareSlots, goalSlots). */
interface PlanArrays {
  readonly shares: ShareSlots;
  readonly goal: Int32Array;
  readonly budget: Float64Array;
  readonly spent: Float64Array;
  /** The summary has forecasts: each action's effective forecast is worked out in the pass (else 0 is added). */
  readonly forecasts: boolean;
  /** Prognos as read, or null when Åtgärder has no Prognos column. */
  readonly prognos: readonly (number | null)[] | null;
  readonly status: readonly (Status | null)[];
  readonly endKey: Int32Array;
}

/**
 * Where the pass adds one plan's figures: its sums, its goal tallies by position, the date overdue is
 * counted at, and (the plan now) its total forecast, in entry 0.
 */
interface Into {
  readonly sums: MunicipalitySums;
  readonly tallies: readonly Tally[];
  readonly noGoal: Tally;
  readonly dateKey: number;
  readonly forecast: Float64Array;
}

const into = (t: PlanTallies, date: string): Into => ({ sums: t.sums, tallies: [...t.tallies.values()], noGoal: t.noGoal, dateKey: isoDateKey(date), forecast: new Float64Array(1) });

/**
 * The plan's sums at `reportDate` (with forecasts when `withForecast`), and with `previous` also the plan
 * then and what changed since.
 */
export function planSums(model: PlanModel, reportDate: string, withForecast: boolean, previous: DatedFollowUp): PlanSums & { readonly since: SinceSums };
export function planSums(model: PlanModel, reportDate: string, withForecast: boolean, previous: DatedFollowUp | null): PlanSums;
export function planSums(model: PlanModel, reportDate: string, withForecast: boolean, previous: DatedFollowUp | null): PlanSums {
  const actions = model.actions ?? [];
  const now = emptyTallies(model);
  const states = actionStates(actions, withForecast || previous !== null);
  const plan: PlanArrays = {
    shares: shareSlots(model, now.sums.names),
    goal: goalSlots(model, [...now.tallies.keys()]).goal,
    budget: states.budget,
    spent: states.spent,
    forecasts: withForecast,
    prognos: states.prognos,
    status: states.status,
    endKey: states.endKey,
  };
  const nowInto = into(now, reportDate);
  if (previous === null) {
    addNow(plan, nowInto);
    return { now, forecast: nowInto.forecast[0], since: null };
  }
  const then = emptyTallies(model);
  const match = matchFollowUp(previous, actions);
  const { inOrder } = match;
  const { first, ids } = actionIndex(actions);
  const recorded: Recorded = {
    columns: match.columns,
    // In Åtgärder's order, action i's row is inOrder.from + i for the first inOrder.count (rowAtOf is not made).
    rowAtOf: inOrder === null ? match.rowAtOf : null,
    from: inOrder === null ? 0 : inOrder.from,
    count: inOrder === null ? 0 : inOrder.count,
  };
  const changes: ChangeLists = { statusChanges: [], newlyOverdue: [], added: [], removed: [] };
  addNowAndThen(plan, nowInto, recorded, into(then, previous.date), { actions, first, ids }, changes);
  addRemoved(match, then.noGoal, changes.removed);
  return { now, forecast: nowInto.forecast[0], since: { previous, then, changes } };
}

/** Action i's effective forecast now (SPEC §7: actionForecast, from the budget, spent and status already read), 0 without forecasts. */
function forecastNow(plan: PlanArrays, i: number): number {
  if (!plan.forecasts) return 0;
  const { prognos } = plan;
  return forecastOf(prognos === null ? NaN : finiteOrNaN(prognos[i]), plan.status[i], plan.budget[i], plan.spent[i]);
}

/** Action i's figures now, with its forecast `f`, added to its goal and the total forecast; whether it is overdue now. */
function tallyNow(plan: PlanArrays, now: Into, i: number, f: number): boolean {
  const { budget, spent, status, goal } = plan;
  now.forecast[0] += f;
  const overdue = isOverdueByKey(plan.endKey[i], status[i], now.dateKey);
  addToTally(goal[i] < 0 ? now.noGoal : now.tallies[goal[i]], status[i], overdue, budget[i], spent[i], f);
  return overdue;
}

/** Action i's figures now added to its municipalities and its goal; whether it is overdue now. */
function addActionNow(plan: PlanArrays, now: Into, i: number): boolean {
  const f = forecastNow(plan, i);
  addShares(now.sums, plan.shares, i, plan.budget[i], plan.spent[i], f);
  return tallyNow(plan, now, i, f);
}

/**
 * The plan now: a loop alone in its function, given everything it reads (its optimised code meets no
 * unseen code after it, and inlines no lookups).
 */
function addNow(plan: PlanArrays, now: Into): void {
  const n = plan.budget.length;
  for (let i = 0; i < n; i++) addActionNow(plan, now, i);
}

/** The previous follow-up's columns and each action's entry in them (rowAtOf, or in order: from + i for i < count). */
interface Recorded {
  readonly columns: FollowUpColumns;
  readonly rowAtOf: Int32Array | null;
  readonly from: number;
  readonly count: number;
}

/** The actions' IDs, as what changed lists them. */
interface Ids {
  readonly actions: readonly Action[];
  /** Per action: 1 when it is the first with its ID key (the one follow-up rows are matched to). */
  readonly first: Uint8Array;
  readonly ids: readonly (string | null)[];
}

/**
 * The plan now, the plan then and what changed, in Åtgärder's order: a loop alone in its function (as
 * addNow). An action recorded at the previous follow-up (only the first action with its ID key can be)
 * adds what was recorded — status, Utfall, Prognos — to the plan then, with its budget, shares, goal and
 * end date as now; one that was not recorded and is the first with its key was added since.
 */
function addNowAndThen(plan: PlanArrays, now: Into, recorded: Recorded, then: Into, ids: Ids, changes: ChangeLists): void {
  const { budget, spent, goal, endKey, status } = plan;
  const { rowAtOf, from, count } = recorded;
  const { status: statuses, spent: spents, forecast: forecasts } = recorded.columns;
  const { actions, first } = ids;
  const { statusChanges, newlyOverdue, added } = changes;
  const n = budget.length;
  for (let i = 0; i < n; i++) {
    const at = rowAtOf !== null ? rowAtOf[i] : i < count ? from + i : -1;
    if (at < 0) {
      const overdue = addActionNow(plan, now, i);
      // Actions without an ID, and later ones with an earlier one's ID, cannot be matched.
      if (first[i] !== 1) continue;
      const id = ids.ids[i] as string;
      added.push(id);
      if (overdue) newlyOverdue.push(id);
      continue;
    }
    const b = budget[i];
    const statusThen = statuses[at];
    const spentThen = spents[at];
    const f = forecastNow(plan, i);
    addSharesNowAndThen(now.sums, then.sums, plan.shares, i, b, spent[i], f, spentThen);
    const overdueNow = tallyNow(plan, now, i, f);
    const overdueThen = isOverdueByKey(endKey[i], statusThen, then.dateKey);
    addToTally(goal[i] < 0 ? then.noGoal : then.tallies[goal[i]], statusThen, overdueThen, b, spentThen, forecastOf(forecasts[at], statusThen, b, spentThen));
    const id = ids.ids[i] as string;
    const was: SummaryStatus = statusThen ?? 'unknown';
    const is: SummaryStatus = status[i] ?? 'unknown';
    if (was !== is) statusChanges.push({ id, action: actions[i].name?.value ?? '', from: was, to: is });
    if (overdueNow && !overdueThen) newlyOverdue.push(id);
  }
}

/**
 * The rows of actions no longer in Åtgärder, in the order recorded: each keeps only what was recorded (no
 * goal, budget, end date or shares) and counts under “(utan mål)” then; their IDs are the removed ones.
 */
function addRemoved(match: FollowUpMatch, noGoal: Tally, removed: string[]): void {
  // In Åtgärder's order, every row is an action's.
  if (match.inOrder !== null) return;
  const { actionOf, at, columns } = match;
  for (let j = 0; j < actionOf.length; j++) {
    if (actionOf[j] >= 0) continue;
    const i = at[j];
    addToTally(noGoal, columns.status[i], false, 0, columns.spent[i], columnForecast(columns, i, 0));
    removed.push(columns.id[i] ?? '');
  }
}

/** Per municipality (SPEC §3; byMunicipality.ts): the plan now's lines. */
export function summarizeMunicipalities(model: PlanModel, withForecast = false): MunicipalityLine[] {
  return municipalityLines(planSums(model, '', withForecast, null).now.sums, withForecast);
}

/** Per goal (SPEC §3; byGoal.ts): the plan now's lines at `reportDate`. */
export function summarizeGoals(model: PlanModel, reportDate: string, withForecast = false): GoalLine[] {
  const { now } = planSums(model, reportDate, withForecast, null);
  return goalLines(now.tallies, now.noGoal, withForecast);
}
