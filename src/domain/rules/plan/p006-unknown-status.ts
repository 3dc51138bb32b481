/** P006 — unknown status (a blank Status too: `actual` is then absent). Cell: the Status cell. */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';

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
