/**
 * Fixture builders for the plan model (src/domain/model.ts), so a test states only the one fact it checks:
 *
 *   makePlan({ actions: [makeAction({ id: 'A1', budget: 100_000 })] })
 *
 * The defaults form a valid plan with zero findings: the 2011 IS/IT plan, 3 910 000 kr =
 * Mora 2 290 000 + Orsa 790 000 + Älvdalen 830 000, three goals, four roles and three actions whose
 * shares follow the allocation key and sum exactly, column by column.
 *
 * Every field carries a ref in a standard layout (header on row 1, data from row 2):
 *   Plan          A Egenskap, B Värde (Namn, Beslutsdatum, Beslutsorgan, Total budget, Rapportdatum, Tolerans)
 *   Finansiering  A Kommun, B Andel (kr), C Andel (%)
 *   Mål           A MålID, B Mål
 *   Roller        A Roll, B Namn, C Organisation, D Beslutsrätt (kr)
 *   Åtgärder      A ID, B Åtgärd, C MålID, D Ansvarig, E Beslutsfattare, F Start, G Slut, H Status,
 *                 I Budget (kr), J.. one column per municipality, then Utfall (kr), Kommentar, and
 *                 Prognos (kr) when some action was given a forecast (after Kommentar, so that the
 *                 other cells stay where they were before forecasts existed)
 *   Uppföljning   A Period, B Datum, C ID, D Utfall (kr), E Prognos (kr), F Status, G Kommentar
 * `makePlan` moves goals/roles/actions/municipalities built without an explicit `row` to consecutive rows
 * (2, 3, …) in list order; refs given explicitly with `field(v, { cell })` are left where they are.
 *
 * Values: pass a plain value (text, number, ISO date, Status, DecisionLimit), `null` for a blank cell,
 * or a `Field` from `field()` / `invalid()` / `excelError()` / `textNumber()` for anything unusual.
 */
import { a1, a1Range, columnLetters, parseA1 } from '../../src/domain/a1';
import { isoToSerial } from '../../src/domain/dates';
import type {
  Action,
  ActionShare,
  AmountField,
  DecisionLimit,
  Field,
  FieldIssue,
  FollowUpRow,
  Goal,
  Municipality,
  PlanInfo,
  PlanModel,
  Ref,
  Role,
  Status,
  TableLocation,
} from '../../src/domain/model';
import type { CellValue } from '../../src/domain/snapshot';

export const SHEETS = {
  plan: 'Plan',
  financing: 'Finansiering',
  goals: 'Mål',
  roles: 'Roller',
  actions: 'Åtgärder',
  followUp: 'Uppföljning',
} as const;

export const STATUS_LABEL_SV: Readonly<Record<Status, string>> = {
  notStarted: 'Ej påbörjad',
  inProgress: 'Pågår',
  done: 'Klar',
  delayed: 'Försenad',
  cancelled: 'Avbruten',
};

/** The founding case's allocation: 3 910 000 = 2 290 000 + 790 000 + 830 000. */
export const DEFAULT_KEY: readonly { readonly name: string; readonly share: number }[] = [
  { name: 'Mora', share: 2_290_000 },
  { name: 'Orsa', share: 790_000 },
  { name: 'Älvdalen', share: 830_000 },
];
export const DEFAULT_TOTAL = 3_910_000;

// ---------------------------------------------------------------------------------------------------------
// Fields

/** Refs the builders assigned themselves (and may therefore move); explicit refs are never moved. */
const autoRefs = new WeakSet<Ref>();

export interface FieldOptions {
  readonly sheet?: string;
  readonly cell?: string;
  /** What the cell held; defaults to the value (ISO dates and statuses keep their text). */
  readonly raw?: CellValue;
  /** Defaults to 'blank' when the value is null, else none. */
  readonly issue?: FieldIssue;
}

