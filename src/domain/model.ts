/**
 * The plan model: the workbook's tables read into typed fields, each remembering the cell it came from,
 * so a rule can point a person at it. Built from a snapshot by readPlan.ts (reading), checked by rules/.
 *
 * A field keeps what was in the cell (`raw`) and what it means (`value`); `issue` says why the
 * meaning is doubtful. Reading never throws and never reports: the rules decide what is a finding.
 *
 * The large tables are kept as columns (read/field.ts): an Action or a FollowUpRow read from a workbook
 * is a view of its row whose fields are made when read, and a field read from a table makes its `ref`
 * when asked. So a field is a value, never an identity (`a.budget !== a.budget`), and a spread of a read
 * action or field (`{ ...a }`) or a structuredClone does not copy its getters: edit a model with the
 * builders in tests/builders (or plainAction). JSON.stringify gives what a plain object would (toJSON).
 */
import type { CellValue } from './snapshot';
import type { Lang } from './finding';

export type Status = 'notStarted' | 'inProgress' | 'done' | 'delayed' | 'cancelled';

/** Where a value lives: a sheet and an A1 address (cell or range). */
export interface Ref {
  readonly sheet: string;
  readonly cell: string;
}

/**
 * Why a field's value is doubtful:
 * - `blank`: the cell is empty (value null);
 * - `invalid`: it cannot be read as the field's type (value null), e.g. `"abc"` as an amount, `"2011-13-45"` as a date;
 * - `excelError`: it holds an Excel error such as `#REF!` (value null);
 * - `noResult`: it holds a formula saved without its result (value null; S006);
 * - `textNumber`: an amount stored as text that reads as a number (`"2 290 000 kr"`); value is that number.
 */
export type FieldIssue = 'blank' | 'invalid' | 'excelError' | 'noResult' | 'textNumber';

export interface Field<T> {
  readonly value: T | null;
  readonly raw: CellValue;
  readonly ref: Ref;
  readonly issue?: FieldIssue;
}

/** Text fields: trimmed text (numbers are read as their text); blank -> value null, issue 'blank'. */
export type TextField = Field<string>;
/** Amounts in kronor (öre allowed). */
export type AmountField = Field<number>;
/** Dates as ISO `YYYY-MM-DD` (from a serial number or ISO text). */
export type DateField = Field<string>;

/** Decision authority of a role (`Beslutsrätt (kr)`): blank = none, `obegränsad`/`unlimited` = no limit. */
export type DecisionLimit =
  | { readonly kind: 'none' }
  | { readonly kind: 'unlimited' }
  | { readonly kind: 'amount'; readonly amount: number };

export interface PlanInfo {
  /** The Plan sheet/table was found (else S002 was reported and plan-level values are absent). */
  readonly present: boolean;
  readonly name: TextField | null;
  readonly decisionDate: DateField | null;
  readonly decidedBy: TextField | null;
  readonly totalBudget: AmountField | null;
  readonly reportDate: DateField | null;
  /** Allocation tolerance in percentage points; the field, when given. */
  readonly tolerance: AmountField | null;
  /**
   * `Uppföljningsperiod`: the label of the current follow-up (`Helår 2011`), when given. Without it the
   * current follow-up is labelled with the report date (followup/period.ts).
   */
  readonly followUpPeriod: TextField | null;
}

export interface Municipality {
  readonly name: TextField;
  readonly share: AmountField;
  /** `Andel (%)` as a fraction (0.5857), already converted from percent points when > 1; null if no such column. */
  readonly percent: Field<number> | null;
  readonly row: number;
}

export interface Goal {
  readonly id: TextField;
  readonly name: TextField;
  readonly row: number;
}

export interface Role {
  readonly role: TextField;
  readonly name: TextField;
  readonly organisation: TextField;
  /** `value` null with issue when the cell cannot be read; otherwise the limit. */
  readonly limit: Field<DecisionLimit>;
  readonly row: number;
}

export type StatusField = Field<Status>;

export interface ActionShare {
  /** The municipality's name as written in Finansiering. */
  readonly municipality: string;
  readonly amount: AmountField;
}

