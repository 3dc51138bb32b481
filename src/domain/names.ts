/**
 * The workbook's vocabulary (SPEC §1): sheet/table names, column headers, Plan property keys and
 * statuses, in Swedish with their English aliases, and the one way names are compared.
 *
 * Names match ignoring case, surrounding and repeated spaces, diacritics (å/ä→a, ö→o, é→e) and a
 * money-unit suffix (`(kr)`, `(SEK)`, `(kronor)`). Any other parenthesis is significant: `Andel (kr)`
 * is the share, `Andel (%)` the share in percent. `(tkr)` is deliberately NOT stripped: a column in
 * thousands of kronor read as kronor would be off by a factor 1000, so it stays unrecognised (S003).
 */
import type { Status } from './model';

/** Folds a name: NFD without combining marks, lower case, trimmed, whitespace collapsed. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ')
    .trim();
}

const MONEY_SUFFIX = /\s*\(\s*(kr|sek|kronor)\s*\)$/;

/**
 * Names repeat across a plan's rows (statuses, roles, municipalities), and folding is Unicode work:
 * remember the last few thousand results. A pure function's memo, bounded, so it never grows with the file.
 */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 4096;

/** The key two names are compared by: `Utfall (kr)`, ` UTFALL ` and `utfall (SEK)` all give `utfall`. */
export function normalizeName(s: string): string {
  const known = NORMALIZED.get(s);
  if (known !== undefined) return known;
  const key = foldName(s)
    .replace(MONEY_SUFFIX, '')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .trim();
  if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
  NORMALIZED.set(s, key);
  return key;
}

/**
 * The objects of an action-plan workbook: the five of the plan, and the optional follow-up history
 * (`Uppföljning`, SPEC §7), which is read like them but is no part of the plan itself.
 */
export type ObjectKind = 'plan' | 'financing' | 'goals' | 'roles' | 'actions' | 'followUp';

export const OBJECT_KINDS: readonly ObjectKind[] = ['plan', 'financing', 'goals', 'roles', 'actions', 'followUp'];

/** Canonical Swedish sheet names (as written by the template and used in findings). */
export const SHEET_NAME: Readonly<Record<ObjectKind, string>> = {
  plan: 'Plan',
  financing: 'Finansiering',
  goals: 'Mål',
  roles: 'Roller',
  actions: 'Åtgärder',
  followUp: 'Uppföljning',
};

/** Canonical Excel table names (ASCII, as SPEC §1). */
export const TABLE_NAME: Readonly<Record<ObjectKind, string>> = {
  plan: 'Plan',
  financing: 'Finansiering',
  goals: 'Mal',
  roles: 'Roller',
  actions: 'Atgarder',
  followUp: 'Uppfoljning',
};

/** Objects the plan cannot be checked without (S001); the others are optional (S002). */
export const REQUIRED_OBJECTS: ReadonlySet<ObjectKind> = new Set<ObjectKind>(['financing', 'roles', 'actions']);

const OBJECT_ALIASES: Readonly<Record<ObjectKind, readonly string[]>> = {
  plan: ['Plan'],
  financing: ['Finansiering', 'Funding', 'Financing'],
  goals: ['Mål', 'Goals'],
  roles: ['Roller', 'Roles'],
  actions: ['Åtgärder', 'Actions'],
  followUp: ['Uppföljning', 'Follow-up', 'FollowUp', 'Follow up'],
};

const OBJECT_BY_KEY: ReadonlyMap<string, ObjectKind> = new Map(
  OBJECT_KINDS.flatMap((kind) => OBJECT_ALIASES[kind].map((alias) => [normalizeName(alias), kind] as const)),
);

/** Which object a sheet or table name denotes (`ATGARDER` → actions), or null for any other name. */
export function objectKindOf(name: string): ObjectKind | null {
  return OBJECT_BY_KEY.get(normalizeName(name)) ?? null;
}

