/**
 * The plan as it stood at an earlier follow-up (followup/planThen.ts says what that is: what Uppföljning
 * recorded — Utfall, Prognos, Status — on the actions as Åtgärder has them now), summarised as the summary
 * needs it: spent per municipality then, and each goal's line (and light) then, at the follow-up's date.
 *
 * The same sums and tallies as summarizeMunicipalities and summarizeGoals over planAt's plan (then.test.ts
 * holds them equal), in one pass over the recorded rows, without building the plan then.
 */
import { columnForecast } from '../followup/forecast';
import { matchFollowUp } from '../followup/matching';
import type { FollowUp } from '../followup/periods';
import type { PlanModel } from '../model';
import { followUpStates, goalSlots, shareSlots } from './actionFacts';
import type { Tally } from './byGoal';
import { NO_GOAL_NAME, addToTally, emptyTally, goalLines, knownGoals } from './byGoal';
import type { MunicipalitySums } from './byMunicipality';
import { addShares, municipalityLines, municipalitySums } from './byMunicipality';
import { hasIsoShape, isOverdueAtIso } from './overdue';
import type { GoalLine, MunicipalityLine } from './types';

export interface SummaryThen {
  /** Per municipality (budget as now; spent then; no forecast). */
  readonly byMunicipality: MunicipalityLine[];
  /** Per goal, with forecasts then, at the follow-up's date. */
  readonly byGoal: GoalLine[];
}

export function summaryThen(model: PlanModel, followUp: FollowUp & { readonly date: string }): SummaryThen {
  const sums = municipalitySums(model);
  const tallies = knownGoals(model);
  const noGoal = emptyTally(null, NO_GOAL_NAME);
  addRecorded(model, followUp, sums, tallies, noGoal);
  return { byMunicipality: municipalityLines(sums, false), byGoal: goalLines(tallies, noGoal, true) };
}

/**
 * Each recorded row's figures added to its municipalities and its goal (a loop alone in its function:
 * its optimised code meets no unseen code after it).
 */
function addRecorded(model: PlanModel, followUp: FollowUp & { readonly date: string }, sums: MunicipalitySums, tallies: Map<string, Tally>, noGoal: Tally): void {
  const actions = model.actions ?? [];
  const match = matchFollowUp(followUp, actions);
  const { columns, inOrder } = match;
  // In Åtgärder's order, entry j is inOrder.from + j, for action j (the arrays are not made).
  const at = inOrder === null ? match.at : null;
  const actionOf = inOrder === null ? match.actionOf : null;
  const from = inOrder === null ? 0 : inOrder.from;
  const count = inOrder === null ? match.at.length : inOrder.count;
  const shares = shareSlots(model, sums.names);
  const list = [...tallies.values()];
  const { goal } = goalSlots(model, [...tallies.keys()]);
  const { end, budget: budgets } = followUpStates(actions);
  const { status: statuses, spent: spents } = columns;
  const date = followUp.date;
  const isoDate = hasIsoShape(date);
  for (let j = 0; j < count; j++) {
    const i = at === null ? from + j : at[j];
    const a = actionOf === null ? j : actionOf[j];
    const status = statuses[i];
    const spent = spents[i];
    if (a < 0) {
      // An action no longer in Åtgärder keeps only what was recorded: no goal, budget, end date or shares.
      addToTally(noGoal, status, false, 0, spent, columnForecast(columns, i, 0));
      continue;
    }
    const budget = budgets[a];
    addShares(sums, shares, a, budget, spent, 0);
    addToTally(goal[a] < 0 ? noGoal : list[goal[a]], status, isoDate && isOverdueAtIso(end[a], status, date), budget, spent, columnForecast(columns, i, budget));
  }
}
