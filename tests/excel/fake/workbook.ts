/**
 * The data behind the fake Excel host: sheets as cell grids, tables over them, conditional formats.
 * Tests build one of these, run adapter code against the fake proxies (fakeExcel.ts) and then look
 * at the data to see what the code really did.
 */
import { a1, a1Range, parseA1 } from '../../../src/domain/a1';

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

/** What the API wrote to a cell besides its value (values live in the grid). */
export interface FakeCellProps {
  numberFormat?: string;
  /** True when Excel would have read the written string as a formula (it started with `=`, the cell was not `@`). */
  isFormula?: boolean;
  bold?: boolean;
  size?: number;
  fill?: string;
  fontColor?: string;
}

/** A cell as a test reads it: its value and what was written to it. */
export interface FakeCell extends FakeCellProps {
  readonly value: unknown;
  readonly numberFormat: string;
  readonly isFormula: boolean;
}

export interface FakeChartData {
  name: string;
  readonly type: string;
  /** The source range's address, e.g. `A35:C38`. */
  readonly source: string;
  readonly seriesBy: string;
  title?: string;
  position?: readonly [string, string];
  legendPosition?: string;
  dataLabels: { showValue?: boolean; showCategoryName?: boolean; numberFormat?: string };
  valueAxisFormat?: string;
  /** Fill colour per series index (setSolidColor). */
  seriesColors: Record<number, string>;
  /** Fill colour per point index of the first series (a doughnut's slices). */
  pointColors: Record<number, string>;
  /** Points of the first series whose data label was switched off. */
  pointsWithoutLabel: number[];
}

export interface FakeValidationData {
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks?: boolean;
}

export interface FakePrintData {
  paperSize?: string;
  orientation?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  printGridlines?: boolean;
  centerHorizontally?: boolean;
  printArea?: string;
  /** The default (all pages) header and footer sections, by name (`centerHeader`, `rightFooter`, …). */
  readonly headersFooters: Partial<Record<'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter', string>>;
}

export interface FakeSheetData {
  name: string;
  /** Rows of cells from A1; missing rows/cells are empty (""). */
  readonly grid: unknown[][];
  /** Formats and formula flags written through the API, by A1 address. */
  readonly props: Map<string, FakeCellProps>;
  conditionalFormats: FakeConditionalFormatData[];
  /** Worksheet-scoped defined names (Name Manager), by name. */
  readonly names: Map<string, { readonly value: string; readonly comment?: string }>;
  readonly charts: FakeChartData[];
  /** Column widths in points, by column letter. */
  readonly columnWidths: Map<string, number>;
  frozenRows: number;
  /** The page layout written through `pageLayout` (ExcelApi 1.9), setting by setting. */
  readonly print: FakePrintData;
  /** Rows a new printed page starts at (`horizontalPageBreaks.add`), as given. */
  readonly pageBreaks: string[];
  /** Data validation by the A1 address it was set on. */
  readonly validations: Map<string, FakeValidationData>;
  /** `Visible` when absent; Plankoll's seal sheet is `VeryHidden`. */
  visibility?: string;
}

export interface FakeTableData {
  name: string;
  /** The sheet's name (follows a rename). */
  sheet: string;
  /** The whole table: header (even when hidden, its row is above the data), data, totals. Grows with `rows.add`. */
  area: Area;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  readonly columnNames: readonly string[];
  style?: string;
}

export interface FakeCustomXmlPartData {
  readonly id: string;
  readonly xml: string;
}

export interface FakeWorkbookData {
  readonly sheets: FakeSheetData[];
  readonly tables: FakeTableData[];
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  /** Workbook-scoped defined names (tables and defined names share one namespace in Excel). */
  readonly definedNames: string[];
  customXmlParts: FakeCustomXmlPartData[];
  /**
   * The document's settings as saved in the workbook (`Office.context.document.settings` after `saveAsync`),
   * each value JSON text as Office stores it.
   */
  settings: Map<string, string>;
  /** `application.suspendApiCalculationUntilNextSync()` calls that reached Excel. */
  calculationSuspensions: number;
}

