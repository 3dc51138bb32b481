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
import type { Action, PlanModel, Status } from '../model';
import { followUpStates } from '../summary/actionFacts';
import { isOverdueByKey, isoDateKey } from '../summary/overdue';
import type { SummaryStatus } from '../summary/types';
import type { FollowUpMatch } from './matching';
import { actionIndex, matchFollowUp } from './matching';
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
  const actions = model.actions ?? [];
  const match = matchFollowUp(previous, actions);
  const { inOrder } = match;
  const { first, ids } = actionIndex(actions);
  const { endKey, status } = followUpStates(actions);
  const now: ActionsNow = { actions, first, ids, endKey, status };
  const then: RecordedThen = {
    statuses: match.columns.status,
    // In Åtgärder's order, action i's row is inOrder.from + i for the first inOrder.count (rowAtOf is not made).
    rowAtOf: inOrder === null ? match.rowAtOf : null,
    from: inOrder === null ? 0 : inOrder.from,
    count: inOrder === null ? 0 : inOrder.count,
  };
  const out = { statusChanges: [] as StatusChange[], newlyOverdue: [] as string[], added: [] as string[], removed: [] as string[] };
  compareActions(now, then, isoDateKey(reportDate), isoDateKey(previous.date), out);
  listRemoved(match, out.removed);
  return out;
}

/** The actions now, as compareActions reads them. */
interface ActionsNow {
  readonly actions: readonly Action[];
  readonly first: Uint8Array;
  readonly ids: readonly (string | null)[];
  /** Slut as isoDateKey has it. */
  readonly endKey: Int32Array;
  readonly status: readonly (Status | null)[];
}

/** The previous follow-up's statuses and each action's entry in them (rowAtOf, or in order: from + i for i < count). */
interface RecordedThen {
  readonly statuses: readonly (Status | null)[];
  readonly rowAtOf: Int32Array | null;
  readonly from: number;
  readonly count: number;
}

/**
 * The status changes, newly overdue and added actions, in Åtgärder's order: a loop alone in its function,
 * given everything it reads (its optimised code meets no unseen code after it, and inlines no lookups).
 * The report date and the previous follow-up's are given as isoDateKey has them (Overdue at the
 * follow-up's date is with the status then, as P007; the end date as Åtgärder has it now).
 */
function compareActions(
  now: ActionsNow,
  then: RecordedThen,
  reportKey: number,
  dateThenKey: number,
  { statusChanges, newlyOverdue, added }: { statusChanges: StatusChange[]; newlyOverdue: string[]; added: string[] },
): void {
  const { actions, first, ids, endKey, status } = now;
  const { statuses, rowAtOf, from: start, count } = then;
  for (let i = 0; i < actions.length; i++) {
    // Actions without an ID, and later ones with an earlier one's ID, cannot be matched.
    if (first[i] !== 1) continue;
    const id = ids[i] as string;
    const at = rowAtOf !== null ? rowAtOf[i] : i < count ? start + i : -1;
    const overdueNow = isOverdueByKey(endKey[i], status[i], reportKey);
    if (at < 0) {
      added.push(id);
      if (overdueNow) newlyOverdue.push(id);
      continue;
    }
    const statusThen = statuses[at];
    const from: SummaryStatus = statusThen ?? 'unknown';
    const to: SummaryStatus = status[i] ?? 'unknown';
    if (from !== to) statusChanges.push({ id, action: actions[i].name?.value ?? '', from, to });
    if (overdueNow && !isOverdueByKey(endKey[i], statusThen, dateThenKey)) newlyOverdue.push(id);
  }
}

/** The IDs of the rows of actions no longer in Åtgärder, in the order recorded. */
function listRemoved(match: FollowUpMatch, removed: string[]): void {
  // In Åtgärder's order, every row is an action's.
  if (match.inOrder !== null) return;
  const { actionOf, at, columns } = match;
  for (let j = 0; j < actionOf.length; j++) {
    if (actionOf[j] < 0) removed.push(columns.id[at[j]] ?? '');
  }
}
