/** P005 — Slut is before Start. Cell: Slut; expected = Start (the earliest valid end), actual = Slut. */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';

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
