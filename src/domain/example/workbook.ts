/**
 * A plan workbook as plain data: the sheets and Excel tables a writer creates (src/xlsx/writePlan.ts
 * with exceljs). Pure: no exceljs here. Every table sits at A1 of its own sheet, header in row 1.
 */
import type { ExcelError } from '../snapshot';

/** How a column's cells are formatted. */
export type ColumnKind = 'text' | 'amount' | 'percent' | 'date' | 'general';

/**
 * One cell: text (always written as a value, never a formula), a number, a boolean, an ISO date
 * written as a real Excel date, an amount in a column of another kind, an Excel error value, or empty.
 */
export type PlanCell =
  | string
  | number
  | boolean
  | null
  | { readonly date: string }
  | { readonly amount: number }
  | ExcelError;

export interface PlanColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  /** Width in characters. */
  readonly width: number;
}

export interface PlanTable {
  readonly sheet: string;
  /** Excel table name (no spaces or diacritics). */
  readonly table: string;
  readonly columns: readonly PlanColumn[];
  readonly rows: readonly (readonly PlanCell[])[];
}

export interface PlanWorkbook {
  readonly tables: readonly PlanTable[];
}

export function isDateCell(cell: PlanCell): cell is { readonly date: string } {
  return typeof cell === 'object' && cell !== null && 'date' in cell;
}

export function isAmountCell(cell: PlanCell): cell is { readonly amount: number } {
  return typeof cell === 'object' && cell !== null && 'amount' in cell;
}

export function isErrorCell(cell: PlanCell): cell is ExcelError {
  return typeof cell === 'object' && cell !== null && 'error' in cell;
}
