/**
 * The plan as the seal (record version 2) sees it: six tables of keyed rows of canonical values
 * (canonical.ts), each value with the cell it lives in. The same rows are fingerprinted, stored in the
 * record (compactly, encode.ts) and compared (compare.ts), by `checkSeal` and by `plankoll diff` alike.
 *
 * A row's key is what a controller calls it: the action's ID, the municipality, the goal's ID, the role,
 * the Plan property, or the follow-up's period and action ID. Keys are unique: a repeated key gets
 * `#2`, `#3`, …, a blank one `#1`, `#2`, … (actionKeys.ts uses it for actions).
 *
 * Never part of it: formatting, header spelling or language, column order, where a table sits, sheet
 * names and order, table vs range, other sheets (the summary, Plankoll's own seal sheet).
 */
import type { DateField, Field, PlanModel, Ref } from '../model';
import type { Canon } from './canonical';
import { canonValue } from './canonical';

export const SEAL_TABLES_V2 = ['plan', 'financing', 'goals', 'roles', 'actions', 'followUps'] as const;
export type SealTableId = (typeof SEAL_TABLES_V2)[number];

/** How a value reads to a controller (present.ts). */
export type FieldKind = 'text' | 'amount' | 'date' | 'status' | 'percent' | 'number' | 'limit';

export interface SealRow {
  readonly key: string;
  /** Canonical values, aligned with the table's `fields`. */
  readonly values: readonly Canon[];
  /** Where each value lives now (null: no such cell, e.g. an absent optional column). */
  readonly refs: readonly (Ref | null)[];
  /** The cell a person jumps to for the whole row (its key cell). */
  readonly ref: Ref | null;
}

export interface SealRows {
  readonly table: SealTableId;
  /** Field ids: `budget`, `share:Mora`, … (Plan: one row per property, field `value`). */
  readonly fields: readonly string[];
  readonly rows: readonly SealRow[];
}

export type SealTables = Readonly<Record<SealTableId, SealRows | null>>;

/** Governing values (SPEC §4): listed first, as styrande ändringar. */
export function isGoverning(table: SealTableId, field: string | null, key: string | null): boolean {
  switch (table) {
    case 'financing':
      return true;
    case 'roles':
      return field === null || field === 'limit';
    case 'plan':
      return key === 'totalBudget';
    case 'actions':
      return field !== null && (field === 'budget' || field === 'responsible' || field === 'decisionMaker' || field.startsWith('share:'));
    default:
      return false;
  }
}

/** Field kinds for display. */
export function fieldKind(table: SealTableId, field: string, key: string | null): FieldKind {
  if (table === 'plan') {
    if (key === 'totalBudget') return 'amount';
    if (key === 'decisionDate' || key === 'reportDate') return 'date';
    if (key === 'tolerance') return 'number';
    return 'text';
  }
  if (field.startsWith('share:')) return 'amount';
  switch (field) {
    case 'budget':
    case 'spent':
    case 'forecast':
    case 'share':
      return 'amount';
    case 'start':
    case 'end':
    case 'date':
      return 'date';
    case 'status':
      return 'status';
    case 'percent':
      return 'percent';
    case 'limit':
      return 'limit';
    default:
      return 'text';
  }
}

type AnyField = Field<unknown> | null | undefined;

function raw(field: AnyField): Canon {
  return field ? canonValue(field.raw) : null;
}

/** A date the rules read as a day is that day, however it is stored; anything else stays raw. */
function date(field: DateField | null | undefined): Canon {
  if (!field) return null;
  return field.value !== null ? `d:${field.value}` : canonValue(field.raw);
}

function ref(field: AnyField): Ref | null {
  return field ? field.ref : null;
}

/** Unique keys: a repeat gets `#2`, `#3`…; a blank key `#1`, `#2`… in table order. */
export function uniqueKeys(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const used = new Set<string>();
  return raw.map((id) => {
    let n = seen.get(id) ?? 0;
    let key: string;
    do {
      n++;
      key = id !== '' && n === 1 ? id : `${id}#${n}`;
    } while (used.has(key));
    seen.set(id, n);
    used.add(key);
    return key;
  });
}

interface Cell {
  readonly canon: Canon;
  readonly ref: Ref | null;
}

