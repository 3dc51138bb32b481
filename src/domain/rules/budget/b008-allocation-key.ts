/**
 * B008 — an action's split departs from the allocation key (each municipality's share of the Finansiering
 * sum) by more than the tolerance, in percentage points, for some municipality. One finding per action:
 * cell = the action's share cells (e.g. `J5:L5`), `detail.municipalities` names every municipality out of
 * line, expected/actual are the key's and the action's percent for the one furthest off.
 * Skipped for a zero (or unreadable) budget and for an action with an unreadable share.
 */
import { a1Range, parseA1 } from '../../a1';
import type { RawFinding } from '../../finding';
import type { Action } from '../../model';
import { actionIdOf } from '../fields';
import { toOre } from '../../money';
import { EPSILON_PP, percentPoints, round2 } from '../percent';
import type { RuleContext } from '../types';
import { financingSumOre } from './plan-total';
import { defineRule } from '../define';

export function checkAllocationKey({ model, tolerancePp }: RuleContext): RawFinding[] {
  const total = financingSumOre(model);
  if (total === null || total <= 0 || model.financing === null) return [];
  const keyPp = new Map<string, number>();
  for (const m of model.financing) {
    if (m.name.value !== null && m.share.value !== null) keyPp.set(m.name.value, percentPoints(toOre(m.share.value), total));
  }
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    if (a.budget.value === null || toOre(a.budget.value) === 0) continue;
    if (a.shares.some((s) => s.amount.value === null)) continue;
    const budgetOre = toOre(a.budget.value);
    const off: { name: string; key: number; actual: number; diff: number }[] = [];
    for (const s of a.shares) {
      const key = keyPp.get(s.municipality);
      if (key === undefined || s.amount.value === null) continue;
      const actual = percentPoints(toOre(s.amount.value), budgetOre);
      const diff = Math.abs(actual - key);
      if (diff > tolerancePp + EPSILON_PP) off.push({ name: s.municipality, key, actual, diff });
    }
    if (off.length === 0) continue;
    const worst = off.reduce((w, o) => (o.diff > w.diff ? o : w));
    out.push({
      code: 'B008',
      sheet: a.budget.ref.sheet,
      cell: shareCells(a),
      ...actionIdOf(a),
      expected: round2(worst.key),
      actual: round2(worst.actual),
      detail: { municipalities: off.map((o) => o.name).join(', '), municipality: worst.name, tolerance: tolerancePp },
    });
  }
  return out;
}

/** The range over the action's share cells when they lie on one row, else the first share cell. */
function shareCells(a: Action): string {
  const cells = a.shares.map((s) => parseA1(s.amount.ref.cell));
  const first = cells[0];
  if (first === null || first === undefined) return a.budget.ref.cell;
  if (cells.some((c) => c === null || c.row !== first.row)) return a.shares[0].amount.ref.cell;
  const cols = cells.map((c) => (c === null ? first.col : c.col));
  return a1Range(first.row, Math.min(...cols), first.row, Math.max(...cols));
}

export const b008 = defineRule({
  code: 'B008',
  severity: 'warning',
  family: 'budget',
  values: { kind: 'percent' },
  message: {
    sv: (v) =>
      `Fördelningen avviker från fördelningsnyckeln med mer än ${v.num(v.n('tolerance') ?? 0.5)} %-enheter för ${v.d('municipalities') || v.d('municipality') || 'någon kommun'}: ${v.d('municipality') || 'en kommun'} står för ${v.percent(v.f.actual)} mot nyckelns ${v.percent(v.f.expected)}.`,
    en: (v) =>
      `The split departs from the allocation key by more than ${v.num(v.n('tolerance') ?? 0.5)} percentage points for ${v.d('municipalities') || v.d('municipality') || 'a municipality'}: ${v.d('municipality') || 'one'} carries ${v.percent(v.f.actual)} against the key's ${v.percent(v.f.expected)}.`,
  },
  check: checkAllocationKey,
});