function isRef(x: unknown): x is Ref {
  return typeof x === 'object' && x !== null && typeof (x as Ref).sheet === 'string' && typeof (x as Ref).cell === 'string';
}

/** True for a `Field` (as opposed to a plain value such as a DecisionLimit). */
export function isField(x: unknown): x is Field<unknown> {
  return typeof x === 'object' && x !== null && 'raw' in x && 'ref' in x && isRef((x as { ref: unknown }).ref);
}

function defaultRaw(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  const limit = value as DecisionLimit;
  if (limit.kind === 'amount') return limit.amount;
  if (limit.kind === 'unlimited') return 'obegränsad';
  return null;
}

/** A field; without `sheet`/`cell` the builder that receives it places it. */
export function field<T>(value: T | null, options: FieldOptions = {}): Field<T> {
  const ref: Ref = { sheet: options.sheet ?? '', cell: options.cell ?? '' };
  if (options.sheet === undefined || options.cell === undefined) autoRefs.add(ref);
  const issue = options.issue ?? (value === null ? 'blank' : undefined);
  const raw = options.raw !== undefined ? options.raw : defaultRaw(value);
  return issue === undefined ? { value, raw, ref } : { value, raw, ref, issue };
}

/** A cell that cannot be read as its field's type, e.g. `invalid('abc')` for an amount. */
export function invalid<T = never>(raw: CellValue, options: Omit<FieldOptions, 'raw' | 'issue'> = {}): Field<T> {
  return field<T>(null, { ...options, raw, issue: 'invalid' });
}

/** A cell holding an Excel error value, e.g. `excelError('#REF!')`. */
export function excelError<T = never>(error: string, options: Omit<FieldOptions, 'raw' | 'issue'> = {}): Field<T> {
  return field<T>(null, { ...options, raw: { error }, issue: 'excelError' });
}

/** A formula saved without its result (S006), e.g. `noResult('SUM(J2:L2)')`. */
export function noResult<T = never>(formula: string, options: Omit<FieldOptions, 'raw' | 'issue'> = {}): Field<T> {
  return field<T>(null, { ...options, raw: { formula }, issue: 'noResult' });
}

/** An amount stored as text that reads as a number, e.g. `textNumber(2_290_000, '2 290 000 kr')`. */
export function textNumber(value: number, raw: string, options: Omit<FieldOptions, 'raw' | 'issue'> = {}): AmountField {
  return field<number>(value, { ...options, raw, issue: 'textNumber' });
}

/** A plain value, null (blank) or a ready field -> a field placed at (sheet, row, col) unless it has its own ref. */
type In<T> = T | null | Field<T>;

function place<T>(input: In<T> | undefined, fallback: T | null, sheet: string, row: number, col: number, raw?: (v: T) => CellValue): Field<T> {
  const given = input === undefined ? fallback : input;
  if (isField(given)) {
    const f = given as Field<T>;
    if (!autoRefs.has(f.ref)) return f;
    const ref: Ref = { sheet: f.ref.sheet || sheet, cell: f.ref.cell || a1(row, col) };
    autoRefs.add(ref);
    return { ...f, ref };
  }
  const value = given as T | null;
  const ref: Ref = { sheet, cell: a1(row, col) };
  autoRefs.add(ref);
  const cellRaw = value === null ? null : raw !== undefined ? raw(value) : defaultRaw(value);
  return value === null ? { value, raw: cellRaw, ref, issue: 'blank' } : { value, raw: cellRaw, ref };
}

/** Moves a builder-placed field to another row (same column). */
function moveField<T>(f: Field<T>, row: number): Field<T> {
  if (!autoRefs.has(f.ref)) return f;
  const at = parseA1(f.ref.cell);
  if (at === null) return f;
  const ref: Ref = { sheet: f.ref.sheet, cell: a1(row, at.col) };
  autoRefs.add(ref);
  return { ...f, ref };
}

const dateRaw = (iso: string): CellValue => isoToSerial(iso) ?? iso;

