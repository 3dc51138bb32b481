/** Uppföljning (SPEC §7): one row per action per earlier follow-up. Prognos and Kommentar are optional columns. */
import type { AmountField, DateField, FollowUpColumns, FollowUpRow, Status, StatusField, TextField } from '../model';
import { readMoney } from './amount';
import { readDate } from './date';
import { FieldColumn } from './field';
import type { RowCells } from './rows';
import { readStatus } from './status';
import { readText } from './text';

export interface OptionalFollowUpColumns {
  readonly forecast: boolean;
  readonly comment: boolean;
}

/** Uppföljning's columns, as read (FieldColumn): a row is a view of them, as an action is (actions.ts). */
class FollowUpFieldColumns {
  readonly period: FieldColumn<string>;
  readonly date: FieldColumn<string>;
  readonly id: FieldColumn<string>;
  readonly spent: FieldColumn<number>;
  readonly forecast: FieldColumn<number> | null;
  readonly status: FieldColumn<Status>;
  readonly comment: FieldColumn<string> | null;

  constructor(
    readonly rows: Int32Array,
    optional: OptionalFollowUpColumns,
  ) {
    this.period = new FieldColumn<string>(readText, rows);
    this.date = new FieldColumn<string>(readDate, rows);
    this.id = new FieldColumn<string>(readText, rows);
    this.spent = new FieldColumn<number>(readMoney, rows);
    this.forecast = optional.forecast ? new FieldColumn<number>(readMoney, rows) : null;
    this.status = new FieldColumn<Status>(readStatus, rows);
    this.comment = optional.comment ? new FieldColumn<string>(readText, rows) : null;
  }

  read(r: RowCells, i: number): void {
    this.period.read(r, 'period', i);
    this.date.read(r, 'date', i);
    this.id.read(r, 'id', i);
    this.spent.read(r, 'spent', i);
    this.forecast?.read(r, 'forecast', i);
    this.status.read(r, 'status', i);
    this.comment?.read(r, 'comment', i);
  }
}

/** A follow-up row: row `i` of the columns; each field is made when asked for (a new object each time). */
class ColumnFollowUpRow implements FollowUpRow {
  readonly #c: FollowUpFieldColumns;
  readonly #i: number;

  constructor(c: FollowUpFieldColumns, i: number) {
    this.#c = c;
    this.#i = i;
  }

  get row(): number {
    return this.#c.rows[this.#i];
  }
  get period(): TextField {
    return this.#c.period.field(this.#i);
  }
  get date(): DateField {
    return this.#c.date.field(this.#i);
  }
  get id(): TextField {
    return this.#c.id.field(this.#i);
  }
  get spent(): AmountField {
    return this.#c.spent.field(this.#i);
  }
  get forecast(): AmountField | null {
    return this.#c.forecast?.field(this.#i) ?? null;
  }
  get status(): StatusField {
    return this.#c.status.field(this.#i);
  }
  get comment(): TextField | null {
    return this.#c.comment?.field(this.#i) ?? null;
  }

  /** As a plain row would serialize (JSON.stringify does not see a getter). */
  toJSON(): FollowUpRow {
    return { row: this.row, period: this.period, date: this.date, id: this.id, spent: this.spent, forecast: this.forecast, status: this.status, comment: this.comment };
  }
}

/** Columns being filled, one row at a time, as the rows are read (each row's fields read while at hand). */
export interface FollowUpColumnsBuilder {
  readonly period: (string | null)[];
  readonly date: (string | null)[];
  readonly id: (string | null)[];
  readonly spent: Float64Array;
  readonly forecast: Float64Array;
  readonly status: (Status | null)[];
}

export function startFollowUpColumns(count: number): FollowUpColumnsBuilder {
  return {
    period: new Array<string | null>(count).fill(null),
    date: new Array<string | null>(count).fill(null),
    id: new Array<string | null>(count).fill(null),
    spent: new Float64Array(count),
    forecast: new Float64Array(count).fill(NaN),
    status: new Array<Status | null>(count).fill(null),
  };
}

const finite = (v: number | null | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

/** Writes row `r` as entry `i` (hand-made rows may lack optional fields: read as blank). */
export function addFollowUpColumns(b: FollowUpColumnsBuilder, i: number, r: FollowUpRow): void {
  b.period[i] = r.period?.value ?? null;
  b.date[i] = r.date?.value ?? null;
  b.id[i] = r.id?.value ?? null;
  const spent = finite(r.spent?.value);
  b.spent[i] = Number.isNaN(spent) ? 0 : spent;
  b.forecast[i] = finite(r.forecast?.value);
  b.status[i] = r.status?.value ?? null;
}

export function finishFollowUpColumns(b: FollowUpColumnsBuilder, rows: readonly FollowUpRow[]): FollowUpColumns {
  return { rows, ...b };
}

/** The columns of `rows` (for rows the reader did not read: a hand-made model, or a stale column set). */
export function followUpColumnsOf(rows: readonly FollowUpRow[]): FollowUpColumns {
  const b = startFollowUpColumns(rows.length);
  for (let i = 0; i < rows.length; i++) addFollowUpColumns(b, i, rows[i]);
  return finishFollowUpColumns(b, rows);
}

/** Reads Uppföljning's rows, and their columns in the same pass (the columns share the read values). */
export function readFollowUps(rows: readonly RowCells[], optional: OptionalFollowUpColumns): { rows: FollowUpRow[]; columns: FollowUpColumns } {
  const n = rows.length;
  const sheetRows = new Int32Array(n);
  for (let i = 0; i < n; i++) sheetRows[i] = rows[i].row;
  const c = new FollowUpFieldColumns(sheetRows, optional);
  const out = new Array<FollowUpRow>(n);
  for (let i = 0; i < n; i++) {
    c.read(rows[i], i);
    out[i] = new ColumnFollowUpRow(c, i);
  }
  const spent = new Float64Array(n);
  const forecast = new Float64Array(n).fill(NaN);
  const spentRead = c.spent.values;
  const forecastRead = c.forecast?.values ?? null;
  for (let i = 0; i < n; i++) {
    const s = finite(spentRead[i]);
    spent[i] = Number.isNaN(s) ? 0 : s;
    if (forecastRead !== null) forecast[i] = finite(forecastRead[i]);
  }
  return {
    rows: out,
    columns: { rows: out, period: c.period.values, date: c.date.values, id: c.id.values, spent, forecast, status: c.status.values },
  };
}
