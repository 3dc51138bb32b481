/**
 * The plan as it stood at an earlier follow-up (followup/planThen.ts says what that is: what Uppföljning
 * recorded — Utfall, Prognos, Status — on the actions as Åtgärder has them now), summarised as the summary
 * needs it: spent per municipality then, and each goal's line (and light) then, at the follow-up's date.
 *
 * The same sums and tallies as summarizeMunicipalities and summarizeGoals over planAt's plan (then.test.ts
 * holds them equal), in one pass over the recorded rows, without building the plan then.
 */
import { columnForecast } from '../followup/forecast';
import { actionIndex, matchFollowUp } from '../followup/matching';
import type { FollowUp } from '../followup/periods';
import type { PlanModel } from '../model';
import { NO_GOAL_NAME, addToTally, emptyTally, goalLines, knownGoals, tallyOf } from './byGoal';
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
  const { budget: budgets } = actionIndex(actions);
  const sums = municipalitySums(model);
  const tallies = knownGoals(model);
  const noGoal = emptyTally(null, NO_GOAL_NAME);
  for (let j = 0; j < at.length; j++) {
    const i = at[j];
    // An action no longer in Åtgärder keeps only what was recorded: no goal, budget, end date or shares.
    const a = actionOf[j] >= 0 ? actions[actionOf[j]] : undefined;
    const status = columns.status[i];
    const budget = a === undefined ? 0 : budgets[actionOf[j]];
    const spent = columns.spent[i];
    if (a !== undefined) addShares(sums, a.shares, budget, spent, 0);
    const overdue = a !== undefined && isOverdueAt(a.end?.value, status, followUp.date);
    addToTally(tallyOf(tallies, noGoal, a?.goalId?.value), status, overdue, budget, spent, columnForecast(columns, i, budget));
  }
  return { byMunicipality: municipalityLines(sums, false), byGoal: goalLines(tallies, noGoal, true) };
}
