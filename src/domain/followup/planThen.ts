/**
 * The plan as it stood at an earlier follow-up (SPEC §7): what Uppföljning recorded then — Utfall,
 * Prognos, Status, Kommentar — on the actions as Åtgärder describes them now (goal, end date, budget and
 * shares are not recorded per follow-up, and rarely change). From it the summary works out the goal
 * lights then, the statuses then and the spending per municipality then, with the same code as now.
 *
 * - An action recorded then that is no longer in Åtgärder keeps only what was recorded (no goal, no
 *   budget, no shares): it counts in the totals then, under "(utan mål)", and in no municipality.
 * - An action added since is not in the plan then.
 */
import type { Action, AmountField, FollowUpRow, PlanModel, Ref, TextField } from '../model';
import { matchFollowUp } from './matching';
import type { FollowUp } from './periods';

function blank(ref: Ref): TextField & AmountField {
  return { value: null, raw: null, ref, issue: 'blank' };
}

/** The action as it stood at the follow-up of `row`. */
export function actionThen(row: FollowUpRow, now: Action | undefined): Action {
  if (now !== undefined) {
    // Written out rather than spread: one object of Action's shape per action, for 20 000 actions.
    return {
      row: now.row,
      id: now.id,
      name: now.name,
      goalId: now.goalId,
      responsible: now.responsible,
      decisionMaker: now.decisionMaker,
      start: now.start,
      end: now.end,
      status: row.status,
      budget: now.budget,
      shares: now.shares,
      spent: row.spent,
      forecast: row.forecast,
      comment: row.comment,
    };
  }
  const ref = row.id.ref;
  return {
    row: row.row,
    id: row.id,
    name: blank(ref),
    goalId: blank(ref),
    responsible: blank(ref),
    decisionMaker: blank(ref),
    start: blank(ref),
    end: blank(ref),
    status: row.status,
    budget: blank(ref),
    shares: [],
    spent: row.spent,
    forecast: row.forecast,
    comment: row.comment,
  };
}

/**
 * The plan at `followUp`: the actions it recorded in Åtgärder's order, then those no longer in Åtgärder
 * in the order recorded; everything else as now.
 */
export function planAt(model: PlanModel, followUp: FollowUp): PlanModel {
  const now = model.actions ?? [];
  const { rows, actionOf } = matchFollowUp(followUp, now);
  const rowOf = new Map<number, FollowUpRow>();
  rows.forEach((row, j) => {
    if (actionOf[j] >= 0) rowOf.set(actionOf[j], row);
  });
  const kept = now.flatMap((a, i) => {
    const row = rowOf.get(i);
    return row === undefined ? [] : [actionThen(row, a)];
  });
  const removed = rows.filter((_, j) => actionOf[j] < 0).map((row) => actionThen(row, undefined));
  return { ...model, actions: [...kept, ...removed] };
}
