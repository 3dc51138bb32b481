/**
 * The data behind the fake Excel host: sheets as cell grids, tables over them, conditional formats.
 * Tests build one of these, run adapter code against the fake proxies (fakeExcel.ts) and then look
 * at the data to see what the code really did.
 */
import { a1Range, parseA1 } from '../../../src/domain/a1';

export const GRID_ROWS = 1_048_576;
export const GRID_COLUMNS = 16_384;

/** A rectangle of cells on a sheet, zero-based. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface FakeConditionalFormatData {
  readonly id: string;
  readonly type: 'Custom' | 'CellValue' | 'ColorScale' | 'DataBar';
  formula: string | null;
  fillColor: string | null;
  fontColor: string | null;
  borders: Record<string, { style: string | null; color: string | null }>;
  /** The cells the format applies to. */
  readonly areas: readonly Area[];
  priority: number;
}

export interface FakeSheetData {
  name: string;
  /** Rows of cells from A1; missing rows/cells are empty (""). */
  readonly grid: unknown[][];
  conditionalFormats: FakeConditionalFormatData[];
}

export interface FakeTableData {
  readonly name: string;
  readonly sheet: string;
  /** The whole table: header (even when hidden, its row is above the data), data, totals. */
  readonly area: Area;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  readonly columnNames: readonly string[];
}

export interface FakeWorkbookData {
  readonly sheets: FakeSheetData[];
  readonly tables: FakeTableData[];
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
}

export function makeWorkbook(sheets: readonly { name: string; rows?: unknown[][]; at?: string }[]): FakeWorkbookData {
  return {
    sheets: sheets.map((s) => {
      const grid: unknown[][] = [];
      if (s.rows) putRows(grid, s.at ?? 'A1', s.rows);
      return { name: s.name, grid, conditionalFormats: [] };
    }),
    tables: [],
    activeSheet: sheets[0]?.name ?? null,
    selection: null,
  };
}

/** Writes `rows` into the grid with their top-left cell at `at`. */
export function putRows(grid: unknown[][], at: string, rows: readonly (readonly unknown[])[]): Area {
  const origin = parseA1(at);
  if (!origin) throw new Error(`bad address ${at}`);
  rows.forEach((r, i) => {
    const target = (grid[origin.row + i] ??= []);
    r.forEach((v, j) => {
      target[origin.col + j] = v;
    });
  });
  return { row: origin.row, col: origin.col, rows: rows.length, cols: rows.reduce((n, r) => Math.max(n, r.length), 0) };
}

/** Adds a sheet holding an Excel table whose first row is the header. */
export function addTable(
  wb: FakeWorkbookData,
  spec: { name: string; sheet: string; at?: string; rows: unknown[][]; showTotals?: boolean; showHeaders?: boolean },
): FakeTableData {
  let sheet = wb.sheets.find((s) => s.name === spec.sheet);
  if (!sheet) {
    sheet = { name: spec.sheet, grid: [], conditionalFormats: [] };
    wb.sheets.push(sheet);
  }
  const area = putRows(sheet.grid, spec.at ?? 'A1', spec.rows);
  const table: FakeTableData = {
    name: spec.name,
    sheet: spec.sheet,
    area,
    showHeaders: spec.showHeaders ?? true,
    showTotals: spec.showTotals ?? false,
    columnNames: spec.rows[0].map((v) => String(v)),
  };
  wb.tables.push(table);
  return table;
}

export function cellAt(sheet: FakeSheetData, row: number, col: number): unknown {
  const v = sheet.grid[row]?.[col];
  return v === undefined || v === null ? '' : v;
}

export function valuesOf(sheet: FakeSheetData, a: Area): unknown[][] {
  const out: unknown[][] = new Array<unknown[]>(a.rows);
  for (let r = 0; r < a.rows; r++) {
    const src = sheet.grid[a.row + r];
    const row = new Array<unknown>(a.cols);
    for (let c = 0; c < a.cols; c++) {
      const v = src?.[a.col + c];
      row[c] = v === undefined || v === null ? '' : v;
    }
    out[r] = row;
  }
  return out;
}

/** Smallest area holding every non-empty cell, or null for an empty sheet. */
export function usedArea(sheet: FakeSheetData): Area | null {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.grid.forEach((row, r) => {
    if (!row) return;
    row.forEach((v, c) => {
      if (v === undefined || v === null || v === '') return;
      if (top < 0) top = r;
      bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (top < 0) return null;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function intersect(a: Area, b: Area): Area | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const right = Math.min(a.col + a.cols, b.col + b.cols);
  if (bottom <= row || right <= col) return null;
  return { row, col, rows: bottom - row, cols: right - col };
}

/** `B2:C5`, `B2`, `$B$2`, with or without a `Sheet!` prefix. */
export function parseArea(address: string): Area | null {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second] = bare.split(':');
  const a = parseA1(first);
  const b = second === undefined ? a : parseA1(second);
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

export function areaAddress(a: Area): string {
  return a1Range(a.row, a.col, a.row + a.rows - 1, a.col + a.cols - 1);
}
