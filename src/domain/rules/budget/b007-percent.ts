/**
 * B007 — `Andel (%)` differs from share/total by more than 0.05 percentage points.
 * The total is the sum of the Finansiering shares (the allocation key that B008 uses too), so the check
 * holds within Finansiering even when its sum is wrong (that is B006). Cell: the Andel (%) cell;
 * expected/actual in percent, two decimals (58.57).
 */
import type { RawFinding } from '../../finding';
import { fromOre } from '../../money';
import { EPSILON_PP, percentPoints, round2 } from '../percent';
import type { RuleContext } from '../types';
import { financingSumOre } from './plan-total';
import { defineRule } from '../define';

export const PERCENT_TOLERANCE_PP = 0.05;

export function checkPercents({ model }: RuleContext): RawFinding[] {
  const total = financingSumOre(model);
  if (total === null || total <= 0) return [];
  const out: RawFinding[] = [];
  for (const m of model.financing ?? []) {
    const percent = m.percent;
    if (percent === null || percent.value === null || m.share.value === null) continue;
    const expected = percentPoints(m.share.value, fromOre(total));
    const actual = percent.value * 100;
    if (!(Math.abs(actual - expected) > PERCENT_TOLERANCE_PP + EPSILON_PP)) continue;
    out.push({
      code: 'B007',
      sheet: percent.ref.sheet,
      cell: percent.ref.cell,
      expected: round2(expected),
      actual: round2(actual),
      detail: { municipality: m.name.value ?? '' },
    });
  }
  return out;
}

export const b007 = defineRule({
  code: 'B007',
  severity: 'warning',
  family: 'budget',
  values: { kind: 'percent' },
  message: {
    sv: (v) =>
      `Andel (%) för ${v.d('municipality') || 'kommunen'} är ${v.percent(v.f.actual)} men andelen av totalen är ${v.percent(v.f.expected)} (mer än 0,05 %-enheter isär).`,
    en: (v) =>
      `Share % of ${v.d('municipality') || 'the municipality'} is ${v.percent(v.f.actual)} but its share of the total is ${v.percent(v.f.expected)} (more than 0.05 percentage points apart).`,
  },
  check: checkPercents,
});
