/**
 * The deviations a committee should hear about, with what the controller wrote about each (SPEC §8):
 * U006's list — every action that is overdue (P007), has status Försenad, or is over budget in spent
 * (B009) or forecast (B011) — each with its Kommentar. An empty Kommentar is a deviation without an
 * explanation (U006's warning): the handout says so.
 */
import type { PlanModel } from '../model';
import type { Deviation } from '../rules/followup/u006-unexplained-deviation';
import { deviationsOf } from '../rules/followup/u006-unexplained-deviation';

export type DeviationReason = Deviation;

export interface DeviationLine {
  readonly id: string;
  readonly action: string;
  readonly responsible: string;
  readonly reasons: readonly DeviationReason[];
  /** The action's Kommentar, trimmed; '' when there is none. */
  readonly comment: string;
}

/** The deviations in sheet order. */
export function listDeviations(model: PlanModel, reportDate: string): DeviationLine[] {
  return (model.actions ?? []).flatMap((a) => {
    const reasons = deviationsOf(a, reportDate);
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
