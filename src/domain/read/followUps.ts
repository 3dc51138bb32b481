/** Uppföljning (SPEC §7): one row per action per earlier follow-up. Prognos and Kommentar are optional columns. */
import type { FollowUpColumns, FollowUpRow, Status } from '../model';
import { readMoney } from './amount';
import { readDate } from './date';
import type { RowCells } from './rows';
import { readStatus } from './status';
import { readText } from './text';

export interface OptionalFollowUpColumns {
  readonly forecast: boolean;
  readonly comment: boolean;
}

export function readFollowUpRow(r: RowCells, optional: OptionalFollowUpColumns): FollowUpRow {
  return {
    row: r.row,
    period: r.read('period', readText),
    date: r.read('date', readDate),
    id: r.read('id', readText),
    spent: r.read('spent', readMoney),
    forecast: optional.forecast ? r.read('forecast', readMoney) : null,
    status: r.read('status', readStatus),
    comment: optional.comment ? r.read('comment', readText) : null,
  };
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

/** Reads Uppföljning's rows, and their columns in the same pass. */
export function readFollowUps(rows: readonly RowCells[], optional: OptionalFollowUpColumns): { rows: FollowUpRow[]; columns: FollowUpColumns } {
  const out = new Array<FollowUpRow>(rows.length);
  const b = startFollowUpColumns(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = readFollowUpRow(rows[i], optional);
    out[i] = row;
    addFollowUpColumns(b, i, row);
  }
  return { rows: out, columns: finishFollowUpColumns(b, out) };
}
