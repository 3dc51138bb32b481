/**
 * Per municipality (SPEC §3): budget is the sum of its column in Åtgärder; spent is Σ over actions of
 * Utfall × (the municipality's share of that action / the action's budget). Actions without a positive
 * budget cannot be split pro rata and add nothing to spent.
 */
import { actionForecast } from '../followup/forecast';
import type { PlanModel } from '../model';
import { roundOre } from '../money';
import { amountOf } from './money';
import type { MunicipalityLine } from './types';

export function municipalityNames(model: PlanModel): string[] {
  const fromFinancing = (model.financing ?? [])
    .map((m) => m.name?.value)
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  const names = fromFinancing.length > 0 ? fromFinancing : [...(model.municipalityColumns ?? [])];
  return [...new Set(names)];
}

/**
 * `withForecast` (the workbook has follow-up data, SPEC §7): each line also has its forecast, split like
 * spent (Σ forecast × share / budget), and deviation = budget − forecast.
 */
export function summarizeMunicipalities(model: PlanModel, withForecast = false): MunicipalityLine[] {
  const names = municipalityNames(model);
  const budget = new Map<string, number>(names.map((n) => [n, 0]));
  const spent = new Map<string, number>(names.map((n) => [n, 0]));
  const forecast = new Map<string, number>(names.map((n) => [n, 0]));
  for (const action of model.actions ?? []) {
    const actionBudget = amountOf(action.budget);
    const actionSpent = amountOf(action.spent);
    const actionForecastAmount = withForecast ? actionForecast(action) : 0;
    for (const share of action.shares ?? []) {
      if (!budget.has(share.municipality)) continue;
      const amount = amountOf(share.amount);
      budget.set(share.municipality, (budget.get(share.municipality) ?? 0) + amount);
      if (actionBudget > 0) {
        spent.set(share.municipality, (spent.get(share.municipality) ?? 0) + (actionSpent * amount) / actionBudget);
        if (withForecast) forecast.set(share.municipality, (forecast.get(share.municipality) ?? 0) + (actionForecastAmount * amount) / actionBudget);
      }
    }
  }
  return names.map((name) => {
    const b = roundOre(budget.get(name) ?? 0);
    const s = roundOre(spent.get(name) ?? 0);
    const line = { name, budget: b, spent: s, remaining: roundOre(b - s) };
    if (!withForecast) return line;
    const f = roundOre(forecast.get(name) ?? 0);
    return { ...line, forecast: f, deviation: roundOre(b - f) };
  });
}