// ---------------------------------------------------------------------------------------------------------
// Records

/** Records built without an explicit row: makePlan moves these to consecutive rows. */
const autoRows = new WeakSet<object>();

export interface MunicipalityInput {
  readonly name?: In<string>;
  readonly share?: In<number>;
  /** A fraction (0.5857); `null` for a blank cell; omitted or `'none'`: no value (percent null, as without the column). */
  readonly percent?: In<number> | 'none';
  readonly row?: number;
}

export function makeMunicipality(input: MunicipalityInput = {}): Municipality {
  const row = input.row ?? 1;
  const sheet = SHEETS.financing;
  const name = place(input.name, 'Mora', sheet, row, 0);
  const share = place(input.share, 2_290_000, sheet, row, 1);
  const percent = input.percent === undefined || input.percent === 'none' ? null : place(input.percent, null, sheet, row, 2);
  const m: Municipality = { name, share, percent, row };
  if (input.row === undefined) autoRows.add(m);
  return m;
}

export interface GoalInput {
  readonly id?: In<string>;
  readonly name?: In<string>;
  readonly row?: number;
}

export function makeGoal(input: GoalInput = {}): Goal {
  const row = input.row ?? 1;
  const sheet = SHEETS.goals;
  const g: Goal = {
    id: place(input.id, 'M1', sheet, row, 0),
    name: place(input.name, 'Tydliga ansvarsroller', sheet, row, 1),
    row,
  };
  if (input.row === undefined) autoRows.add(g);
  return g;
}

export interface RoleInput {
  readonly role?: In<string>;
  readonly name?: In<string>;
  readonly organisation?: In<string>;
  /** A number for an amount limit, `'unlimited'`, `'none'`, a DecisionLimit, or a field. */
  readonly limit?: number | 'unlimited' | 'none' | DecisionLimit | Field<DecisionLimit>;
  readonly row?: number;
}

function toLimit(x: number | 'unlimited' | 'none' | DecisionLimit): DecisionLimit {
  if (typeof x === 'number') return { kind: 'amount', amount: x };
  if (x === 'unlimited') return { kind: 'unlimited' };
  if (x === 'none') return { kind: 'none' };
  return x;
}

export function makeRole(input: RoleInput = {}): Role {
  const row = input.row ?? 1;
  const sheet = SHEETS.roles;
  const limitIn = input.limit === undefined ? 1_000_000 : input.limit;
  const limit = isField(limitIn)
    ? place(limitIn as Field<DecisionLimit>, null, sheet, row, 3)
    : (() => {
        const l = toLimit(limitIn as number | 'unlimited' | 'none' | DecisionLimit);
        const f = place<DecisionLimit>(l, null, sheet, row, 3);
        // A blank Beslutsrätt is read as { kind: 'none' } with no issue (SPEC §1).
        return l.kind === 'none' ? { value: l, raw: null, ref: f.ref } : f;
      })();
  const r: Role = {
    role: place(input.role, 'IT-chef', sheet, row, 0),
    name: place(input.name, 'Per Olsson', sheet, row, 1),
    organisation: place(input.organisation, 'IT-enheten', sheet, row, 2),
    limit,
    row,
  };
  if (input.row === undefined) autoRows.add(r);
  return r;
}

export interface ActionInput {
  readonly id?: In<string>;
  readonly name?: In<string>;
  readonly goalId?: In<string>;
  readonly responsible?: In<string>;
  readonly decisionMaker?: In<string>;
  /** ISO dates. */
  readonly start?: In<string>;
  readonly end?: In<string>;
  readonly status?: In<Status>;
  readonly budget?: In<number>;
  /**
   * Municipality -> amount, in column order. Omitted: the budget split by the default key
   * (rounded to whole kronor, the remainder on the first municipality).
   */
  readonly shares?: Readonly<Record<string, In<number>>>;
  /** Blank when null. */
  readonly spent?: In<number>;
  /** `'none'` for no Kommentar column. */
  readonly comment?: In<string> | 'none';
  /** Prognos (kr); omitted or `'none'`: no Prognos column (forecast null); `null` for a blank cell. */
  readonly forecast?: In<number> | 'none';
  readonly row?: number;
}

