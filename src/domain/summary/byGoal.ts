/**
 * Per goal (SPEC §3): the goals of Mål in their order (goals without actions included), then one
 * “(utan mål)” row for actions whose MålID is blank or not in Mål. When Mål is missing altogether,
 * the goals are the MålIDs the actions use, in order of first use. The tallies are added up in
 * planSums.ts, in one pass with the plan at the previous follow-up.
 */
import type { PlanModel, Status } from '../model';
import { goalLight } from './light';
import { roundOre } from '../money';
import { goalKey as key } from './actionFacts';
import type { GoalLine } from './types';

export const NO_GOAL_NAME = '(utan mål)';

export interface Tally {
  id: string | null;
  name: string;
  actions: number;
  done: number;
  overdue: number;
  delayed: number;
  notDone: number;
  budget: number;
  spent: number;
  forecast: number;
}

export function emptyTally(id: string | null, name: string): Tally {
  return { id, name, actions: 0, done: 0, overdue: 0, delayed: 0, notDone: 0, budget: 0, spent: 0, forecast: 0 };
}

export function knownGoals(model: PlanModel): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  if (model.goals !== null && model.goals !== undefined) {
    for (const goal of model.goals) {
      const id = goal.id?.value;
      if (typeof id !== 'string' || id.trim() === '' || tallies.has(key(id))) continue;
      tallies.set(key(id), emptyTally(id, goal.name?.value ?? ''));
    }
  } else {
    for (const action of model.actions ?? []) {
      const id = action.goalId?.value;
      if (typeof id === 'string' && id.trim() !== '' && !tallies.has(key(id))) tallies.set(key(id), emptyTally(id, ''));
    }
  }
  return tallies;
}

/** One action's part of its goal's tally. */
export function addToTally(t: Tally, status: Status | null, overdue: boolean, budget: number, spent: number, forecast: number): void {
  t.actions++;
  if (status === 'done') t.done++;
  else t.notDone++;
  if (status === 'delayed') t.delayed++;
  if (overdue) t.overdue++;
  t.budget += budget;
  t.spent += spent;
  t.forecast += forecast;
}

/**
 * The goal lines of the tallies, the “(utan mål)” one last when it has actions. `withForecast` (the
 * workbook has follow-up data, SPEC §7): each line also has its forecast and deviation, and a forecast
 * above the budget turns the goal red.
 */
export function goalLines(tallies: ReadonlyMap<string, Tally>, noGoal: Tally, withForecast: boolean): GoalLine[] {
  const rows = [...tallies.values()];
  if (noGoal.actions > 0) rows.push(noGoal);
  return rows.map((t) => {
    const budget = roundOre(t.budget);
    const spent = roundOre(t.spent);
    const line = { id: t.id, name: t.name, actions: t.actions, done: t.done, overdue: t.overdue, budget, spent };
    const light = { overdue: t.overdue, budget, spent, delayed: t.delayed, notDone: t.notDone };
    if (!withForecast) return { ...line, light: goalLight(light) };
    const forecast = roundOre(t.forecast);
    return { ...line, forecast, deviation: roundOre(budget - forecast), light: goalLight({ ...light, forecast }) };
  });
}
