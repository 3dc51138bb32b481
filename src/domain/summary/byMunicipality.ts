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
  const index = new Map<string, number>(names.map((n, i) => [n, i]));
  // Sums per municipality in arrays, indexed once per share: no map update per amount.
  const budget = new Float64Array(names.length);
  const spent = new Float64Array(names.length);
  const forecast = new Float64Array(names.length);
  for (const action of model.actions ?? []) {
    const actionBudget = amountOf(action.budget);
    const spentShare = actionBudget > 0 ? amountOf(action.spent) / actionBudget : 0;
    const forecastShare = withForecast && actionBudget > 0 ? actionForecast(action) / actionBudget : 0;
    for (const share of action.shares ?? []) {
      const i = index.get(share.municipality);
      if (i === undefined) continue;
      const amount = amountOf(share.amount);
      budget[i] += amount;
      if (actionBudget > 0) {
        spent[i] += spentShare * amount;
        forecast[i] += forecastShare * amount;
      }
    }
  }
  return names.map((name, i) => {
    const b = roundOre(budget[i]);
    const s = roundOre(spent[i]);
    const line = { name, budget: b, spent: s, remaining: roundOre(b - s) };
    if (!withForecast) return line;
    const f = roundOre(forecast[i]);
    return { ...line, forecast: f, deviation: roundOre(b - f) };
  });
}