/** The budget split by the default allocation key, to the krona, summing exactly to the budget. */
export function splitByKey(budget: number, key: readonly { readonly name: string; readonly share: number }[] = DEFAULT_KEY): Record<string, number> {
  const total = key.reduce((s, k) => s + k.share, 0);
  const out: Record<string, number> = {};
  let rest = budget;
  key.forEach((k, i) => {
    if (i === 0) return;
    const amount = Math.round((budget * k.share) / total);
    out[k.name] = amount;
    rest -= amount;
  });
  return { [key[0].name]: rest, ...out };
}

export function makeAction(input: ActionInput = {}): Action {
  const row = input.row ?? 1;
  const sheet = SHEETS.actions;
  const budget = place(input.budget, 100_000, sheet, row, 8);
  const shareInputs: Readonly<Record<string, In<number>>> = input.shares ?? splitByKey(budget.value ?? 0);
  const names = Object.keys(shareInputs);
  const shares: ActionShare[] = names.map((municipality, i) => ({
    municipality,
    amount: place(shareInputs[municipality], null, sheet, row, 9 + i),
  }));
  const after = 9 + names.length;
  const status = place<Status>(input.status, 'inProgress', sheet, row, 7, (s) => STATUS_LABEL_SV[s]);
  const a: Action = {
    row,
    id: place(input.id, 'A1', sheet, row, 0),
    name: place(input.name, 'Ta fram en rollbeskrivning', sheet, row, 1),
    goalId: place(input.goalId, 'M1', sheet, row, 2),
    responsible: place(input.responsible, 'IT-chef', sheet, row, 3),
    decisionMaker: place(input.decisionMaker, 'Kommundirektör', sheet, row, 4),
    start: place(input.start, '2011-03-01', sheet, row, 5, dateRaw),
    end: place(input.end, '2011-12-31', sheet, row, 6, dateRaw),
    status,
    budget,
    shares,
    spent: place(input.spent, 0, sheet, row, after),
    forecast: input.forecast === undefined || input.forecast === 'none' ? null : place(input.forecast, null, sheet, row, after + 2),
    comment: input.comment === 'none' ? null : place(input.comment, null, sheet, row, after + 1),
  };
  if (input.row === undefined) autoRows.add(a);
  return a;
}

export interface FollowUpInput {
  readonly period?: In<string>;
  /** ISO date. */
  readonly date?: In<string>;
  readonly id?: In<string>;
  readonly spent?: In<number>;
  /** `'none'` for no Prognos column. */
  readonly forecast?: In<number> | 'none';
  readonly status?: In<Status>;
  /** `'none'` for no Kommentar column. */
  readonly comment?: In<string> | 'none';
  readonly row?: number;
}

/** One Uppföljning row; defaults: Tertial 1, 2011-04-30, A1, Utfall 0, blank Prognos, Pågår, blank Kommentar. */
export function makeFollowUp(input: FollowUpInput = {}): FollowUpRow {
  const row = input.row ?? 1;
  const sheet = SHEETS.followUp;
  const f: FollowUpRow = {
    row,
    period: place(input.period, 'Tertial 1', sheet, row, 0),
    date: place(input.date, '2011-04-30', sheet, row, 1, dateRaw),
    id: place(input.id, 'A1', sheet, row, 2),
    spent: place(input.spent, 0, sheet, row, 3),
    forecast: input.forecast === 'none' ? null : place(input.forecast, null, sheet, row, 4),
    status: place<Status>(input.status, 'inProgress', sheet, row, 5, (s) => STATUS_LABEL_SV[s]),
    comment: input.comment === 'none' ? null : place(input.comment, null, sheet, row, 6),
  };
  if (input.row === undefined) autoRows.add(f);
  return f;
}

