/**
 * The plan as it stood at an earlier follow-up (followup/planThen.ts says what that is: what Uppföljning
 * recorded — Utfall, Prognos, Status — on the actions as Åtgärder has them now), summarised as the summary
 * needs it: spent per municipality then, and each goal's line (and light) then, at the follow-up's date.
 *
 * The same sums and tallies as summarizeMunicipalities and summarizeGoals over planAt's plan (then.test.ts
 * and followup.property.test.ts hold them equal), summed in planSums' one pass over the actions with the
 * plan now, without building the plan then.
 */
import type { PlanModel } from '../model';
import { goalLines } from './byGoal';
import { municipalityLines } from './byMunicipality';
import type { DatedFollowUp, PlanTallies } from './planSums';
import { planSums } from './planSums';
import type { GoalLine, MunicipalityLine } from './types';

export interface SummaryThen {
  /** Per municipality (budget as now; spent then; no forecast). */
  readonly byMunicipality: MunicipalityLine[];
  /** Per goal, with forecasts then, at the follow-up's date. */
  readonly byGoal: GoalLine[];
}

export function summaryThen(model: PlanModel, followUp: DatedFollowUp): SummaryThen {
  return thenLines(planSums(model, followUp.date, false, followUp).since.then);
}

/** The lines of the plan then's sums (planSums). */
export function thenLines(then: PlanTallies): SummaryThen {
  return { byMunicipality: municipalityLines(then.sums, false), byGoal: goalLines(then.tallies, then.noGoal, true) };
}
