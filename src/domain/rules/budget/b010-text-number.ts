/** B010 — an amount stored as text that reads as a number (`"2 290 000 kr"`); the number is still used. */
import type { RawFinding } from '../../finding';
import type { Ref } from '../../model';
import type { CellValue } from '../../snapshot';
import { forEachAmount } from '../fields';
import type { RuleContext } from '../types';
import { defineRule } from '../define';
import { q } from '../../messages';

function textNumber(ref: Ref, value: number | null, raw: CellValue, label: string, actionId?: string): RawFinding {
  return {
    code: 'B010',
    sheet: ref.sheet,
    cell: ref.cell,
    ...(actionId !== undefined ? { actionId } : {}),
    ...(value !== null ? { expected: value } : {}),
    actual: String(raw),
    detail: { field: label },
  };
}

export function checkTextNumbers({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  forEachAmount(model, (field, label, _blankAllowed, actionId) => {
    if (field.issue === 'textNumber') out.push(textNumber(field.ref, field.value, field.raw, label, actionId));
  });
  for (const r of model.roles ?? []) {
    if (r.limit.issue !== 'textNumber') continue;
    const amount = r.limit.value !== null && r.limit.value.kind === 'amount' ? r.limit.value.amount : null;
    out.push(textNumber(r.limit.ref, amount, r.limit.raw, 'Beslutsrätt'));
  }
  return out;
}

export const b010 = defineRule({
  code: 'B010',
  severity: 'warning',
  family: 'budget',
  values: { kind: 'amount' },
  message: {
    sv: (v) =>
      `${v.d('field') ? `Värdet i ${v.label()}` : 'Beloppet'} är inskrivet som text (${q(v.text(v.f.actual), 'sv')})${typeof v.f.expected === 'number' ? ` och läses som ${v.fieldValue(v.f.expected)}` : ''}. Skriv in det som ett tal.`,
    en: (v) =>
      `${v.label('field', 'The amount')} is stored as text (${q(v.text(v.f.actual), 'en')})${typeof v.f.expected === 'number' ? ` and is read as ${v.fieldValue(v.f.expected)}` : ''}. Enter it as a number.`,
  },
  check: checkTextNumbers,
});