function moveRecord<T extends { readonly row: number }>(rec: T, row: number): T {
  if (!autoRows.has(rec) || rec.row === row) return rec;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rec)) {
    if (isField(v)) out[k] = moveField(v, row);
    else if (k === 'shares' && Array.isArray(v)) {
      out[k] = (v as ActionShare[]).map((s) => ({ municipality: s.municipality, amount: moveField(s.amount, row) }));
    } else out[k] = v;
  }
  out.row = row;
  const moved = out as T;
  autoRows.add(moved);
  return moved;
}

// ---------------------------------------------------------------------------------------------------------
// Plan info and table locations

export interface InfoInput {
  readonly present?: boolean;
  /** `null` leaves the property out of the Plan sheet entirely; use `field(null)` for a blank value. */
  readonly name?: string | Field<string> | null;
  readonly decisionDate?: string | Field<string> | null;
  readonly decidedBy?: string | Field<string> | null;
  readonly totalBudget?: number | Field<number> | null;
  readonly reportDate?: string | Field<string> | null;
  readonly tolerance?: number | Field<number> | null;
  /** Uppföljningsperiod; absent unless given. */
  readonly followUpPeriod?: string | Field<string> | null;
}

/** Plan properties in the order of the standard Plan sheet (row 2 = index 0). */
const INFO_KEYS = ['name', 'decisionDate', 'decidedBy', 'totalBudget', 'reportDate', 'tolerance', 'followUpPeriod'] as const;

export function makeInfo(input: InfoInput = {}): PlanInfo {
  const present = input.present ?? true;
  if (!present) {
    return { present: false, name: null, decisionDate: null, decidedBy: null, totalBudget: null, reportDate: null, tolerance: null, followUpPeriod: null };
  }
  const defaults = {
    name: 'Handlingsplan för styrning av IS/IT',
    decisionDate: '2011-02-22',
    decidedBy: 'Kommunstyrelsen',
    totalBudget: DEFAULT_TOTAL,
    reportDate: '2011-06-30',
    tolerance: 0.5,
  };
  const build = <T>(key: (typeof INFO_KEYS)[number], v: T | Field<T> | null | undefined, d: T, raw?: (x: T) => CellValue): Field<T> | null => {
    if (v === null) return null;
    return place<T>(v === undefined ? d : v, null, SHEETS.plan, 1 + INFO_KEYS.indexOf(key), 1, raw);
  };
  return {
    present: true,
    name: build('name', input.name, defaults.name),
    decisionDate: build('decisionDate', input.decisionDate, defaults.decisionDate, dateRaw),
    decidedBy: build('decidedBy', input.decidedBy, defaults.decidedBy),
    totalBudget: build('totalBudget', input.totalBudget, defaults.totalBudget),
    reportDate: build('reportDate', input.reportDate, defaults.reportDate, dateRaw),
    tolerance: build('tolerance', input.tolerance, defaults.tolerance),
    followUpPeriod: input.followUpPeriod === undefined ? null : build('followUpPeriod', input.followUpPeriod, ''),
  };
}

/**
 * A table location with header row `headerRow` and `dataRows` data rows; `keys` are the field keys
 * of the columns from `firstCol` on, left to right.
 */
export function makeLocation(sheet: string, keys: readonly string[], dataRows: number, headerRow = 0, firstCol = 0): TableLocation {
  const columns: Record<string, number> = {};
  keys.forEach((k, i) => {
    columns[k] = firstCol + i;
  });
  const firstDataRow = headerRow + 1;
  const lastDataRow = headerRow + dataRows;
  const lastCol = firstCol + Math.max(keys.length, 1) - 1;
  const headerRange = a1Range(headerRow, firstCol, headerRow, lastCol);
  return {
    sheet,
    headerRow,
    firstDataRow,
    lastDataRow,
    headerRange,
    columns,
    columnRange: (key: string): string => {
      const col = columns[key];
      if (col === undefined) return headerRange;
      if (lastDataRow < firstDataRow) return a1(headerRow, col);
      return a1Range(firstDataRow, col, lastDataRow, col);
    },
  };
}

