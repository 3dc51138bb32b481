/**
 * B005 — a municipality's column in Åtgärder does not sum to its share in Finansiering.
 * Cell: the column's data range; expected = the Finansiering share, actual = the column's sum.
 * Skipped for a municipality without a column (S005) or with an unreadable share or column cell.
 */
import type { RawFinding } from '../../finding';
import { fromOre, toOre } from '../../money';
import type { RuleContext } from '../types';
import { defineRule } from '../define';

export function checkColumnSums({ model }: RuleContext): RawFinding[] {
  const { financing, actions } = model;
  const location = model.locations.actions;
  if (financing === null || actions === null || location === null) return [];
  // One pass over the actions: Σ per municipality, null once a cell is unreadable.
  const sums = new Map<string, number | null>();
  for (const name of model.municipalityColumns) sums.set(name, 0);
  for (const a of actions) {
    for (const s of a.shares) {
      const acc = sums.get(s.municipality);
      if (acc === undefined || acc === null) continue;
      sums.set(s.municipality, s.amount.value === null ? null : acc + toOre(s.amount.value));
    }
  }
  const out: RawFinding[] = [];
  for (const m of financing) {
    const name = m.name.value;
    if (name === null || m.share.value === null) continue;
    const sum = sums.get(name);
    if (sum === undefined || sum === null || sum === toOre(m.share.value)) continue;
    out.push({
      code: 'B005',
      sheet: location.sheet,
      cell: location.columnRange(name),
      expected: m.share.value,
      actual: fromOre(sum),
      detail: { municipality: name },
    });
  }
  return out;
}

export const b005 = defineRule({
  code: 'B005',
  severity: 'error',
  family: 'budget',
  values: { kind: 'amount' },
  message: {
    sv: (v) =>
      `Kolumnen ${v.d('municipality') || '?'} summerar till ${v.amount(v.f.actual)} men kommunens andel i Finansiering är ${v.amount(v.f.expected)}${v.diff() ? ` (skillnad ${v.diff()})` : ''}.`,
    en: (v) =>
      `Column ${v.d('municipality') || '?'} sums to ${v.amount(v.f.actual)} but the municipality's share in Finansiering is ${v.amount(v.f.expected)}${v.diff() ? ` (difference ${v.diff()})` : ''}.`,
  },
  check: checkColumnSums,
});
