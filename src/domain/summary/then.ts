/**
 * The plan as it stood at an earlier follow-up (followup/planThen.ts says what that is: what Uppföljning
 * recorded — Utfall, Prognos, Status — on the actions as Åtgärder has them now), summarised as the summary
 * needs it: spent per municipality then, and each goal's line (and light) then, at the follow-up's date.
 *
 * The same sums and tallies as summarizeMunicipalities and summarizeGoals over planAt's plan (then.test.ts
 * holds them equal), in one pass over the recorded rows, without building the plan then.
 */
import { forecastOf } from '../followup/forecast';
import { matchFollowUp } from '../followup/matching';
import type { FollowUp } from '../followup/periods';
import type { FollowUpColumns, PlanModel } from '../model';
import type { ShareSlots } from './actionFacts';
import { followUpStates, goalSlots, shareSlots } from './actionFacts';
import type { Tally } from './byGoal';
import { NO_GOAL_NAME, addToTally, emptyTally, goalLines, knownGoals } from './byGoal';
import type { MunicipalitySums } from './byMunicipality';
import { addShares, municipalityLines, municipalitySums } from './byMunicipality';
import { isOverdueByKey, isoDateKey } from './overdue';
import type { GoalLine, MunicipalityLine } from './types';

export interface SummaryThen {
  /** Per municipality (budget as now; spent then; no forecast). */
  readonly byMunicipality: MunicipalityLine[];
  /** Per goal, with forecasts then, at the follow-up's date. */
  readonly byGoal: GoalLine[];
}

export function summaryThen(model: PlanModel, followUp: FollowUp & { readonly date: string }): SummaryThen {
  const actions = model.actions ?? [];
  const sums = municipalitySums(model);
  const tallies = knownGoals(model);
  const noGoal = emptyTally(null, NO_GOAL_NAME);
  const match = matchFollowUp(followUp, actions);
  const { inOrder } = match;
  const states = followUpStates(actions);
  const recorded: Recorded = {
    columns: match.columns,
    // In Åtgärder's order, entry j is inOrder.from + j, for action j (the arrays are not made).
    at: inOrder === null ? match.at : null,
    actionOf: inOrder === null ? match.actionOf : null,
    from: inOrder === null ? 0 : inOrder.from,
    count: inOrder === null ? match.at.length : inOrder.count,
  };
  const plan: PlanNow = {
    shares: shareSlots(model, sums.names),
    goal: goalSlots(model, [...tallies.keys()]).goal,
    tallies: [...tallies.values()],
    endKey: states.endKey,
    budget: states.budget,
  };
  addRecorded(recorded, plan, isoDateKey(followUp.date), sums, noGoal);
  return { byMunicipality: municipalityLines(sums, false), byGoal: goalLines(tallies, noGoal, true) };
}

/** A follow-up's kept rows: entry j is row at[j] for action actionOf[j], or (in order) row from + j for action j. */
interface Recorded {
  readonly columns: FollowUpColumns;
  readonly at: Int32Array | null;
  readonly actionOf: Int32Array | null;
  readonly from: number;
  readonly count: number;
}

/** What the plan now says of each action: its shares, its goal's tally, end date and budget. */
interface PlanNow {
  readonly shares: ShareSlots;
  readonly goal: Int32Array;
  readonly tallies: readonly Tally[];
  readonly endKey: Int32Array;
  readonly budget: Float64Array;
}

/**
 * Each recorded row's figures added to its municipalities and its goal: a loop alone in its function,
 * given everything it reads (its optimised code meets no unseen code after it, and inlines no lookups).
 * `dateKey` is the follow-up's date as isoDateKey has it.
 */
function addRecorded(r: Recorded, plan: PlanNow, dateKey: number, sums: MunicipalitySums, noGoal: Tally): void {
  const { columns, at, actionOf, from, count } = r;
  const { status: statuses, spent: spents, forecast: forecasts } = columns;
  const { shares, goal, tallies, endKey, budget: budgets } = plan;
  for (let j = 0; j < count; j++) {
    const i = at === null ? from + j : at[j];
    const a = actionOf === null ? j : actionOf[j];
    const status = statuses[i];
    const spent = spents[i];
    if (a < 0) {
      // An action no longer in Åtgärder keeps only what was recorded: no goal, budget, end date or shares.
      addToTally(noGoal, status, false, 0, spent, forecastOf(forecasts[i], status, 0, spent));
      continue;
    }
    const budget = budgets[a];
    addShares(sums, shares, a, budget, spent, 0);
    const overdue = isOverdueByKey(endKey[a], status, dateKey);
    addToTally(goal[a] < 0 ? noGoal : tallies[goal[a]], status, overdue, budget, spent, forecastOf(forecasts[i], status, budget, spent));
  }
}