export const FOLLOW_UP_KEYS = ['period', 'date', 'id', 'spent', 'forecast', 'status', 'comment'] as const;

export const ACTION_KEYS_BEFORE_SHARES = ['id', 'name', 'goalId', 'responsible', 'decisionMaker', 'start', 'end', 'status', 'budget'] as const;

// ---------------------------------------------------------------------------------------------------------
// The plan

export function defaultMunicipalities(): Municipality[] {
  return DEFAULT_KEY.map((k) =>
    makeMunicipality({ name: k.name, share: k.share, percent: Math.round((k.share / DEFAULT_TOTAL) * 10_000) / 10_000 }),
  );
}

export function defaultGoals(): Goal[] {
  return [
    makeGoal({ id: 'M1', name: 'Tydliga ansvarsroller' }),
    makeGoal({ id: 'M2', name: 'Befogenhetsfördelningar' }),
    makeGoal({ id: 'M3', name: 'Hållbar, säker och stabil driftsmiljö' }),
  ];
}

export function defaultRoles(): Role[] {
  return [
    makeRole({ role: 'Kommundirektör', name: 'Anna Berg', organisation: 'Mora kommun', limit: 'unlimited' }),
    makeRole({ role: 'IT-chef', name: 'Per Olsson', organisation: 'IT-enheten', limit: 500_000 }),
    makeRole({ role: 'Ekonomichef', name: 'Karin Lind', organisation: 'Mora kommun', limit: 2_000_000 }),
    makeRole({ role: 'Informationssäkerhetssamordnare', name: 'Erik Dahl', organisation: 'IT-enheten', limit: 'none' }),
  ];
}

/** Three actions, 1 000 000 + 1 910 000 + 1 000 000 = 3 910 000, columns summing exactly to the key. */
export function defaultActions(): Action[] {
  return [
    makeAction({
      id: 'A1', name: 'Ta fram rollbeskrivningar', goalId: 'M1', responsible: 'Ekonomichef', decisionMaker: 'Kommundirektör',
      start: '2011-03-01', end: '2011-05-31', status: 'done', budget: 1_000_000,
      shares: { Mora: 585_678, Orsa: 202_046, Älvdalen: 212_276 }, spent: 950_000,
    }),
    makeAction({
      id: 'A2', name: 'Besluta om delegationsordning för IT', goalId: 'M2', responsible: 'Informationssäkerhetssamordnare', decisionMaker: 'Kommundirektör',
      start: '2011-04-01', end: '2011-12-31', status: 'inProgress', budget: 1_910_000,
      shares: { Mora: 1_118_644, Orsa: 385_908, Älvdalen: 405_448 }, spent: 400_000,
    }),
    makeAction({
      id: 'A3', name: 'Säkra driftsmiljön', goalId: 'M3', responsible: 'IT-chef', decisionMaker: 'Kommundirektör',
      start: '2011-09-01', end: '2012-06-30', status: 'notStarted', budget: 1_000_000,
      shares: { Mora: 585_678, Orsa: 202_046, Älvdalen: 212_276 }, spent: null,
    }),
  ];
}

export interface PlanInput {
  readonly info?: InfoInput | PlanInfo;
  /** `null`: the table is missing. */
  readonly financing?: readonly Municipality[] | null;
  readonly goals?: readonly Goal[] | null;
  readonly roles?: readonly Role[] | null;
  readonly actions?: readonly Action[] | null;
  /** Uppföljning's rows; omitted or `null`: no Uppföljning table. */
  readonly followUps?: readonly FollowUpRow[] | null;
  /** Defaults to the Finansiering names (or the first action's share names when financing is null). */
  readonly municipalityColumns?: readonly string[];
  readonly locations?: Partial<PlanModel['locations']>;
}

