/**
 * A goal's traffic light (SPEC §3): red if any action is overdue or spent > budget (or, with follow-up
 * data, forecast > budget); else amber if any action is Försenad, or spent ≥ 90 % of budget while some
 * action is not Klar; else green.
 */
import type { Light } from './types';

export interface LightInput {
  readonly overdue: number;
  readonly budget: number;
  readonly spent: number;
  readonly delayed: number;
  /** Actions whose status is not Klar (blank/unknown statuses included). */
  readonly notDone: number;
  /** The goal's forecast, with follow-up data (SPEC §7): above the budget, the goal is red. */
  readonly forecast?: number;
}

/** red < amber < green: how good a light is, for the trend. */
export const LIGHT_RANK: Readonly<Record<Light, number>> = { red: 0, amber: 1, green: 2 };

/** Share of the budget at which a goal with unfinished actions turns amber. */
export const AMBER_SPENT_SHARE = 0.9;

export function goalLight(g: LightInput): Light {
  if (g.overdue > 0 || g.spent > g.budget) return 'red';
  if (g.forecast !== undefined && g.forecast > g.budget) return 'red';
  // A goal with no budget has nothing to burn through: 0 ≥ 90 % of 0 must not turn it amber.
  const nearlySpent = g.budget > 0 && g.spent >= AMBER_SPENT_SHARE * g.budget;
  if (g.delayed > 0 || (nearlySpent && g.notDone > 0)) return 'amber';
  return 'green';
}
