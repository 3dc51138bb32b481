/**
 * The file adapter's reading half: an exceljs workbook (or .xlsx bytes) -> `WorkbookSnapshot`.
 *
 * Every sheet's used range (the bounding box of the cells that hold a value) and every Excel table
 * (header row + data rows, totals row excluded), with zero-based anchors. No Node imports: the
 * browser harness reuses this module. Cost is one pass over the stored cells per sheet; tables are
 * slices of the sheet's grid.
 */
import ExcelJS from 'exceljs';
import { parseA1 } from '../domain/a1';
import type { CellValue, RangeSnapshot, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../domain/snapshot';
import { toCellValue } from './cellValue';
import { isSealSheetName } from '../domain/seal/sheetCopy';

export interface SnapshotOptions {
  /** Also read number formats into `numberFormats` (costs a style lookup per cell). Default false. */
  readonly numberFormats?: boolean;
}

/** A sheet's cells as a dense grid over its used range, with the bounds needed to slice tables. */
interface Grid {
  readonly row: number;
  readonly col: number;
  readonly values: CellValue[][];
  readonly formats: string[][] | null;
}

/** Largest used range read as a dense block; beyond it rows are ragged (see readGrid). */
export const MAX_DENSE_CELLS = 4_000_000;

const EMPTY_GRID: Grid = { row: 0, col: 0, values: [], formats: null };

function readGrid(ws: ExcelJS.Worksheet, withFormats: boolean): Grid {
  // First pass: the non-empty cells, row by row (exceljs stores rows sparsely).
  const rows: { r: number; cols: number[]; vals: CellValue[]; fmts: string[] }[] = [];
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  let maxCol = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cols: number[] = [];
    const vals: CellValue[] = [];
    const fmts: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged cell other than the top-left one is empty in Excel (exceljs echoes the master's value).
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = toCellValue(cell.value);
      if (v === null || v === '') return;
      cols.push(colNumber - 1);
      vals.push(v);
      if (withFormats) fmts.push(cell.numFmt ?? '');
    });
    if (cols.length === 0) return;
    const r = rowNumber - 1;
    rows.push({ r, cols, vals, fmts });
    if (r < minRow) minRow = r;
    if (r > maxRow) maxRow = r;
    if (cols[0] < minCol) minCol = cols[0];
    if (cols[cols.length - 1] > maxCol) maxCol = cols[cols.length - 1];
  });
  if (rows.length === 0) return EMPTY_GRID;

  // Second pass: a dense block, so consumers index values[r][c] directly. A stray value far from the
  // data (`XFD1048576` on a notes sheet) would make that block billions of cells and exhaust memory,
  // so a block over MAX_DENSE_CELLS has ragged rows instead: each as long as its last value, empty
  // rows empty (the snapshot allows ragged rows; a cell past a row's end is empty).
  const height = maxRow - minRow + 1;
  const width = maxCol - minCol + 1;
  const dense = height * width <= MAX_DENSE_CELLS;
  const values: CellValue[][] = new Array<CellValue[]>(height);
  const formats: string[][] | null = withFormats ? new Array<string[]>(height) : null;
  for (let i = 0; i < height; i++) {
    values[i] = dense ? new Array<CellValue>(width).fill(null) : [];
    if (formats) formats[i] = dense ? new Array<string>(width).fill('') : [];
  }
  if (!dense) {
    for (const { r, cols } of rows) {
      const rowWidth = cols[cols.length - 1] - minCol + 1;
      values[r - minRow] = new Array<CellValue>(rowWidth).fill(null);
      if (formats) formats[r - minRow] = new Array<string>(rowWidth).fill('');
    }
  }
  for (const { r, cols, vals, fmts } of rows) {
    const line = values[r - minRow];
    const fline = formats ? formats[r - minRow] : null;
    for (let k = 0; k < cols.length; k++) {
      line[cols[k] - minCol] = vals[k];
      if (fline) fline[cols[k] - minCol] = fmts[k];
    }
  }
  return { row: minRow, col: minCol, values, formats };
}

/** The block [row1..row2] x [col1..col2] (zero-based, inclusive) cut from a grid; cells outside it are empty. */
function slice(grid: Grid, row1: number, col1: number, row2: number, col2: number): RangeSnapshot {
  const values: CellValue[][] = [];
  const formats: string[][] | null = grid.formats ? [] : null;
  for (let r = row1; r <= row2; r++) {
    const src = grid.values[r - grid.row];
    const fsrc = grid.formats ? grid.formats[r - grid.row] : undefined;
    const line: CellValue[] = [];
    const fline: string[] = [];
    for (let c = col1; c <= col2; c++) {
      const v = src === undefined ? undefined : src[c - grid.col];
      line.push(v === undefined ? null : v);
      if (formats) fline.push(fsrc?.[c - grid.col] ?? '');
    }
    values.push(line);
    if (formats) formats.push(fline);
  }
  return formats ? { row: row1, col: col1, values, numberFormats: formats } : { row: row1, col: col1, values };
}