function isPlanInfo(x: InfoInput | PlanInfo): x is PlanInfo {
  return typeof x.present === 'boolean' && 'tolerance' in x && 'totalBudget' in x && (x.totalBudget === null || isField(x.totalBudget)) && 'decidedBy' in x;
}

export function makePlan(input: PlanInput = {}): PlanModel {
  const info = input.info !== undefined && isPlanInfo(input.info) ? input.info : makeInfo(input.info as InfoInput | undefined);
  const financing = input.financing === undefined ? defaultMunicipalities() : input.financing;
  const goals = input.goals === undefined ? defaultGoals() : input.goals;
  const roles = input.roles === undefined ? defaultRoles() : input.roles;
  const actions = input.actions === undefined ? defaultActions() : input.actions;
  const placedFinancing = financing?.map((m, i) => moveRecord(m, i + 1)) ?? null;
  const placedGoals = goals?.map((g, i) => moveRecord(g, i + 1)) ?? null;
  const placedRoles = roles?.map((r, i) => moveRecord(r, i + 1)) ?? null;
  const placedActions = actions?.map((a, i) => moveRecord(a, i + 1)) ?? null;
  const placedFollowUps = input.followUps?.map((f, i) => moveRecord(f, i + 1)) ?? null;

  const municipalityColumns =
    input.municipalityColumns ??
    (placedFinancing !== null
      ? placedFinancing.map((m) => m.name.value).filter((n): n is string => n !== null)
      : (placedActions?.[0]?.shares.map((s) => s.municipality) ?? []));

  const lastRow = (rows: readonly { row: number }[] | null): number => (rows === null || rows.length === 0 ? 0 : Math.max(...rows.map((r) => r.row)));
  const hasForecast = placedActions?.some((a) => a.forecast !== null) ?? false;
  const actionKeys = [...ACTION_KEYS_BEFORE_SHARES, ...municipalityColumns, 'spent', 'comment', ...(hasForecast ? ['forecast'] : [])];
  const locations: PlanModel['locations'] = {
    plan: info.present ? makeLocation(SHEETS.plan, ['key', 'value'], INFO_KEYS.length) : null,
    financing: placedFinancing === null ? null : makeLocation(SHEETS.financing, ['municipality', 'share', 'percent'], lastRow(placedFinancing)),
    goals: placedGoals === null ? null : makeLocation(SHEETS.goals, ['id', 'name'], lastRow(placedGoals)),
    roles: placedRoles === null ? null : makeLocation(SHEETS.roles, ['role', 'name', 'organisation', 'limit'], lastRow(placedRoles)),
    actions: placedActions === null ? null : makeLocation(SHEETS.actions, actionKeys, lastRow(placedActions)),
    followUps: placedFollowUps === null ? null : makeLocation(SHEETS.followUp, FOLLOW_UP_KEYS, lastRow(placedFollowUps)),
    ...input.locations,
  };
  return {
    info,
    financing: placedFinancing,
    goals: placedGoals,
    roles: placedRoles,
    actions: placedActions,
    followUps: placedFollowUps,
    locations,
    municipalityColumns,
  };
}

/** Column letter of a municipality's share in the standard Åtgärder layout (`J` for the first). */
export function shareColumn(index: number): string {
  return columnLetters(9 + index);
}

/** A rule context over a plan (report date 2011-06-30 and tolerance 0.5 pp unless given). */
export function makeContext(model: PlanModel = makePlan(), options: { reportDate?: string; tolerancePp?: number } = {}): {
  model: PlanModel;
  reportDate: string;
  tolerancePp: number;
} {
  return { model, reportDate: options.reportDate ?? '2011-06-30', tolerancePp: options.tolerancePp ?? 0.5 };
}
