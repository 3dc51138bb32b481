/**
 * The model's fields, visited once each, so the cell-level rules (S007, B001, B002, B010) look at every
 * field of a kind in one place. Visitors rather than lists: a 20 000-action plan has 300 000 fields, and
 * these rules make no list of them. (Each field a read action hands out is a short-lived object of its
 * own, read/field.ts; what is kept per field is nothing.)
 */
import type { Field, PlanModel } from '../model';

/**
 * `label` is the column or property for the message (`Budget`, `Mora`, `Utfall`, `Andel (kr)` …);
 * `actionId` the action's ID when the field belongs to one that has an ID.
 */
export type AmountVisitor = (field: Field<number>, label: string, blankAllowed: boolean, actionId: string | undefined) => void;
export type FieldVisitor = (field: Field<unknown>, label: string, actionId: string | undefined) => void;

/**
 * Every amount the rules read. Blank is allowed (`blankAllowed`) for Utfall (nothing spent yet; treated
 * as 0, P009 covers Klar without Utfall), the Plan's tolerance (default 0.5) and Andel (%).
 */
export function forEachAmount(model: PlanModel, visit: AmountVisitor): void {
  const info = model.info;
  if (info.totalBudget !== null) visit(info.totalBudget, 'Total budget', false, undefined);
  if (info.tolerance !== null) visit(info.tolerance, 'Tolerans fördelning', true, undefined);
  for (const m of model.financing ?? []) {
    visit(m.share, 'Andel (kr)', false, undefined);
    if (m.percent !== null) visit(m.percent, 'Andel (%)', true, undefined);
  }
  for (const a of model.actions ?? []) {
    const id = a.id.value ?? undefined;
    visit(a.budget, 'Budget', false, id);
    for (const s of a.shares) visit(s.amount, s.municipality, false, id);
    visit(a.spent, 'Utfall', true, id);
    if (a.forecast !== null) visit(a.forecast, 'Prognos', true, id);
  }
  for (const r of model.followUps ?? []) {
    const id = r.id.value ?? undefined;
    visit(r.spent, 'Utfall', true, id);
    if (r.forecast !== null) visit(r.forecast, 'Prognos', true, id);
  }
}

/** Every field of the model (for S007), labelled with its Swedish header. */
export function forEachField(model: PlanModel, visit: FieldVisitor): void {
  const info = model.info;
  if (info.name !== null) visit(info.name, 'Namn', undefined);
  if (info.decisionDate !== null) visit(info.decisionDate, 'Beslutsdatum', undefined);
  if (info.decidedBy !== null) visit(info.decidedBy, 'Beslutsorgan', undefined);
  if (info.totalBudget !== null) visit(info.totalBudget, 'Total budget', undefined);
  if (info.reportDate !== null) visit(info.reportDate, 'Rapportdatum', undefined);
  if (info.tolerance !== null) visit(info.tolerance, 'Tolerans fördelning', undefined);
  if (info.followUpPeriod !== null) visit(info.followUpPeriod, 'Uppföljningsperiod', undefined);
  for (const m of model.financing ?? []) {
    visit(m.name, 'Kommun', undefined);
    visit(m.share, 'Andel (kr)', undefined);
    if (m.percent !== null) visit(m.percent, 'Andel (%)', undefined);
  }
  for (const g of model.goals ?? []) {
    visit(g.id, 'MålID', undefined);
    visit(g.name, 'Mål', undefined);
  }
  for (const r of model.roles ?? []) {
    visit(r.role, 'Roll', undefined);
    visit(r.name, 'Namn', undefined);
    visit(r.organisation, 'Organisation', undefined);
    visit(r.limit, 'Beslutsrätt', undefined);
  }
  for (const a of model.actions ?? []) {
    const id = a.id.value ?? undefined;
    visit(a.id, 'ID', id);
    visit(a.name, 'Åtgärd', id);
    visit(a.goalId, 'MålID', id);
    visit(a.responsible, 'Ansvarig', id);
    visit(a.decisionMaker, 'Beslutsfattare', id);
    visit(a.start, 'Start', id);
    visit(a.end, 'Slut', id);
    visit(a.status, 'Status', id);
    visit(a.budget, 'Budget', id);
    for (const s of a.shares) visit(s.amount, s.municipality, id);
    visit(a.spent, 'Utfall', id);
    if (a.forecast !== null) visit(a.forecast, 'Prognos', id);
    if (a.comment !== null) visit(a.comment, 'Kommentar', id);
  }
  for (const r of model.followUps ?? []) {
    const id = r.id.value ?? undefined;
    visit(r.period, 'Period', id);
    visit(r.date, 'Datum', id);
    visit(r.id, 'ID', id);
    visit(r.spent, 'Utfall', id);
    if (r.forecast !== null) visit(r.forecast, 'Prognos', id);
    visit(r.status, 'Status', id);
    if (r.comment !== null) visit(r.comment, 'Kommentar', id);
  }
}

/** `{ actionId }` for a finding, or nothing when the action has no ID. */
export function actionIdOf(a: { readonly id: { readonly value: string | null } }): { actionId?: string } {
  return a.id.value === null ? {} : { actionId: a.id.value };
}

/** `{ actionId }` from an optional ID. */
export function withActionId(actionId: string | undefined): { actionId?: string } {
  return actionId === undefined ? {} : { actionId };
}
