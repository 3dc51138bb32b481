/**
 * The model's fields as flat lists, so the cell-level rules (S007, B001, B002, B010) look at every
 * field of a kind once, in one place.
 */
import type { Field, PlanModel } from '../model';

export interface FieldVisit {
  readonly field: Field<unknown>;
  /** The action the field belongs to, when there is one with an ID. */
  readonly actionId?: string;
  /** The column or property, for the message (`Budget`, `Mora`, `Utfall`, `Andel (kr)`, `Total budget` …). */
  readonly label: string;
}

export interface AmountVisit extends FieldVisit {
  readonly field: Field<number>;
  /** A blank cell here is normal (an Utfall before any money is spent; the Plan's tolerance). */
  readonly blankAllowed: boolean;
}

function withAction<T extends object>(visit: T, actionId: string | null): T & { actionId?: string } {
  return actionId === null ? visit : { ...visit, actionId };
}

/**
 * Every amount the rules read. Blank Utfall is allowed (treated as 0; P009 covers Klar without Utfall).
 * Andel (%) is numeric too: blank is allowed (the column is optional in spirit), unreadable is B001.
 */
export function amountFields(model: PlanModel): AmountVisit[] {
  const out: AmountVisit[] = [];
  const info = model.info;
  if (info.totalBudget !== null) out.push({ field: info.totalBudget, label: 'Total budget', blankAllowed: false });
  if (info.tolerance !== null) out.push({ field: info.tolerance, label: 'Tolerans fördelning', blankAllowed: true });
  for (const m of model.financing ?? []) {
    out.push({ field: m.share, label: 'Andel (kr)', blankAllowed: false });
    if (m.percent !== null) out.push({ field: m.percent, label: 'Andel (%)', blankAllowed: true });
  }
  for (const a of model.actions ?? []) {
    const id = a.id.value;
    out.push(withAction({ field: a.budget, label: 'Budget', blankAllowed: false }, id));
    for (const s of a.shares) out.push(withAction({ field: s.amount, label: s.municipality, blankAllowed: false }, id));
    out.push(withAction({ field: a.spent, label: 'Utfall', blankAllowed: true }, id));
  }
  return out;
}

/** Every field of the model (for S007). */
export function allFields(model: PlanModel): FieldVisit[] {
  const out: FieldVisit[] = [];
  const info = model.info;
  const infoFields: [Field<unknown> | null, string][] = [
    [info.name, 'Namn'],
    [info.decisionDate, 'Beslutsdatum'],
    [info.decidedBy, 'Beslutsorgan'],
    [info.totalBudget, 'Total budget'],
    [info.reportDate, 'Rapportdatum'],
    [info.tolerance, 'Tolerans fördelning'],
  ];
  for (const [f, label] of infoFields) if (f !== null) out.push({ field: f, label });
  for (const m of model.financing ?? []) {
    out.push({ field: m.name, label: 'Kommun' }, { field: m.share, label: 'Andel (kr)' });
    if (m.percent !== null) out.push({ field: m.percent, label: 'Andel (%)' });
  }
  for (const g of model.goals ?? []) out.push({ field: g.id, label: 'MålID' }, { field: g.name, label: 'Mål' });
  for (const r of model.roles ?? []) {
    out.push(
      { field: r.role, label: 'Roll' },
      { field: r.name, label: 'Namn' },
      { field: r.organisation, label: 'Organisation' },
      { field: r.limit, label: 'Beslutsrätt' },
    );
  }
  for (const a of model.actions ?? []) {
    const id = a.id.value;
    const fields: [Field<unknown>, string][] = [
      [a.id, 'ID'],
      [a.name, 'Åtgärd'],
      [a.goalId, 'MålID'],
      [a.responsible, 'Ansvarig'],
      [a.decisionMaker, 'Beslutsfattare'],
      [a.start, 'Start'],
      [a.end, 'Slut'],
      [a.status, 'Status'],
      [a.budget, 'Budget'],
      ...a.shares.map((s): [Field<unknown>, string] => [s.amount, s.municipality]),
      [a.spent, 'Utfall'],
    ];
    if (a.comment !== null) fields.push([a.comment, 'Kommentar']);
    for (const [f, label] of fields) out.push(withAction({ field: f, label }, id));
  }
  return out;
}

/** The action's ID for a finding, when it has one. */
export function actionIdOf(a: { readonly id: { readonly value: string | null } }): { actionId?: string } {
  return a.id.value === null ? {} : { actionId: a.id.value };
}
