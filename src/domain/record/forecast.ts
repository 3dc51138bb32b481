/** Placeholder until the follow-up domain's effective forecast lands; replaced by an import of it. */
import type { Action } from '../model';

export function effectiveForecast(a: Action): number | null {
  if (a.forecast?.value !== undefined && a.forecast.value !== null) return a.forecast.value;
  const spent = a.spent.value ?? 0;
  if (a.status.value === 'done' || a.status.value === 'cancelled') return spent;
  const budget = a.budget.value;
  return budget === null ? spent : Math.max(budget, spent);
}
