/**
 * B001 — an amount is missing or not a number.
 * Blank is allowed for Utfall (nothing spent yet; P009 covers Klar without Utfall), the Plan's tolerance
 * (default 0.5) and Andel (%); a Beslutsrätt that is neither blank, `obegränsad` nor a number is B001 too.
 * Excel errors are S007, not B001.
 */
import type { RawFinding } from '../../finding';
import { forEachAmount, withActionId } from '../fields';
import type { RuleContext } from '../types';
import { defineRule } from '../define';
import { q } from '../../messages';

export function checkMissingAmounts({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  forEachAmount(model, (field, label, blankAllowed, actionId) => {
    const missing = field.issue === 'blank' && !blankAllowed;
    if (!missing && field.issue !== 'invalid') return;
    out.push({
      code: 'B001',
      sheet: field.ref.sheet,
      cell: field.ref.cell,
      ...withActionId(actionId),
      ...(field.issue === 'invalid' ? { actual: rawText(field.raw) } : {}),
      detail: { field: label, problem: field.issue === 'invalid' ? 'invalid' : 'blank' },
    });
  });
  for (const r of model.roles ?? []) {
    if (r.limit.issue !== 'invalid') continue;
    out.push({
      code: 'B001',
      sheet: r.limit.ref.sheet,
      cell: r.limit.ref.cell,
      actual: rawText(r.limit.raw),
      detail: { field: 'Beslutsrätt', problem: 'invalid', ...(r.role.value !== null ? { role: r.role.value } : {}) },
    });
  }
  return out;
}

function rawText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
}

export const b001 = defineRule({
  code: 'B001',
  severity: 'error',
  family: 'budget',
  message: {
    sv: (v) =>
      v.d('problem') === 'invalid'
        ? `${v.label('field', 'Beloppet')}${v.d('role') ? ` för ${v.d('role')}` : ''} är inte ett belopp: ${q(v.text(v.f.actual), 'sv')}.`
        : `${v.label('field', 'Beloppet')} saknas.`,
    en: (v) =>
      v.d('problem') === 'invalid'
        ? `${v.label('field', 'The amount')}${v.d('role') ? ` of ${v.d('role')}` : ''} is not an amount: ${q(v.text(v.f.actual), 'en')}.`
        : `${v.label('field', 'The amount')} is missing.`,
  },
  check: checkMissingAmounts,
});
