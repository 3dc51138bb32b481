/** Typed cells for building a sheet layout: each value carries the number format it is shown with. */
import { a1, a1Range } from '../a1';
import { isoToSerial } from '../dates';
import type { CellValue } from '../snapshot';
import { FORMAT_DATE, FORMAT_DATETIME, FORMAT_INTEGER, FORMAT_KR, FORMAT_PERCENT, FORMAT_TEXT } from './formats';
import type { LayoutBlock } from './layout';

export interface Cell {
  readonly value: CellValue;
  readonly format: string;
}

/** Text from anywhere (the workbook included) — a `@` cell, so `=HYPERLINK(…)` stays text. */
export function text(value: string): Cell {
  return { value, format: FORMAT_TEXT };
}

export function kr(value: number): Cell {
  return { value, format: FORMAT_KR };
}

export function integer(value: number): Cell {
  return { value, format: FORMAT_INTEGER };
}

/** A fraction shown as percent; a dash when there is none (e.g. no budget). */
export function percent(value: number | null): Cell {
  return value === null ? text('–') : { value, format: FORMAT_PERCENT };
}

/** An ISO date as an Excel date serial shown `yyyy-mm-dd`; text if it is not a valid date. */
export function date(iso: string): Cell {
  const serial = isoToSerial(iso);
  return serial === null ? text(iso) : { value: serial, format: FORMAT_DATE };
}

/** An ISO date-time (`YYYY-MM-DDTHH:MM[:SS]`, local time, any suffix ignored) as an Excel serial. */
export function dateTime(iso: string): Cell {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(iso);
  const day = m ? isoToSerial(m[1]) : null;
  if (m === null || day === null) return text(iso);
  const seconds = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return { value: day + seconds / 86_400, format: FORMAT_DATETIME };
}

/** A rectangular block of cells whose top-left is the zero-based (row, col). */
export function blockAt(
  row: number,
  col: number,
  cells: readonly (readonly Cell[])[],
  style: { readonly bold?: boolean; readonly fontSize?: number } = {},
): LayoutBlock {
  return {
    address: a1(row, col),
    values: cells.map((r) => r.map((c) => c.value)),
    numberFormat: cells.map((r) => r.map((c) => c.format)),
    ...(style.bold ? { bold: true } : {}),
    ...(style.fontSize !== undefined ? { fontSize: style.fontSize } : {}),
  };
}

/** The A1 range of `rows` × `cols` cells from the zero-based (row, col). */
export function rangeAt(row: number, col: number, rows: number, cols: number): string {
  return a1Range(row, col, row + rows - 1, col + cols - 1);
}

/** Roughly how many characters a cell shows (for column widths): `2 290 000 kr` is 12. */
export function displayWidth(cell: Cell): number {
  const v = cell.value;
  if (typeof v === 'string') return v.length;
  if (typeof v !== 'number') return 4;
  if (cell.format === FORMAT_DATE) return 10;
  if (cell.format === FORMAT_DATETIME) return 16;
  if (cell.format === FORMAT_PERCENT) return 7;
  const whole = String(Math.trunc(Math.abs(v))).length;
  const grouped = whole + Math.floor((whole - 1) / 3) + (v < 0 ? 1 : 0);
  return cell.format === FORMAT_KR ? grouped + 3 : grouped;
}
