/**
 * B012 — an action's forecast (Prognos, the expected total cost) is below what it has already spent.
 * Only where the Prognos cell holds an amount; a blank Utfall is 0 spent. Cell: Prognos; expected = spent,
 * actual = forecast. Forecast == spent passes.
 */
import type { RawFinding } from '../../finding';
import { toOre } from '../../money';
import { defineRule } from '../define';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';

export function checkForecastBelowSpent({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    const forecast = a.forecast?.value ?? null;
    if (forecast === null || a.forecast === null) continue;
    if (a.spent.value === null && a.spent.issue !== 'blank') continue; // unreadable Utfall: B001 points there
    const spent = a.spent.value ?? 0;
    if (toOre(forecast) >= toOre(spent)) continue;
    out.push({ code: 'B012', sheet: a.forecast.ref.sheet, cell: a.forecast.ref.cell, ...actionIdOf(a), expected: spent, actual: forecast });
  }
  return out;
}

export const b012 = defineRule({
  code: 'B012',
  severity: 'error',
  family: 'budget',
  values: { kind: 'amount' },
  message: {
    sv: (v) =>
      `Prognosen ${v.amount(v.f.actual)} är lägre än utfallet ${v.amount(v.f.expected)}. Prognosen är åtgärdens väntade totala kostnad och kan inte vara mindre än det som redan förbrukats.`,
    en: (v) =>
      `The forecast of ${v.amount(v.f.actual)} is below the ${v.amount(v.f.expected)} already spent. The forecast is the action's expected total cost and cannot be less than what has been spent.`,
  },
  check: checkForecastBelowSpent,
});