const c = (canon: Canon, at: Ref | null): Cell => ({ canon, ref: at });
const rawCell = (field: AnyField): Cell => c(raw(field), ref(field));
const dateCell = (field: DateField | null | undefined): Cell => c(date(field), ref(field));
const text = (field: AnyField): string => (typeof field?.value === 'string' ? field.value : '');

function table(id: SealTableId, fields: readonly string[], items: readonly { key: string; cells: readonly Cell[]; ref: Ref | null }[]): SealRows {
  const keys = uniqueKeys(items.map((i) => i.key));
  return {
    table: id,
    fields,
    rows: items.map((item, i) => ({ key: keys[i], values: item.cells.map((x) => x.canon), refs: item.cells.map((x) => x.ref), ref: item.ref })),
  };
}

export const PLAN_KEYS = ['name', 'decisionDate', 'decidedBy', 'totalBudget', 'reportDate', 'tolerance', 'followUpPeriod'] as const;

function planRows(model: PlanModel): SealRows | null {
  const info = model.info;
  if (!info.present) return null;
  const cells: Readonly<Record<(typeof PLAN_KEYS)[number], Cell>> = {
    name: rawCell(info.name),
    decisionDate: dateCell(info.decisionDate),
    decidedBy: rawCell(info.decidedBy),
    totalBudget: rawCell(info.totalBudget),
    reportDate: dateCell(info.reportDate),
    tolerance: rawCell(info.tolerance),
    followUpPeriod: rawCell(info.followUpPeriod ?? null),
  };
  return table(
    'plan',
    ['value'],
    PLAN_KEYS.map((key) => ({ key, cells: [cells[key]], ref: cells[key].ref })),
  );
}

const ACTION_FIELDS = ['id', 'name', 'goalId', 'responsible', 'decisionMaker', 'start', 'end', 'status', 'budget'] as const;

function actionRows(model: PlanModel): SealRows | null {
  if (model.actions === null) return null;
  const municipalities = [...new Set(model.actions.flatMap((a) => a.shares.map((s) => s.municipality)))];
  const fields = [...ACTION_FIELDS, ...municipalities.map((m) => `share:${m}`), 'spent', 'forecast', 'comment'];
  return table(
    'actions',
    fields,
    model.actions.map((a) => {
      const shares = new Map(a.shares.map((s) => [s.municipality, s.amount]));
      const cells = [
        rawCell(a.id),
        rawCell(a.name),
        rawCell(a.goalId),
        rawCell(a.responsible),
        rawCell(a.decisionMaker),
        dateCell(a.start),
        dateCell(a.end),
        rawCell(a.status),
        rawCell(a.budget),
        ...municipalities.map((m) => rawCell(shares.get(m))),
        rawCell(a.spent),
        rawCell(a.forecast ?? null),
        rawCell(a.comment),
      ];
      return { key: text(a.id), cells, ref: a.id.ref };
    }),
  );
}

export function sealTables(model: PlanModel): SealTables {
  return {
    plan: planRows(model),
    financing:
      model.financing === null
        ? null
        : table(
            'financing',
            ['name', 'share', 'percent'],
            model.financing.map((m) => ({ key: text(m.name), cells: [rawCell(m.name), rawCell(m.share), rawCell(m.percent)], ref: m.name.ref })),
          ),
    goals:
      model.goals === null
        ? null
        : table('goals', ['id', 'name'], model.goals.map((g) => ({ key: text(g.id), cells: [rawCell(g.id), rawCell(g.name)], ref: g.id.ref }))),
    roles:
      model.roles === null
        ? null
        : table(
            'roles',
            ['role', 'name', 'organisation', 'limit'],
            model.roles.map((r) => ({
              key: text(r.role),
              cells: [rawCell(r.role), rawCell(r.name), rawCell(r.organisation), rawCell(r.limit)],
              ref: r.role.ref,
            })),
          ),
    actions: actionRows(model),
    followUps:
      (model.followUps ?? null) === null
        ? null
        : table(
            'followUps',
            ['period', 'date', 'id', 'spent', 'forecast', 'status', 'comment'],
            (model.followUps ?? []).map((f) => ({
              key: `${text(f.period)} / ${text(f.id)}`,
              cells: [rawCell(f.period), dateCell(f.date), rawCell(f.id), rawCell(f.spent), rawCell(f.forecast), rawCell(f.status), rawCell(f.comment)],
              ref: f.id.ref,
            })),
          ),
  };
}
