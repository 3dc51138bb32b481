/**
 * The deviations a committee should hear about, with what the controller wrote about each (SPEC §8):
 * every action that is overdue (P007), has status Försenad, or has spent more than its budget (B009),
 * with its Kommentar. An empty Kommentar is a deviation without an explanation (U006): the handout
 * shows it as such.
 */
import type { Action, PlanModel } from '../model';
import { toOre } from '../money';
import { isOverdue } from '../summary/overdue';

export type DeviationReason = 'overdue' | 'delayed' | 'overspent';

export interface DeviationLine {
  readonly id: string;
  readonly action: string;
  readonly responsible: string;
  readonly reasons: readonly DeviationReason[];
  /** The action's Kommentar, trimmed; '' when there is none. */
  readonly comment: string;
}

function reasonsOf(a: Action, reportDate: string): DeviationReason[] {
  const reasons: DeviationReason[] = [];
  if (isOverdue(a, reportDate)) reasons.push('overdue');
  if (a.status.value === 'delayed') reasons.push('delayed');
  const budget = a.budget.value;
  const spent = a.spent.value;
  if (budget !== null && spent !== null && toOre(spent) > toOre(budget)) reasons.push('overspent');
  return reasons;
}

/** The deviations in sheet order. */
export function listDeviations(model: PlanModel, reportDate: string): DeviationLine[] {
  return (model.actions ?? []).flatMap((a) => {
    const reasons = reasonsOf(a, reportDate);
    if (reasons.length === 0) return [];
    return [
      {
        id: a.id.value ?? '',
        action: a.name.value ?? '',
        responsible: a.responsible.value ?? '',
        reasons,
        comment: (a.comment?.value ?? '').trim(),
      },
    ];
  });
}
