/**
 * The summary's follow-up part (SPEC §3, §5, §7), added to the summary of the plan as it is now when the
 * workbook has follow-up data: the previous follow-up, what changed since, each goal's trend and the history.
 *
 * The plan as it stood at the previous follow-up (followup/planThen.ts) is summarised with the same sums
 * and tallies as now (then.ts; summed in one pass with the plan now, planSums.ts), at the previous follow-up's date: spending per municipality then, and each
 * goal's light then.
 * - A goal's trend compares its light then and now (red < amber < green); it is null when the goal had no
 *   action at the previous follow-up (it cannot have got better or worse), and for every goal when there
 *   is no previous follow-up.
 * - The municipality change is spent now − spent then, to the öre.
 */
import type { PlanModel } from '../model';
import { roundOre } from '../money';
import { followUpHistory } from '../followup/history';
import { actionIndex } from '../followup/matching';
import { currentPeriod, idKey } from '../followup/periods';
import type { ActionChanges } from '../followup/sinceLast';
import { goalKey } from './actionFacts';
import { LIGHT_RANK } from './light';
import type { SinceSums } from './planSums';
import { thenLines } from './then';
import type { ActionChangeLine, GoalLine, GoalTrendLine, Light, SincePrevious, Summary, Trend } from './types';

function trendOf(before: Light, now: Light): Trend {
  const d = LIGHT_RANK[now] - LIGHT_RANK[before];
  return d > 0 ? 'better' : d < 0 ? 'worse' : 'same';
}

/** A goal line's MålID as goals are told apart; a goal line without one matches only another without. */
const lineKey = (id: string | null): string => (id === null ? '\u0000' : goalKey(id));

function goalTrends(now: readonly GoalLine[], then: readonly GoalLine[]): GoalTrendLine[] {
  const before = new Map(then.filter((g) => g.actions > 0).map((g) => [lineKey(g.id), g.light] as const));
  return now.map((g) => {
    const b = before.get(lineKey(g.id)) ?? null;
    return { id: g.id, name: g.name, before: b, now: g.light, trend: b === null ? null : trendOf(b, g.light) };
  });
}

function changeLines(model: PlanModel, changes: ActionChanges): ActionChangeLine[] {
  const actions = model.actions ?? [];
  const { byKey } = actionIndex(actions);
  // The listed IDs are those of actions in Åtgärder (the first with their key): look up only those.
  const name = (id: string): string => {
    const at = byKey.get(idKey(id));
    return at === undefined ? '' : (actions[at].name.value ?? '');
  };
  return [
    ...changes.statusChanges.map((c): ActionChangeLine => ({ kind: 'status', id: c.id, action: c.action, from: c.from, to: c.to })),
    ...changes.newlyOverdue.map((id): ActionChangeLine => ({ kind: 'newlyOverdue', id, action: name(id) })),
    ...changes.added.map((id): ActionChangeLine => ({ kind: 'added', id, action: name(id) })),
    ...changes.removed.map((id): ActionChangeLine => ({ kind: 'removed', id, action: '' })),
  ];
}

function sinceLines(model: PlanModel, base: Summary, sums: SinceSums): { since: SincePrevious; goals: GoalTrendLine[] } {
  const then = thenLines(sums.then);
  const spentThen = new Map(then.byMunicipality.map((m) => [m.name, m.spent] as const));
  const goals = goalTrends(base.byGoal, then.byGoal);
  const { changes } = sums;
  return {
    since: {
      byMunicipality: base.byMunicipality.map((m) => {
        const spentBefore = spentThen.get(m.name) ?? 0;
        return { name: m.name, spentBefore, spent: m.spent, change: roundOre(m.spent - spentBefore) };
      }),
      statusChanges: changes.statusChanges,
      newlyOverdue: changes.newlyOverdue,
      added: changes.added,
      removed: changes.removed,
      goals,
      changes: changeLines(model, changes),
    },
    goals,
  };
}

/**
 * `base` (the summary of the plan now, with forecasts) with the previous follow-up, what changed since,
 * the trends and the history. `since` is planSums': the previous follow-up, the plan then and what
 * changed, or null when there is no previous follow-up.
 */
export function withFollowUp(model: PlanModel, reportDate: string, base: Summary, since: SinceSums | null): Summary {
  const t = base.totals;
  const history = followUpHistory(
    model,
    reportDate,
    { period: currentPeriod(model, reportDate), date: reportDate, budget: t.budget, spent: t.spent, forecast: t.forecast ?? 0 },
  );
  if (since === null) {
    return { ...base, byGoal: base.byGoal.map((g) => ({ ...g, trend: null })), previous: null, sincePrevious: null, history };
  }
  const { previous } = since;
  const lines = sinceLines(model, base, since);
  return {
    ...base,
    byGoal: base.byGoal.map((g, i) => ({ ...g, trend: lines.goals[i].trend })),
    previous: { period: previous.period, date: previous.date },
    sincePrevious: lines.since,
    history,
  };
}
