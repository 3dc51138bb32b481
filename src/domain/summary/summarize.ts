/**
 * The status summary (SPEC §3) from the plan model: pure, total (bad or missing fields count as 0 or
 * unknown, never throw), amounts rounded to öre, dates ISO.
 */
import type { PlanModel } from '../model';
import { summarizeGoals } from './byGoal';
import { summarizeMunicipalities } from './byMunicipality';
import { roundOre } from '../money';
import { amountOf } from './money';
import { daysLateFrom, isOverdue } from './overdue';
import { isoToSerial } from '../dates';
import { hasFollowUpData } from '../followup/forecast';
import { actionStates } from './actionFacts';
import { withFollowUp } from './followUp';
import type { OverdueLine, StatusLine, Summary, SummaryPlan, SummaryStatus } from './types';
import { STATUS_ORDER } from './types';

function summarizePlan(model: PlanModel, reportDate: string): SummaryPlan {
  const info = model.info;
  const decisionDate = info?.decisionDate?.value;
  const decidedBy = info?.decidedBy?.value;
  const totalBudget = info?.totalBudget?.value;
  return {
    name: info?.name?.value ?? '',
    reportDate,
    ...(typeof decisionDate === 'string' ? { decisionDate } : {}),
    ...(typeof decidedBy === 'string' ? { decidedBy } : {}),
    ...(typeof totalBudget === 'number' && Number.isFinite(totalBudget) ? { totalBudget: roundOre(totalBudget) } : {}),
  };
}

function summarizeStatuses(model: PlanModel): StatusLine[] {
  const counts = new Map<SummaryStatus, number>([...STATUS_ORDER.map((s): [SummaryStatus, number] => [s, 0]), ['unknown', 0]]);
  for (const action of model.actions ?? []) {
    const status: SummaryStatus = action.status?.value ?? 'unknown';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const lines: StatusLine[] = STATUS_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  const unknown = counts.get('unknown') ?? 0;
  if (unknown > 0) lines.push({ status: 'unknown', count: unknown });
  return lines;
}

/** Overdue actions, longest overdue first (then in sheet order). */
function summarizeOverdue(model: PlanModel, reportDate: string): OverdueLine[] {
  const reportSerial = isoToSerial(reportDate);
  return (model.actions ?? [])
    .filter((a) => isOverdue(a, reportDate))
    .map((a) => ({
      line: {
        id: a.id?.value ?? '',
        action: a.name?.value ?? '',
        responsible: a.responsible?.value ?? '',
        end: a.end.value ?? '',
        daysLate: daysLateFrom(a, reportSerial),
      },
      row: a.row,
    }))
    .sort((x, y) => y.line.daysLate - x.line.daysLate || x.row - y.row)
    .map((x) => x.line);
}

/**
 * With follow-up data (a Prognos column or an Uppföljning table, SPEC §7) the summary adds forecasts and
 * deviations, the previous follow-up, what changed since and the history (followUp.ts); without it, it
 * is exactly the summary of before.
 */
export function summarize(model: PlanModel, reportDate: string): Summary {
  const actions = model.actions ?? [];
  const overdue = summarizeOverdue(model, reportDate);
  const withForecast = hasFollowUpData(model);
  const budget = roundOre(actions.reduce((sum, a) => sum + amountOf(a.budget), 0));
  const spent = roundOre(actions.reduce((sum, a) => sum + amountOf(a.spent), 0));
  const totals = {
    budget,
    spent,
    remaining: roundOre(budget - spent),
    percentSpent: budget > 0 ? spent / budget : null,
    actions: actions.length,
    done: actions.filter((a) => a.status?.value === 'done').length,
    overdue: overdue.length,
  };
  const forecast = withForecast ? roundOre(actionStates(actions).forecast.reduce((sum, f) => sum + f, 0)) : 0;
  const summary: Summary = {
    plan: summarizePlan(model, reportDate),
    totals: withForecast ? { ...totals, forecast, deviation: roundOre(budget - forecast) } : totals,
    byMunicipality: summarizeMunicipalities(model, withForecast),
    byGoal: summarizeGoals(model, reportDate, withForecast),
    byStatus: summarizeStatuses(model),
    overdue,
  };
  return withForecast ? withFollowUp(model, reportDate, summary) : summary;
}
