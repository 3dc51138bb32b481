/**
 * A template table as the cells a writer puts on its sheet: one rectangle from A1 (header row, then the
 * data rows), each cell's value and number format, and each column's data range for formats and lists.
 */
import { a1, a1Range, columnLetters } from '../a1';
import { isoToSerial } from '../dates';
import { NUMBER_FORMAT, cellNumberFormat } from './formats';
import type { ListValidation, TemplateCell, TemplateColumn, TemplateTable } from './types';

export type GridValue = string | number | null;

export interface GridColumn {
  readonly letter: string;
  readonly column: TemplateColumn;
  /** The column's data cells, e.g. `E2:E2`. */
  readonly dataRange: string;
  readonly numberFormat: string;
  readonly validation: ListValidation | null;
}

export interface TableGrid {
  /** Header + data, e.g. `A1:N2`. */
  readonly address: string;
  readonly values: readonly (readonly GridValue[])[];
  readonly numberFormats: readonly (readonly string[])[];
  /** Which cells hold dates (written as serial numbers; the file writer makes them real dates). */
  readonly isDate: readonly (readonly boolean[])[];
  readonly columns: readonly GridColumn[];
}

/** A cell's value: an ISO date becomes its Excel serial; an impossible date stays the text it was. */
function gridValue(cell: TemplateCell): { value: GridValue; date: boolean } {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return { value: cell, date: false };
  const serial = isoToSerial(cell.date);
  return serial === null ? { value: cell.date, date: false } : { value: serial, date: true };
}

export function tableGrid(t: TemplateTable): TableGrid {
  const width = t.columns.length;
  const lastRow = t.rows.length; // zero-based: header at 0, data rows 1..n
  const formatOverride = new Map((t.cellFormats ?? []).map((f) => [`${f.row}:${f.col}`, f.format]));
  const values: GridValue[][] = [t.columns.map((c) => c.header)];
  const numberFormats: string[][] = [t.columns.map(() => NUMBER_FORMAT.text)];
  const isDate: boolean[][] = [t.columns.map(() => false)];
  t.rows.forEach((row, r) => {
    const cells = t.columns.map((c, i) => {
      const cell = row[i] ?? null;
      const format = formatOverride.get(`${r}:${i}`) ?? c.format;
      const { value, date } = gridValue(cell);
      return { value, date, numberFormat: cellNumberFormat(format, value, date) };
    });
    values.push(cells.map((c) => c.value));
    numberFormats.push(cells.map((c) => c.numberFormat));
    isDate.push(cells.map((c) => c.date));
  });
  return {
    address: a1Range(0, 0, lastRow, width - 1),
    values,
    numberFormats,
    isDate,
    columns: t.columns.map((column, i) => ({
      letter: columnLetters(i),
      column,
      dataRange: `${a1(1, i)}:${a1(lastRow, i)}`,
      numberFormat: NUMBER_FORMAT[column.format],
      validation: column.validation ?? null,
    })),
  };
}
