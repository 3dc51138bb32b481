/**
 * The status summary (SPEC §3) from the plan model: pure, total (bad or missing fields count as 0 or
 * unknown, never throw), amounts rounded to öre, dates ISO.
 */
import type { Action, PlanModel } from '../model';
import { goalLines } from './byGoal';
import { municipalityLines } from './byMunicipality';
import { roundOre } from '../money';
import { daysLateFrom, isOverdueByKey, isoDateKey } from './overdue';
import { isoToSerial } from '../dates';
import { hasFollowUpData } from '../followup/forecast';
import { previousFollowUp } from '../followup/periods';
import type { ActionStates } from './actionFacts';
import { actionStates } from './actionFacts';
import { withFollowUp } from './followUp';
import type { DatedFollowUp } from './planSums';
import { planSums } from './planSums';
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

function summarizeStatuses(states: ActionStates): StatusLine[] {
  const counts = new Map<SummaryStatus, number>([...STATUS_ORDER.map((s): [SummaryStatus, number] => [s, 0]), ['unknown', 0]]);
  for (const s of states.status) {
    const status: SummaryStatus = s ?? 'unknown';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const lines: StatusLine[] = STATUS_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  const unknown = counts.get('unknown') ?? 0;
  if (unknown > 0) lines.push({ status: 'unknown', count: unknown });
  return lines;
}

/** Overdue actions, longest overdue first (then in sheet order). */
function summarizeOverdue(actions: readonly Action[], states: ActionStates, reportDate: string): OverdueLine[] {
  const reportSerial = isoToSerial(reportDate);
  const { endKey, status } = states;
  const dateKey = isoDateKey(reportDate);
  const overdue: Action[] = [];
  for (let i = 0; i < actions.length; i++) if (isOverdueByKey(endKey[i], status[i], dateKey)) overdue.push(actions[i]);
  return overdue
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

/** Σ of `xs` in order (a loop: Float64Array.reduce boxes each partial sum). */
function sum(xs: Float64Array): number {
  let total = 0;
  for (let i = 0; i < xs.length; i++) total += xs[i];
  return total;
}

/**
 * With follow-up data (a Prognos column or an Uppföljning table, SPEC §7) the summary adds forecasts and
 * deviations, the previous follow-up, what changed since and the history (followUp.ts); without it, it
 * is exactly the summary of before.
 */
export function summarize(model: PlanModel, reportDate: string): Summary {
  const actions = model.actions ?? [];
  // Each action's figures read once, for every part below (and the follow-up part).
  const withForecast = hasFollowUpData(model);
  const states = actionStates(actions, withForecast);
  const overdue = summarizeOverdue(actions, states, reportDate);
  const budget = roundOre(sum(states.budget));
  const spent = roundOre(sum(states.spent));
  const totals = {
    budget,
    spent,
    remaining: roundOre(budget - spent),
    percentSpent: budget > 0 ? spent / budget : null,
    actions: actions.length,
    done: states.status.filter((s) => s === 'done').length,
    overdue: overdue.length,
  };
  // The earlier follow-ups all have a date (periods.ts).
  const previous = withForecast ? (previousFollowUp(model, reportDate) as DatedFollowUp | null) : null;
  // Per municipality and goal now, and at the previous follow-up, in one pass.
  const sums = planSums(model, reportDate, withForecast, previous);
  const forecast = roundOre(sums.forecast);
  const summary: Summary = {
    plan: summarizePlan(model, reportDate),
    totals: withForecast ? { ...totals, forecast, deviation: roundOre(budget - forecast) } : totals,
    byMunicipality: municipalityLines(sums.now.sums, withForecast),
    byGoal: goalLines(sums.now.tallies, sums.now.noGoal, withForecast),
    byStatus: summarizeStatuses(states),
    overdue,
  };
  return withForecast ? withFollowUp(model, reportDate, summary, sums.since) : summary;
}
