/** P006 — unknown status (a blank Status too: `actual` is then absent). Cell: the Status cell. */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import { defineRule } from '../define';
import { q } from '../../messages';

export function checkUnknownStatus({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    const s = a.status;
    if (s.issue !== 'blank' && s.issue !== 'invalid') continue;
    out.push({
      code: 'P006',
      sheet: s.ref.sheet,
      cell: s.ref.cell,
      ...actionIdOf(a),
      ...(s.issue === 'invalid' ? { actual: String(s.raw) } : {}),
    });
  }
  return out;
}

export const p006 = defineRule({
  code: 'P006',
  severity: 'error',
  family: 'plan',
  message: {
    sv: (v) =>
      `${v.f.actual === undefined ? 'Status saknas' : `Okänd status ${q(v.text(v.f.actual), 'sv')}`}. Använd Ej påbörjad, Pågår, Klar, Försenad eller Avbruten.`,
    en: (v) =>
      `${v.f.actual === undefined ? 'Status is empty' : `Unknown status ${q(v.text(v.f.actual), 'en')}`}. Use Ej påbörjad, Pågår, Klar, Försenad or Avbruten (or Not started, In progress, Done, Delayed, Cancelled).`,
  },
  check: checkUnknownStatus,
});
