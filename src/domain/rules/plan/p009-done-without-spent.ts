/** P009 — an action is Klar but has no Utfall (blank or zero). Cell: Utfall. */
import type { RawFinding } from '../../finding';
import { actionIdOf } from '../fields';
import { toOre } from '../../money';
import type { RuleContext } from '../types';
import { defineRule } from '../define';

export function checkDoneWithoutSpent({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const a of model.actions ?? []) {
    if (a.status.value !== 'done') continue;
    const spent = a.spent;
    const none = spent.issue === 'blank' || (spent.value !== null && toOre(spent.value) === 0);
    if (none) out.push({ code: 'P009', sheet: spent.ref.sheet, cell: spent.ref.cell, ...actionIdOf(a) });
  }
  return out;
}

export const p009 = defineRule({
  code: 'P009',
  severity: 'warning',
  family: 'plan',
  message: {
    sv: () => `Åtgärden är Klar men saknar Utfall.`,
    en: () => `The action is Done but has no spent amount (Utfall).`,
  },
  check: checkDoneWithoutSpent,
});
