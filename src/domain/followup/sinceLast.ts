/**
 * What changed since the previous follow-up (SPEC §3, §5 `sincePrevious`), action by action: status
 * changes, actions overdue now that were not then, and actions added to or removed from Åtgärder since.
 * (Spending per municipality and the goal trends come from the summary of the plan then, summarize.ts.)
 *
 * - Actions are matched by ID as P002 compares them; actions without an ID cannot be matched and are
 *   left out of these lists.
 * - A status change is a different status now than recorded then, an unreadable one counting as
 *   `unknown`; an action added since has no status then and is listed as added, not as changed.
 * - Newly overdue: overdue at the report date (P007) and not overdue at the previous follow-up's date
 *   with its status then (an action added since that is overdue now is newly overdue too).
 * - Lists are in Åtgärder's order; removed actions in the order the previous follow-up recorded them.
 */
import type { PlanModel } from '../model';
import { planSums } from '../summary/planSums';
import type { SummaryStatus } from '../summary/types';
import type { FollowUp } from './periods';

export interface StatusChange {
  readonly id: string;
  readonly action: string;
  readonly from: SummaryStatus;
  readonly to: SummaryStatus;
}

export interface ActionChanges {
  readonly statusChanges: readonly StatusChange[];
  readonly newlyOverdue: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export function actionChanges(model: PlanModel, reportDate: string, previous: FollowUp & { readonly date: string }): ActionChanges {
  // Found in the summary's one pass over the actions, with the plan now and then.
  return planSums(model, reportDate, false, previous).since.changes;
}
