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
import { NO_GOAL_NAME, addToTally, emptyTally, goalLines, knownGoals } from './byGoal';
import { addShares, municipalityLines, municipalitySums } from './byMunicipality';
import { isOverdueAt } from './overdue';
import type { GoalLine, MunicipalityLine } from './types';

export interface SummaryThen {
  /** Per municipality (budget as now; spent then; no forecast). */
  readonly byMunicipality: MunicipalityLine[];
  /** Per goal, with forecasts then, at the follow-up's date. */
  readonly byGoal: GoalLine[];
}

export function summaryThen(model: PlanModel, followUp: FollowUp & { readonly date: string }): SummaryThen {
  const actions = model.actions ?? [];
  const { actionOf, at, columns } = matchFollowUp(followUp, actions);
  const sums = municipalitySums(model);
  const shares = shareSlots(model, sums.names);
  const tallies = knownGoals(model);
  const list = [...tallies.values()];
  const { goal } = goalSlots(model, [...tallies.keys()]);
  const { end, budget: budgets } = followUpStates(actions);
  const noGoal = emptyTally(null, NO_GOAL_NAME);
  for (let j = 0; j < at.length; j++) {
    const i = at[j];
    const a = actionOf[j];
    const status = columns.status[i];
    const spent = columns.spent[i];
    if (a < 0) {
      // An action no longer in Åtgärder keeps only what was recorded: no goal, budget, end date or shares.
      addToTally(noGoal, status, false, 0, spent, columnForecast(columns, i, 0));
      continue;
    }
    const budget = budgets[a];
    addShares(sums, shares, a, budget, spent, 0);
    addToTally(goal[a] < 0 ? noGoal : list[goal[a]], status, isOverdueAt(end[a], status, followUp.date), budget, spent, columnForecast(columns, i, budget));
  }
  return { byMunicipality: municipalityLines(sums, false), byGoal: goalLines(tallies, noGoal, true) };
}
