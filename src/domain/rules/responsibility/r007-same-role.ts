/** R007 — the same role is both Ansvarig and Beslutsfattare (no independent approval). Cell: Beslutsfattare. */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import { normalizeRole } from './role-names';
import { defineRule } from '../define';

export function checkSameRole({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  const normalized = new Map<string, string>();
  const norm = (text: string): string => {
    let n = normalized.get(text);
    if (n === undefined) {
      n = normalizeRole(text);
      normalized.set(text, n);
    }
    return n;
  };
  for (const a of model.actions ?? []) {
    const r = a.responsible.value;
    const d = a.decisionMaker.value;
    if (r === null || d === null) continue;
    const key = norm(r);
    if (key === '' || key !== norm(d)) continue;
    out.push({ code: 'R007', sheet: a.decisionMaker.ref.sheet, cell: a.decisionMaker.ref.cell, ...actionIdOf(a), actual: d, detail: { role: d } });
  }
  return out;
}

export const r007 = defineRule({
  code: 'R007',
  severity: 'warning',
  family: 'responsibility',
  message: {
    sv: (v) => `Samma roll (${v.d('role') || v.text(v.f.actual)}) är både Ansvarig och Beslutsfattare: ingen oberoende prövning.`,
    en: (v) => `The same role (${v.d('role') || v.text(v.f.actual)}) is both Responsible and Decision maker: no independent approval.`,
  },
  check: checkSameRole,
});
