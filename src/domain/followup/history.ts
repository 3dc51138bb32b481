/**
 * The follow-up history (SPEC §3, §5 `history`): budget, spent and forecast at each earlier follow-up,
 * oldest first, and the current follow-up last. A follow-up's budget is the budget (as Åtgärder has it
 * now) of the actions it recorded; its spent and forecast are what it recorded, a blank forecast worked
 * out as §7 says.
 */
import type { Action, PlanModel } from '../model';
import { roundOre } from '../money';
import { amountOf } from '../summary/money';
import type { HistoryLine } from '../summary/types';
import { recordedForecast } from './forecast';
import { matchFollowUp } from './matching';
import type { FollowUp } from './periods';
import { earlierFollowUps } from './periods';
import type { FollowUpSums } from './walk';
import { walkedSums } from './walk';

/**
 * The unrounded budget, spent and forecast of a follow-up's matched rows, summed on their own: what
 * walk.ts sums for every follow-up in its one walk.
 */
export function followUpSums(followUp: FollowUp, actions: readonly Action[]): FollowUpSums {
  let budget = 0;
  let spent = 0;
  let forecast = 0;
  const { rows, actionOf } = matchFollowUp(followUp, actions);
  rows.forEach((row, j) => {
    const b = actionOf[j] >= 0 ? amountOf(actions[actionOf[j]].budget) : 0;
    budget += b;
    spent += amountOf(row.spent);
    forecast += recordedForecast(row, b);
  });
  return { budget, spent, forecast };
}

/** Budget, spent and forecast of one earlier follow-up. */
export function followUpTotals(followUp: FollowUp & { readonly date: string }, actions: readonly Action[]): HistoryLine {
  const { budget, spent, forecast } = walkedSums(followUp, actions) ?? followUpSums(followUp, actions);
  return { period: followUp.period, date: followUp.date, budget: roundOre(budget), spent: roundOre(spent), forecast: roundOre(forecast) };
}

/** The earlier follow-ups' lines, then `current`. */
export function followUpHistory(model: PlanModel, reportDate: string, current: HistoryLine): HistoryLine[] {
  const earlier = earlierFollowUps(model, reportDate) as (FollowUp & { date: string })[];
  const actions = model.actions ?? [];
  return [...earlier.map((f) => followUpTotals(f, actions)), current];
}
