/** P005 — Slut is before Start. Cell: Slut; expected = Start (the earliest valid end), actual = Slut. */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import { defineRule } from '../define';

export function checkEndBeforeStart({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    const start = a.start.value;
    const end = a.end.value;
    // ISO dates compare as strings.
    if (start === null || end === null || !(end < start)) continue;
    out.push({ code: 'P005', sheet: a.end.ref.sheet, cell: a.end.ref.cell, ...actionIdOf(a), expected: start, actual: end });
  }
  return out;
}

export const p005 = defineRule({
  code: 'P005',
  severity: 'error',
  family: 'plan',
  values: { kind: 'text', names: { sv: ['Start', 'Slut'], en: ['Start', 'End'] } },
  message: {
    sv: (v) => `Slut (${v.text(v.f.actual)}) är före Start (${v.text(v.f.expected)}).`,
    en: (v) => `End (${v.text(v.f.actual)}) is before Start (${v.text(v.f.expected)}).`,
  },
  check: checkEndBeforeStart,
});