/** True for a sheet an adapter must read (snapshot.ts): one of the plan's objects, Uppföljning included. */
export function isPlanSheetName(name: string): boolean {
  return objectKindOf(name) !== null;
}

/**
 * What an adapter reads into a snapshot, the same in every adapter (the Excel reader, the in-memory
 * workbook): the tables that are plan objects, and the plan sheets whose object no such table already
 * holds (a table wins in resolution, SPEC §1, so a table on its own sheet is not read twice).
 */
export function planObjectsToRead<S extends { readonly name: string }, T extends { readonly name: string }>(
  sheets: readonly S[],
  tables: readonly T[],
): { readonly sheets: S[]; readonly tables: T[] } {
  const planTables = tables.filter((t) => objectKindOf(t.name) !== null);
  const tableKinds = new Set(planTables.map((t) => objectKindOf(t.name)));
  const planSheets = sheets.filter((s) => {
    const kind = objectKindOf(s.name);
    return kind !== null && !tableKinds.has(kind);
  });
  return { sheets: planSheets, tables: planTables };
}

/** A column (or Plan property) the reader knows: its field key, Swedish header and accepted aliases. */
export interface ColumnSpec {
  /** Key in `TableLocation.columns` and the model (English). */
  readonly field: string;
  /** Swedish header as SPEC §1 writes it (used in findings and by the template). */
  readonly header: string;
  /** English alias and other accepted spellings. */
  readonly aliases: readonly string[];
  readonly required: boolean;
}

function col(field: string, header: string, aliases: readonly string[], required = true): ColumnSpec {
  return { field, header, aliases, required };
}

/** Columns per object, in the order the template writes them. Actions' municipality columns are dynamic. */
export const COLUMNS: Readonly<Record<ObjectKind, readonly ColumnSpec[]>> = {
  plan: [col('key', 'Egenskap', ['Property']), col('value', 'Värde', ['Value'])],
  financing: [
    col('municipality', 'Kommun', ['Municipality']),
    col('share', 'Andel (kr)', ['Share']),
    col('percent', 'Andel (%)', ['Share %', 'Share (%)', 'Andel %'], false),
  ],
  goals: [col('id', 'MålID', ['GoalID', 'Mål-ID', 'Mål ID', 'Goal ID']), col('name', 'Mål', ['Goal'])],
  roles: [
    col('role', 'Roll', ['Role']),
    col('name', 'Namn', ['Name']),
    col('organisation', 'Organisation', ['Organization']),
    col('limit', 'Beslutsrätt (kr)', ['Decision limit']),
  ],
  actions: [
    col('id', 'ID', []),
    col('name', 'Åtgärd', ['Action']),
    col('goalId', 'MålID', ['GoalID', 'Mål-ID', 'Mål ID', 'Goal ID']),
    col('responsible', 'Ansvarig', ['Responsible']),
    col('decisionMaker', 'Beslutsfattare', ['Decision maker']),
    col('start', 'Start', []),
    col('end', 'Slut', ['End']),
    col('status', 'Status', []),
    col('budget', 'Budget (kr)', ['Budget']),
    col('spent', 'Utfall (kr)', ['Spent']),
    col('forecast', 'Prognos (kr)', ['Forecast'], false),
    col('comment', 'Kommentar', ['Comment'], false),
  ],
  /**
   * One row per action per earlier follow-up (SPEC §7). Prognos and Kommentar are optional: history kept
   * before forecasts were, or without comments, is still history (a blank forecast is worked out as §7 says).
   */
  followUp: [
    col('period', 'Period', []),
    col('date', 'Datum', ['Date']),
    col('id', 'ID', []),
    col('spent', 'Utfall (kr)', ['Spent']),
    col('forecast', 'Prognos (kr)', ['Forecast'], false),
    col('status', 'Status', []),
    col('comment', 'Kommentar', ['Comment'], false),
  ],
};

