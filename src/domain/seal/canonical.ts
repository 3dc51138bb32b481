/**
 * The canonical form of every value the rules read (SPEC §4): per table, each row's fields keyed by
 * field name (never by column position or header spelling), rows in table order. Independent of
 * formatting, column order, sheet order and whether the data is an Excel table or a plain range.
 *
 * A value becomes a tagged string so that types never collide: `n:` number (15 significant digits,
 * as Excel keeps them, so 1 and 1.0 and 0.1+0.2 vs 0.3 agree), `s:` text (exactly as stored),
 * `b:1`/`b:0` boolean, `e:#REF!` Excel error, `d:2011-03-01` a date the rules read as that day
 * (serial number or ISO text alike). An empty cell (or empty text, as office-js reports it) is null.
 *
 * `Kommentar` is part of it although no rule reads it: the director asks whether anything in the
 * plan changed since the validation, and a rewritten comment is such a change.
 * Not part of it: Plan properties the rules do not know, header names, sheet names, cell addresses.
 */
import type { CellValue } from '../snapshot';
import { isNoResult } from '../snapshot';
import type { Action, DateField, Field, PlanModel } from '../model';

export type Canon = string | null;

export function canonNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0'; // also -0
  // An integer of at most 15 digits is its own 15-digit rounding (and the common case: whole kronor).
  if (Number.isInteger(n) && n < 1e15 && n > -1e15) return String(n);
  return String(Number(n.toPrecision(15)));
}

export function canonValue(raw: CellValue | undefined): Canon {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return `n:${canonNumber(raw)}`;
  if (typeof raw === 'string') return raw === '' ? null : `s:${raw}`;
  if (typeof raw === 'boolean') return raw ? 'b:1' : 'b:0';
  if (isNoResult(raw)) return `f:${raw.formula}`;
  return `e:${raw.error}`;
}

function raw<T>(field: Field<T> | null | undefined): Canon {
  return field ? canonValue(field.raw) : null;
}

/** A date the rules read as a day is that day, however it is stored; anything else stays raw. */
function date(field: DateField | null | undefined): Canon {
  if (!field) return null;
  return field.value !== null ? `d:${field.value}` : canonValue(field.raw);
}

export type CanonRow = Readonly<Record<string, Canon | Readonly<Record<string, Canon>>>>;

export interface CanonicalPlan {
  readonly plan: CanonRow | null;
  readonly financing: readonly CanonRow[] | null;
  readonly goals: readonly CanonRow[] | null;
  readonly roles: readonly CanonRow[] | null;
  readonly actions: readonly CanonRow[] | null;
}

export function canonicalAction(a: Action): CanonRow {
  const shares: Record<string, Canon> = {};
  for (const s of a.shares) shares[s.municipality] = raw(s.amount);
  return {
    id: raw(a.id),
    name: raw(a.name),
    goalId: raw(a.goalId),
    responsible: raw(a.responsible),
    decisionMaker: raw(a.decisionMaker),
    start: date(a.start),
    end: date(a.end),
    status: raw(a.status),
    budget: raw(a.budget),
    shares,
    spent: raw(a.spent),
    comment: raw(a.comment),
  };
}

export function canonicalPlanInfo(model: PlanModel): CanonRow | null {
  const info = model.info;
  if (!info.present) return null;
  return {
    name: raw(info.name),
    decisionDate: date(info.decisionDate),
    decidedBy: raw(info.decidedBy),
    totalBudget: raw(info.totalBudget),
    reportDate: date(info.reportDate),
    tolerance: raw(info.tolerance),
  };
}

export function canonicalFinancing(model: PlanModel): CanonRow[] | null {
  return model.financing?.map((m) => ({ name: raw(m.name), share: raw(m.share), percent: raw(m.percent) })) ?? null;
}

export function canonicalGoals(model: PlanModel): CanonRow[] | null {
  return model.goals?.map((g) => ({ id: raw(g.id), name: raw(g.name) })) ?? null;
}

export function canonicalRoles(model: PlanModel): CanonRow[] | null {
  return (
    model.roles?.map((r) => ({
      role: raw(r.role),
      name: raw(r.name),
      organisation: raw(r.organisation),
      limit: raw(r.limit),
    })) ?? null
  );
}

export function canonicalPlan(model: PlanModel): CanonicalPlan {
  return {
    plan: canonicalPlanInfo(model),
    financing: canonicalFinancing(model),
    goals: canonicalGoals(model),
    roles: canonicalRoles(model),
    actions: model.actions?.map(canonicalAction) ?? null,
  };
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}