export function newSheet(name: string): FakeSheetData {
  return {
    name,
    grid: [],
    props: new Map(),
    conditionalFormats: [],
    names: new Map(),
    charts: [],
    columnWidths: new Map(),
    frozenRows: 0,
    print: { headersFooters: {} },
    pageBreaks: [],
    validations: new Map(),
  };
}

export function emptyWorkbook(): FakeWorkbookData {
  return { sheets: [], tables: [], activeSheet: null, selection: null, definedNames: [], customXmlParts: [], settings: new Map(), calculationSuspensions: 0 };
}

export function makeWorkbook(sheets: readonly { name: string; rows?: unknown[][]; at?: string }[]): FakeWorkbookData {
  const wb = emptyWorkbook();
  for (const s of sheets) addSheet(wb, s.name, s.rows, s.at);
  return wb;
}

/** Adds a sheet (last), with `rows` from `at`; the first sheet added is the active one. */
export function addSheet(wb: FakeWorkbookData, name: string, rows?: readonly (readonly unknown[])[], at = 'A1'): FakeSheetData {
  const sheet = newSheet(name);
  if (rows) putRows(sheet.grid, at, rows);
  wb.sheets.push(sheet);
  wb.activeSheet ??= name;
  return sheet;
}

/** Adds a sheet with cells given by address, e.g. `{ A1: 'Konto', B2: 1200 }`. */
export function addSheetCells(wb: FakeWorkbookData, name: string, cells: Readonly<Record<string, unknown>> = {}): FakeSheetData {
  const sheet = addSheet(wb, name);
  for (const [address, value] of Object.entries(cells)) putRows(sheet.grid, address, [[value]]);
  return sheet;
}

/** Renames a sheet as Excel does (a user double-clicking the tab): its tables and the selection follow. */
export function renameSheet(wb: FakeWorkbookData, sheet: FakeSheetData, name: string): void {
  for (const t of wb.tables) if (t.sheet === sheet.name) t.sheet = name;
  if (wb.activeSheet === sheet.name) wb.activeSheet = name;
  if (wb.selection?.sheet === sheet.name) wb.selection = { ...wb.selection, sheet: name };
  sheet.name = name;
}

export function sheetOf(wb: FakeWorkbookData, name: string): FakeSheetData {
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The cell at `address` as a test reads it. */
export function cell(sheet: FakeSheetData, address: string): FakeCell {
  const at = parseA1(address);
  if (!at) throw new Error(`bad address ${address}`);
  const props = sheet.props.get(address) ?? {};
  return { ...props, value: cellAt(sheet, at.row, at.col), numberFormat: props.numberFormat ?? 'General', isFormula: props.isFormula ?? false };
}

/** Every cell holding a value or written through the API, by address (row-major). */
export function cells(sheet: FakeSheetData): Map<string, FakeCell> {
  const addresses = new Set(sheet.props.keys());
  sheet.grid.forEach((row, r) => row?.forEach((v, c) => {
    if (v !== undefined && v !== null && v !== '') addresses.add(a1(r, c));
  }));
  const ordered = [...addresses].map((a) => ({ a, at: parseA1(a) as { row: number; col: number } }));
  ordered.sort((x, y) => x.at.row - y.at.row || x.at.col - y.at.col);
  return new Map(ordered.map(({ a }) => [a, cell(sheet, a)]));
}

/** The tables on `sheet`, in the order they were added. */
export function tablesOn(wb: FakeWorkbookData, sheet: string): FakeTableData[] {
  return wb.tables.filter((t) => t.sheet === sheet);
}

export function tableAddress(t: FakeTableData): string {
  return areaAddress(t.area);
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
  const sheet = wb.sheets.find((s) => s.name === spec.sheet) ?? addSheet(wb, spec.sheet);
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

/** `B2:C5`, `B2`, `$B$2`, whole columns `H:H`, with or without a `Sheet!` prefix. */
export function parseArea(address: string): Area | null {
  const bare = (address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address).replace(/\$/g, '');
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(bare);
  if (columns) {
    const a = parseA1(`${columns[1]}1`);
    const b = parseA1(`${columns[2]}1`);
    if (!a || !b) return null;
    return { row: 0, col: Math.min(a.col, b.col), rows: GRID_ROWS, cols: Math.abs(a.col - b.col) + 1 };
  }
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