/** The column spec whose header or alias matches `header`, or null. */
export function columnOf(kind: ObjectKind, header: string): ColumnSpec | null {
  const key = normalizeName(header);
  if (key === '') return null;
  return COLUMNS[kind].find((c) => [c.header, ...c.aliases].some((n) => normalizeName(n) === key)) ?? null;
}

/** Plan properties (key/value rows of the Plan sheet). All optional. */
export type PlanProperty = 'name' | 'decisionDate' | 'decidedBy' | 'totalBudget' | 'reportDate' | 'tolerance' | 'followUpPeriod';

export const PLAN_PROPERTIES: readonly ColumnSpec[] = [
  col('name', 'Namn', ['Name'], false),
  col('decisionDate', 'Beslutsdatum', ['Decision date'], false),
  col('decidedBy', 'Beslutsorgan', ['Decided by'], false),
  col('totalBudget', 'Total budget (kr)', ['Total budget'], false),
  col('reportDate', 'Rapportdatum', ['Report date'], false),
  col('tolerance', 'Tolerans fördelning (%-enheter)', ['Allocation tolerance (pp)', 'Tolerans fördelning'], false),
  col('followUpPeriod', 'Uppföljningsperiod', ['Follow-up period', 'Followup period'], false),
];

export function planPropertyOf(key: string): PlanProperty | null {
  const k = normalizeName(key);
  if (k === '') return null;
  const spec = PLAN_PROPERTIES.find((c) => [c.header, ...c.aliases].some((n) => normalizeName(n) === k));
  return spec ? (spec.field as PlanProperty) : null;
}

/** Default allocation tolerance in percentage points (SPEC §1). */
export const DEFAULT_TOLERANCE_PP = 0.5;

export const STATUSES: readonly Status[] = ['notStarted', 'inProgress', 'done', 'delayed', 'cancelled'];

/** Status labels as written in the workbook (Swedish) and their English aliases. */
export const STATUS_LABEL: Readonly<Record<Status, { readonly sv: string; readonly en: string }>> = {
  notStarted: { sv: 'Ej påbörjad', en: 'Not started' },
  inProgress: { sv: 'Pågår', en: 'In progress' },
  done: { sv: 'Klar', en: 'Done' },
  delayed: { sv: 'Försenad', en: 'Delayed' },
  cancelled: { sv: 'Avbruten', en: 'Cancelled' },
};

const EXTRA_STATUS_ALIASES: Readonly<Record<string, Status>> = { canceled: 'cancelled', 'ej paborjat': 'notStarted' };

const STATUS_BY_KEY: ReadonlyMap<string, Status> = new Map([
  ...STATUSES.flatMap((s) => [
    [normalizeName(STATUS_LABEL[s].sv), s] as const,
    [normalizeName(STATUS_LABEL[s].en), s] as const,
  ]),
  ...Object.entries(EXTRA_STATUS_ALIASES),
]);

/** `PÅGÅR`, `pagar`, `In progress` → inProgress; anything else → null. */
export function statusOf(text: string): Status | null {
  return STATUS_BY_KEY.get(normalizeName(text)) ?? null;
}

/** Words that mean "no limit" in `Beslutsrätt (kr)`. */
export function isUnlimitedWord(text: string): boolean {
  return ['obegransad', 'obegransat', 'unlimited', 'no limit'].includes(normalizeName(text));
}

/** Labels of a totals row a person may add under a table (`Summa`), which is not data. */
export function isTotalsLabel(text: string): boolean {
  // Asked of every data row's first cell (an ID, mostly): text that starts with a printable ASCII character
  // other than s or t folds to a name that starts with it, so it is none of these (and needs no folding).
  const c = text.charCodeAt(0);
  if (c > 32 && c < 127 && c !== 83 && c !== 115 && c !== 84 && c !== 116) return false;
  return ['summa', 'totalt', 'total', 'sum', 'summa totalt', 'totalsumma', 'totals'].includes(normalizeName(text));
}
