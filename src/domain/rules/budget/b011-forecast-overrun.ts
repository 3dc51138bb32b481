/**
 * B011 — an action's forecast (Prognos) exceeds its budget: a forecast overrun. Only where Åtgärder has a
 * Prognos column and the cell holds an amount (a blank forecast is worked out, never above what B009 says).
 * Cell: Prognos; expected = budget, actual = forecast. Forecast == budget passes.
 */
import type { RawFinding } from '../../finding';
import { toOre } from '../../money';
import { defineRule } from '../define';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';

export function checkForecastOverrun({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    const forecast = a.forecast?.value ?? null;
    if (forecast === null || a.forecast === null || a.budget.value === null) continue;
    if (toOre(forecast) <= toOre(a.budget.value)) continue;
    out.push({ code: 'B011', sheet: a.forecast.ref.sheet, cell: a.forecast.ref.cell, ...actionIdOf(a), expected: a.budget.value, actual: forecast });
  }
  return out;
}

export const b011 = defineRule({
  code: 'B011',
  severity: 'warning',
  family: 'budget',
  values: { kind: 'amount' },
  message: {
    sv: (v) =>
      `Prognosen ${v.amount(v.f.actual)} överstiger budgeten ${v.amount(v.f.expected)}${v.diff() !== null ? ` med ${v.diff()}` : ''}: ett befarat budgetöverskridande. Förklara den i Kommentar.`,
    en: (v) =>
      `The forecast of ${v.amount(v.f.actual)} exceeds the budget of ${v.amount(v.f.expected)}${v.diff() !== null ? ` by ${v.diff()}` : ''}: an expected overrun. Explain it in Kommentar (Comment).`,
  },
  check: checkForecastOverrun,
});
