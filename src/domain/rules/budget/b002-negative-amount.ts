/** B002 — a negative amount (any amount the rules read, a Beslutsrätt included). */
import type { RawFinding } from '../../finding';
import { forEachAmount, withActionId } from '../fields';
import type { RuleContext } from '../types';
import { defineRule } from '../define';

export function checkNegativeAmounts({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  forEachAmount(model, (field, label, _blankAllowed, actionId) => {
    if (field.value === null || !(field.value < 0)) return;
    out.push({ code: 'B002', sheet: field.ref.sheet, cell: field.ref.cell, ...withActionId(actionId), actual: field.value, detail: { field: label } });
  });
  for (const r of model.roles ?? []) {
    const limit = r.limit.value;
    if (limit === null || limit.kind !== 'amount' || !(limit.amount < 0)) continue;
    out.push({ code: 'B002', sheet: r.limit.ref.sheet, cell: r.limit.ref.cell, actual: limit.amount, detail: { field: 'Beslutsrätt' } });
  }
  return out;
}

export const b002 = defineRule({
  code: 'B002',
  severity: 'error',
  family: 'budget',
  values: { kind: 'amount' },
  message: {
    sv: (v) => `${v.label('field', 'Beloppet')} är negativt: ${v.fieldValue(v.f.actual)}.`,
    en: (v) => `${v.label('field', 'The amount')} is negative: ${v.fieldValue(v.f.actual)}.`,
  },
  check: checkNegativeAmounts,
});