/** What exceljs keeps of a table, as loaded from a file (`tableRef`) or created with addTable (`ref` + rows). */
interface TableModel {
  readonly name?: string;
  readonly displayName?: string;
  readonly ref?: string;
  readonly tableRef?: string;
  readonly headerRow?: boolean;
  readonly totalsRow?: boolean;
  readonly columns?: readonly { readonly name?: string }[];
  readonly rows?: readonly unknown[];
}

function tableModel(table: unknown): TableModel {
  // exceljs' Table wraps its model in `.table` (typed as the properties themselves); loaded tables carry `tableRef`.
  const t = table as { table?: TableModel } & TableModel;
  return t.table ?? t;
}

function tableBounds(m: TableModel): { row1: number; col1: number; row2: number; col2: number } | null {
  const ref = m.tableRef ?? m.ref;
  if (typeof ref !== 'string') return null;
  const [a, b] = ref.split(':');
  const first = parseA1(a);
  if (first === null) return null;
  if (b !== undefined) {
    const last = parseA1(b);
    if (last === null) return null;
    return { row1: first.row, col1: first.col, row2: last.row, col2: last.col };
  }
  // A table made with addTable and not yet saved: `ref` is its top-left cell.
  const width = m.columns?.length ?? 1;
  const height = (m.headerRow === false ? 0 : 1) + (m.rows?.length ?? 0) + (m.totalsRow ? 1 : 0);
  return { row1: first.row, col1: first.col, row2: first.row + Math.max(height, 1) - 1, col2: first.col + width - 1 };
}

function readTable(table: unknown, sheet: string, grid: Grid): TableSnapshot | null {
  const m = tableModel(table);
  const bounds = tableBounds(m);
  const name = m.name ?? m.displayName;
  if (bounds === null || typeof name !== 'string') return null;
  const { row1, col1, col2 } = bounds;
  const row2 = m.totalsRow ? bounds.row2 - 1 : bounds.row2;
  if (m.headerRow === false) {
    // No header row on the sheet: the column names stand in for it, one row above the data.
    const range = slice(grid, row1, col1, row2, col2);
    const header: CellValue[] = (m.columns ?? []).map((c) => c.name ?? null);
    const values = [header, ...range.values];
    const numberFormats = range.numberFormats ? [header.map(() => ''), ...range.numberFormats] : undefined;
    return {
      name,
      sheet,
      range: numberFormats ? { row: row1 - 1, col: col1, values, numberFormats } : { row: row1 - 1, col: col1, values },
    };
  }
  return { name, sheet, range: slice(grid, row1, col1, Math.max(row2, row1), col2) };
}

/** Reads every sheet and every table of an exceljs workbook. Never throws for odd content. */
export function snapshotFromWorkbook(wb: ExcelJS.Workbook, options: SnapshotOptions = {}): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  const sheetNames: string[] = [];
  for (const ws of wb.worksheets) {
    sheetNames.push(ws.name);
    // Plankoll's very hidden seal sheet holds the seal's second copy, no plan data: sealStore.ts reads it.
    if (isSealSheetName(ws.name)) continue;
    const grid = readGrid(ws, options.numberFormats === true);
    const used: RangeSnapshot = grid.formats
      ? { row: grid.row, col: grid.col, values: grid.values, numberFormats: grid.formats }
      : { row: grid.row, col: grid.col, values: grid.values };
    sheets.push({ name: ws.name, used });
    for (const table of ws.getTables()) {
      const t = readTable(table, ws.name, grid);
      if (t !== null) tables.push(t);
    }
  }
  return { sheets, tables, sheetNames };
}

/** Loads .xlsx bytes with exceljs and snapshots them. Rejects if the bytes are not a readable workbook. */
export async function readXlsx(data: ArrayBuffer | Uint8Array, options: SnapshotOptions = {}): Promise<WorkbookSnapshot> {
  const wb = await loadWorkbook(data);
  return snapshotFromWorkbook(wb, options);
}

/** Loads .xlsx bytes into an exceljs workbook (shared by readers that need the workbook itself). */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs types `load` as taking a Node Buffer; it hands the bytes to JSZip, which takes any Uint8Array or ArrayBuffer.
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}
