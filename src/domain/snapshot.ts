/**
 * A workbook as the rules see it: plain data, produced by an adapter (office-js in src/excel,
 * exceljs in src/xlsx, or the in-memory workbook of the browser harness).
 *
 * Coordinates are zero-based in code and rendered as A1 addresses only at the edge (see a1.ts).
 */
import type { SealCopies } from './seal/stored';

/** An Excel error value such as `#REF!`, `#VALUE!`, `#DIV/0!`, `#N/A`, `#NAME?`. */
export interface ExcelError {
  readonly error: string;
}

/**
 * A formula saved without its result: the file was written by a program that does not calculate.
 * Only the file reader sees these (Excel always has the result).
 */
export interface NoResult {
  /** The formula's text as stored (without `=`); '' for the follower cells of a shared formula. */
  readonly formula: string;
}

/**
 * One cell's value. Dates are Excel serial numbers (as Excel stores them) or text.
 * `null` is an empty cell.
 */
export type CellValue = string | number | boolean | null | ExcelError | NoResult;

/** A rectangular block of cells anchored at a zero-based (row, col) on its sheet. */
export interface RangeSnapshot {
  /** Zero-based row of `values[0]` on the sheet. */
  readonly row: number;
  /** Zero-based column of `values[..][0]` on the sheet. */
  readonly col: number;
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats, same shape as `values`, when the adapter read them (optional hint only). */
  readonly numberFormats?: readonly (readonly string[])[];
}

export interface SheetSnapshot {
  readonly name: string;
  /** The sheet's used range (may be empty: `values: []`). */
  readonly used: RangeSnapshot;
}

export interface TableSnapshot {
  /** Excel table name, e.g. `Atgarder`. */
  readonly name: string;
  /** Name of the sheet that holds the table. */
  readonly sheet: string;
  /** Header row first, then the data rows (totals row excluded). */
  readonly range: RangeSnapshot;
}

export interface WorkbookSnapshot {
  /**
   * Sheets the adapter read. An adapter may leave out sheets that cannot matter
   * (see `names.ts#objectKindOf`), but must list every sheet name in `sheetNames`.
   */
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly TableSnapshot[];
  /** Every sheet name in the workbook, in tab order. */
  readonly sheetNames: readonly string[];
  /**
   * The stored validation seal: both copies (the custom XML part and Plankoll's very hidden sheet), each
   * record text or null. A plain string is the custom XML part alone (readers that know only that copy).
   */
  readonly seal?: SealCopies | string | null;
  /** Sheets the add-in created (the summary sheet, known by its marker name), when the adapter reads the marker. */
  readonly ownedSheets?: readonly string[];
}

export function isExcelError(v: CellValue | undefined): v is ExcelError {
  return typeof v === 'object' && v !== null && typeof (v as ExcelError).error === 'string';
}

export function isNoResult(v: CellValue | undefined): v is NoResult {
  return typeof v === 'object' && v !== null && typeof (v as NoResult).formula === 'string' && !('error' in v);
}

/** Excel's error literals; an adapter that only sees text (office-js `values`) maps these to ExcelError. */
export const EXCEL_ERROR_LITERALS: readonly string[] = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#CONNECT!',
  '#BLOCKED!',
  '#UNKNOWN!',
  '#BUSY!',
  '#PYTHON!',
];
