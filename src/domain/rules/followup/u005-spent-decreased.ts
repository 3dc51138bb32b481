/**
 * U005 — an action's accumulated Utfall went down from one follow-up to the next, or from the last
 * follow-up to now. Follow-ups in date order (those dated before the report date, as the history);
 * an action missing from a follow-up is compared with the last one that has it. Cell: the later Utfall —
 * the follow-up row's on Uppföljning, or the action's in Åtgärder; expected = the earlier amount,
 * actual = the later; `detail.period` / `detail.periodAfter` (empty for now). A blank Utfall is 0,
 * an unreadable one is skipped (B001).
 */
import type { RawFinding } from '../../finding';
import { actionIndex, matchFollowUp } from '../../followup/matching';
import { earlierFollowUps, idKey } from '../../followup/periods';
import { toOre } from '../../money';
import { q } from '../../messages';
import { defineRule } from '../define';
import { actionIdOf } from '../fields';
import type { RuleContext } from '../types';
import { spentOf } from './rows';

export function checkSpentDecreased({ model, reportDate }: RuleContext): RawFinding[] {
  if (model.followUps === null) return [];
  const out: RawFinding[] = [];
  const actions = model.actions ?? [];
  const index = actionIndex(actions);
  // The last recorded spent: per action (at the first action of its ID key, as the follow-ups are matched),
  // and by ID key for actions no longer in Åtgärder.
  const last: ({ spent: number; period: string } | undefined)[] = new Array<{ spent: number; period: string } | undefined>(actions.length).fill(undefined);
  const lastRemoved = new Map<string, { spent: number; period: string }>();
  let any = false;
  for (const f of earlierFollowUps(model, reportDate)) {
    const { rows, actionOf } = matchFollowUp(f, actions);
    rows.forEach((r, j) => {
      const spent = spentOf(r.spent);
      if (spent === null) return;
      const at = actionOf[j];
      const key = at >= 0 ? '' : idKey(r.id.value ?? '');
      const before = at >= 0 ? last[at] : lastRemoved.get(key);
      if (before !== undefined && toOre(spent) < toOre(before.spent)) {
        out.push({
          code: 'U005',
          sheet: r.spent.ref.sheet,
          cell: r.spent.ref.cell,
          ...(r.id.value !== null ? { actionId: r.id.value } : {}),
          expected: before.spent,
          actual: spent,
          detail: { period: before.period, periodAfter: f.period },
        });
      }
      const now = { spent, period: f.period };
      if (at >= 0) last[at] = now;
      else lastRemoved.set(key, now);
      any = true;
    });
  }
  if (!any) return out;
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i];
    const key = index.keys[i];
    if (key === null) continue;
    const before = last[index.first[i] === 1 ? i : (index.byKey.get(key) ?? i)];
    const spent = spentOf(a.spent);
    if (before === undefined || spent === null || toOre(spent) >= toOre(before.spent)) continue;
    out.push({ code: 'U005', sheet: a.spent.ref.sheet, cell: a.spent.ref.cell, ...actionIdOf(a), expected: before.spent, actual: spent, detail: { period: before.period, periodAfter: '' } });
  }
  return out;
}

export const u005 = defineRule({
  code: 'U005',
  severity: 'warning',
  family: 'followup',
  values: { kind: 'amount' },
  message: {
    sv: (v) =>
      `Utfallet har minskat från ${v.amount(v.f.expected)} (${q(v.d('period'), 'sv')}) till ${v.amount(v.f.actual)} (${v.d('periodAfter') ? q(v.d('periodAfter'), 'sv') : 'nu'}). Utfall är ackumulerat och minskar normalt inte: rätta beloppet, eller förklara en rättelse i Kommentar.`,
    en: (v) =>
      `Spent went down from ${v.amount(v.f.expected)} (${q(v.d('period'), 'en')}) to ${v.amount(v.f.actual)} (${v.d('periodAfter') ? q(v.d('periodAfter'), 'en') : 'now'}). Spent is accumulated and does not normally go down: correct the amount, or explain a correction in Kommentar (Comment).`,
  },
  check: checkSpentDecreased,
});
