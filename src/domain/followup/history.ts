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
import { effectiveForecast } from './forecast';
import type { FollowUp } from './periods';
import { earlierFollowUps, rowsByAction } from './periods';
import { actionsByKey } from './planThen';

/** Budget, spent and forecast of one earlier follow-up. */
export function followUpTotals(followUp: FollowUp & { readonly date: string }, nowByKey: Map<string, Action>): HistoryLine {
  let budget = 0;
  let spent = 0;
  let forecast = 0;
  // forEach, not for…of: no entry array per row.
  rowsByAction(followUp).forEach((row, key) => {
    const b = amountOf(nowByKey.get(key)?.budget);
    const s = amountOf(row.spent);
    const f = row.forecast?.value;
    budget += b;
    spent += s;
    forecast += effectiveForecast({
      budget: b,
      spent: s,
      status: row.status?.value ?? null,
      forecast: typeof f === 'number' && Number.isFinite(f) ? f : null,
    });
  });
  return { period: followUp.period, date: followUp.date, budget: roundOre(budget), spent: roundOre(spent), forecast: roundOre(forecast) };
}

/** The earlier follow-ups' lines, then `current`. */
export function followUpHistory(model: PlanModel, reportDate: string, current: HistoryLine, nowByKey: Map<string, Action> = actionsByKey(model)): HistoryLine[] {
  const earlier = earlierFollowUps(model, reportDate) as (FollowUp & { date: string })[];
  return [...earlier.map((f) => followUpTotals(f, nowByKey)), current];
}
