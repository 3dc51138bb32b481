/** P002 — duplicate action ID (each duplicate after the first). Cell: the duplicate's ID cell. */
import type { RawFinding } from '../../finding';
import type { RuleContext } from '../types';
import { normalizeId } from './action-ids';
import { defineRule } from '../define';
import { q } from '../../messages';

export function checkDuplicateIds({ model }: RuleContext): RawFinding[] {
  const firstCell = new Map<string, string>();
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    const id = a.id.value;
    if (id === null) continue;
    const key = normalizeId(id);
    if (key === '') continue;
    const first = firstCell.get(key);
    if (first === undefined) {
      firstCell.set(key, a.id.ref.cell);
      continue;
    }
    out.push({ code: 'P002', sheet: a.id.ref.sheet, cell: a.id.ref.cell, actionId: id, actual: id, detail: { first } });
  }
  return out;
}

export const p002 = defineRule({
  code: 'P002',
  severity: 'error',
  family: 'plan',
  message: {
    sv: (v) => `ID ${q(v.text(v.f.actual) || v.f.actionId || '', 'sv')} finns redan${v.d('first') ? ` (${v.d('first')})` : ''}. Varje åtgärd ska ha ett unikt ID.`,
    en: (v) => `ID ${q(v.text(v.f.actual) || v.f.actionId || '', 'en')} is already used${v.d('first') ? ` (${v.d('first')})` : ''}. Each action needs a unique ID.`,
  },
  check: checkDuplicateIds,
});
