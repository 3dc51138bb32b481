/**
 * The plan as the seal (record version 2) sees it: six tables of keyed rows of canonical values
 * (canonical.ts). A row keeps the model row it was read from and finds a value's cell when asked, so only
 * reported changes make one. The same rows are fingerprinted, stored in the record (compactly, encode.ts)
 * and compared (compare.ts), by `checkSeal` and by `plankoll diff` alike.
 *
 * A row's key is what a controller calls it: the action's ID, the municipality, the goal's ID, the role,
 * the Plan property, or the follow-up's period and action ID. Keys are unique: a repeated key gets
 * `#2`, `#3`, …, a blank one `#1`, `#2`, … (actionKeys.ts uses it for actions).
 *
 * Never part of it: formatting, header spelling or language, column order, where a table sits, sheet
 * names and order, table vs range, other sheets (the summary, Plankoll's own seal sheet).
 */
import type { Action, DateField, Field, FollowUpRow, Goal, Municipality, PlanModel, Ref, Role } from '../model';
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
  /**
   * Where value `i` lives now (null: no such cell, e.g. an absent optional column). Made when asked, a new
   * object each time: a plan's rows hold some 300 000 values, and only the changed ones are ever located.
   */
  refAt(i: number): Ref | null;
  /** The cell a person jumps to for the whole row (its key cell); made when asked, like `refAt`. */
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

/** Finds value `i`'s field again in the row it was read from (the same order as the row's values). */
type Locate<S> = (source: S, i: number) => AnyField;

/** A row of the plan: its values, and the model row they were read from, to locate a value when asked. */
class ModelRow<S> implements SealRow {
  readonly #source: S;
  readonly #locate: Locate<S>;
  readonly #keyAt: number;

  constructor(
    readonly key: string,
    readonly values: readonly Canon[],
    source: S,
    locate: Locate<S>,
    keyAt: number,
  ) {
    this.#source = source;
    this.#locate = locate;
    this.#keyAt = keyAt;
  }

  refAt(i: number): Ref | null {
    return ref(this.#locate(this.#source, i));
  }

  get ref(): Ref | null {
    return this.refAt(this.#keyAt);
  }
}

const text = (field: AnyField): string => (typeof field?.value === 'string' ? field.value : '');

/**
 * A table of model rows. `fields[i]` of a row is `locate(row, i)`; `isDate` says which are dates (read as a
 * day, `date`); the others are raw. `keyAt`: the field a row's key and key cell come from (`key` overrides the key).
 */
function table<S>(
  id: SealTableId,
  fields: readonly string[],
  sources: readonly S[],
  locate: Locate<S>,
  options: { readonly isDate?: (i: number, source: S) => boolean; readonly keyAt?: number; readonly key?: (source: S) => string } = {},
): SealRows {
  const isDate = options.isDate ?? ((): boolean => false);
  const keyAt = options.keyAt ?? 0;
  const keys = uniqueKeys(sources.map((s) => (options.key ? options.key(s) : text(locate(s, keyAt)))));
  return {
    table: id,
    fields,
    rows: sources.map((s, r) => {
      const values = new Array<Canon>(fields.length);
      for (let i = 0; i < fields.length; i++) {
        const f = locate(s, i);
        values[i] = isDate(i, s) ? date(f as DateField | null | undefined) : raw(f);
      }
      return new ModelRow(keys[r], values, s, locate, keyAt);
    }),
  };
}

export const PLAN_KEYS = ['name', 'decisionDate', 'decidedBy', 'totalBudget', 'reportDate', 'tolerance', 'followUpPeriod'] as const;
type PlanKey = (typeof PLAN_KEYS)[number];

function planRows(model: PlanModel): SealRows | null {
  const info = model.info;
  if (!info.present) return null;
  const fieldOf = (key: PlanKey): AnyField => (key === 'followUpPeriod' ? (info.followUpPeriod ?? null) : info[key]);
  return table('plan', ['value'], PLAN_KEYS, fieldOf, { isDate: (_, key) => key === 'decisionDate' || key === 'reportDate', key: (key) => key });
}

const ACTION_FIELDS = ['id', 'name', 'goalId', 'responsible', 'decisionMaker', 'start', 'end', 'status', 'budget'] as const;
const ACTION_START = 5;
const ACTION_END = 6;

function actionRows(model: PlanModel): SealRows | null {
  if (model.actions === null) return null;
  const municipalities = [...new Set(model.actions.flatMap((a) => a.shares.map((s) => s.municipality)))];
  const fields = [...ACTION_FIELDS, ...municipalities.map((m) => `share:${m}`), 'spent', 'forecast', 'comment'];
  const first = ACTION_FIELDS.length;
  const after = first + municipalities.length;
  const fieldOf = (a: Action, i: number): AnyField => {
    if (i < first) return a[ACTION_FIELDS[i]];
    if (i < after) {
      const m = municipalities[i - first];
      return a.shares.find((s) => s.municipality === m)?.amount;
    }
    return i === after ? a.spent : i === after + 1 ? (a.forecast ?? null) : a.comment;
  };
  return table('actions', fields, model.actions, fieldOf, { isDate: (i) => i === ACTION_START || i === ACTION_END });
}

const FINANCING_FIELDS = ['name', 'share', 'percent'] as const;
const GOAL_FIELDS = ['id', 'name'] as const;
const ROLE_FIELDS = ['role', 'name', 'organisation', 'limit'] as const;
const FOLLOW_UP_FIELDS = ['period', 'date', 'id', 'spent', 'forecast', 'status', 'comment'] as const;
const FOLLOW_UP_DATE = 1;
const FOLLOW_UP_ID = 2;

function followUpRows(model: PlanModel): SealRows | null {
  const list = model.followUps ?? null;
  if (list === null) return null;
  return table('followUps', FOLLOW_UP_FIELDS, list, (f: FollowUpRow, i) => f[FOLLOW_UP_FIELDS[i]], {
    isDate: (i) => i === FOLLOW_UP_DATE,
    keyAt: FOLLOW_UP_ID,
    key: (f) => `${text(f.period)} / ${text(f.id)}`,
  });
}

export function sealTables(model: PlanModel): SealTables {
  return {
    plan: planRows(model),
    financing: model.financing === null ? null : table('financing', FINANCING_FIELDS, model.financing, (m: Municipality, i) => m[FINANCING_FIELDS[i]]),
    goals: model.goals === null ? null : table('goals', GOAL_FIELDS, model.goals, (g: Goal, i) => g[GOAL_FIELDS[i]]),
    roles: model.roles === null ? null : table('roles', ROLE_FIELDS, model.roles, (r: Role, i) => r[ROLE_FIELDS[i]]),
    actions: actionRows(model),
    followUps: followUpRows(model),
  };
}