export interface Action {
  /** Zero-based sheet row (A1 row = row + 1). */
  readonly row: number;
  readonly id: TextField;
  readonly name: TextField;
  readonly goalId: TextField;
  readonly responsible: TextField;
  readonly decisionMaker: TextField;
  readonly start: DateField;
  readonly end: DateField;
  readonly status: StatusField;
  readonly budget: AmountField;
  /** One per municipality in Finansiering that has a column, in Finansiering's order. */
  readonly shares: readonly ActionShare[];
  readonly spent: AmountField;
  /**
   * `Prognos (kr)`: the expected total cost when the action is finished; null when Åtgärder has no such
   * column. A blank cell is a field with issue 'blank' (the forecast is then worked out, followup/forecast.ts).
   */
  readonly forecast: AmountField | null;
  readonly comment: TextField | null;
}

/**
 * One row of Uppföljning (SPEC §7): one action as it stood at an earlier follow-up. `forecast` and
 * `comment` are null when the table has no such column.
 */
export interface FollowUpRow {
  /** Zero-based sheet row (A1 row = row + 1). */
  readonly row: number;
  /** The follow-up's label (`Tertial 1`), as written. */
  readonly period: TextField;
  readonly date: DateField;
  /** The action's ID in Åtgärder. */
  readonly id: TextField;
  readonly spent: AmountField;
  readonly forecast: AmountField | null;
  readonly status: StatusField;
  readonly comment: TextField | null;
}

/**
 * Uppföljning's rows as columns: entry i is row i of `rows`. A blank or unreadable cell is null (text,
 * dates, status), 0 (Utfall, as the summary counts it) or NaN (Prognos: blank, unreadable or no column).
 */
export interface FollowUpColumns {
  readonly rows: readonly FollowUpRow[];
  readonly period: readonly (string | null)[];
  /** ISO dates. */
  readonly date: readonly (string | null)[];
  readonly id: readonly (string | null)[];
  readonly spent: Float64Array;
  readonly forecast: Float64Array;
  readonly status: readonly (Status | null)[];
}

/** Where a table was found, for findings about a whole column or table. */
export interface TableLocation {
  readonly sheet: string;
  /** Zero-based row of the header. */
  readonly headerRow: number;
  /** Zero-based first and last data row (last < first when the table has no data). */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Header cell range, e.g. `A1:M1`. */
  readonly headerRange: string;
  /** Zero-based column of each mapped field (field key -> column). Municipality columns are keyed by name. */
  readonly columns: Readonly<Record<string, number>>;
  /** Data range of a field's column (e.g. `J2:J20`), or the header cell when there is no data. */
  readonly columnRange: (field: string) => string;
}

export interface PlanModel {
  readonly info: PlanInfo;
  /** null when the table is missing (S001 reported). */
  readonly financing: readonly Municipality[] | null;
  /** null when Mål is missing (S002 reported): P003 and P008 are skipped. */
  readonly goals: readonly Goal[] | null;
  readonly roles: readonly Role[] | null;
  readonly actions: readonly Action[] | null;
  /**
   * The Uppföljning table's rows, oldest first as written; null when the workbook has no Uppföljning
   * (no finding: a plan without history is normal) or it lacks a required column (S003). The
   * follow-up rules (U001–U007) run only when this is not null.
   */
  readonly followUps: readonly FollowUpRow[] | null;
  /**
   * The same rows column by column, as the reader read them (read/followUps.ts): what the summary walks,
   * 60 000 numbers and labels in a few arrays rather than 60 000 row objects. They describe `followUps`
   * only while `rows` is that very array; absent (a hand-made model) or stale, they are made from the rows.
   */
  readonly followUpColumns?: FollowUpColumns | null;
  readonly locations: {
    readonly plan: TableLocation | null;
    readonly financing: TableLocation | null;
    readonly goals: TableLocation | null;
    readonly roles: TableLocation | null;
    readonly actions: TableLocation | null;
    readonly followUps: TableLocation | null;
  };
  /** Municipalities (names as in Finansiering) that have a column in Åtgärder. */
  readonly municipalityColumns: readonly string[];
}

export interface ValidateOptions {
  readonly lang?: Lang;
  /** ISO date from the CLI's `--report-date`; beats the Plan's Rapportdatum. */
  readonly reportDate?: string;
  /** Today's ISO date, passed in so the domain stays pure. */
  readonly today: string;
}
