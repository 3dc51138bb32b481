/**
 * An in-memory workbook for the browser harness and tests: sheets as 2-D cell arrays, Excel tables as
 * named ranges, the add-in's own sheets (with their charts as data), cell fills, and the seal record.
 * Host-free and browser-safe: no office-js, no exceljs, no Node.
 */
import type { CellValue, RangeSnapshot, WorkbookSnapshot } from '../../domain/snapshot';
import type { LayoutChart } from '../../domain/summary/layout';
import { a1, a1Range } from '../../domain/a1';
import { planObjectsToRead } from '../../domain/names';
import type { CellRange } from '../../domain/a1';
import { parseRange } from '../../domain/a1';
import { SEAL_SHEET_NAME, isSealSheetName, recordFromSealSheet, sealSheetCells } from '../../domain/seal/sheetCopy';
import type { SealCopies, StoredSeal } from '../../domain/seal/stored';
import { copiesOf } from '../../domain/seal/stored';

export interface MemorySheet {
  name: string;
  /** Row-major cells; missing rows/cells are empty. */
  cells: CellValue[][];
  /**
   * The add-in's owner marker on a sheet it created (the summary): the sheet's name when it was written,
   * as the Excel adapter stores it in a worksheet-scoped name; null on the user's sheets, which are never
   * written. It stays when the user renames the sheet.
   */
  marker: string | null;
  /** Which of the add-in's sheets the marker makes it (as the Excel adapter's marker names do); absent: the summary. */
  owner?: SheetOwner;
  /** Cell fills by A1 address (`#RRGGBB`): the user's formatting, or the add-in's on its own sheets. */
  fills: Map<string, string>;
  /** Number formats by A1 address (read from the file, or written by the add-in); shown by the harness view. */
  formats: Map<string, string>;
  /** Charts on the sheet, as data. */
  charts: LayoutChart[];
  /** Hidden from the tabs: Plankoll's seal sheet is `veryHidden` (only code can show it). */
  visibility?: 'visible' | 'hidden' | 'veryHidden';
}

/** The kinds of sheet the add-in owns. */
export type SheetOwner = 'summary' | 'findings';

export interface MemoryTable {
  readonly name: string;
  readonly sheet: string;
  /** Header + data rows, e.g. `A1:M20`. */
  readonly range: string;
}

export interface MemoryWorkbook {
  sheets: MemorySheet[];
  tables: MemoryTable[];
  /** The record text of the Plankoll custom XML part (the seal's other copy is the very hidden seal sheet). */
  seal: string | null;
  /**
   * The document's settings as Office keeps them for Plankoll (name → JSON text): from the file's
   * web-extension part when read from a file, changed by the pane (auto-open, src/domain/autoOpen.ts).
   * Missing is none.
   */
  settings?: Map<string, string>;
}

export function emptySheet(name: string, marker: string | null = null): MemorySheet {
  return { name, cells: [], marker, fills: new Map(), formats: new Map(), charts: [] };
}

/** Excel compares sheet names case-insensitively. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');
}

export function findSheet(wb: MemoryWorkbook, name: string): MemorySheet | undefined {
  return wb.sheets.find((s) => sameSheetName(s.name, name));
}

export function getCell(sheet: MemorySheet, row: number, col: number): CellValue {
  return sheet.cells[row]?.[col] ?? null;
}

export function setCell(sheet: MemorySheet, row: number, col: number, value: CellValue): void {
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const line = sheet.cells[row];
  while (line.length <= col) line.push(null);
  line[col] = value;
}

function isEmpty(v: CellValue): boolean {
  return v === null || v === '';
}

/** The bounding box of the non-empty cells, or null for an empty sheet. */
export function usedRange(sheet: MemorySheet): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.cells.forEach((line, r) => {
    line.forEach((v, c) => {
      if (isEmpty(v)) return;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  return bottom < 0 ? null : { top, left, bottom, right };
}

function readBlock(sheet: MemorySheet, r: CellRange): RangeSnapshot {
  const values: CellValue[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: CellValue[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(getCell(sheet, row, col));
    values.push(line);
  }
  return { row: r.top, col: r.left, values };
}

/**
 * What an adapter hands the rules: the plan's objects, read as the Excel adapter reads them
 * (`planObjectsToRead`), as fresh copies, never the workbook's own arrays.
 */
export function snapshotOf(wb: MemoryWorkbook): WorkbookSnapshot {
  // Only the plan's objects: Plankoll's seal sheet is none of them (its record is the snapshot's `seal.sheet`).
  const read = planObjectsToRead(wb.sheets, wb.tables);
  const sheets = read.sheets.map((sheet) => {
    const used = usedRange(sheet);
    return { name: sheet.name, used: used ? readBlock(sheet, used) : { row: 0, col: 0, values: [] } };
  });
  const tables = read.tables.flatMap((t) => {
    const sheet = findSheet(wb, t.sheet);
    const r = parseRange(t.range);
    return sheet && r ? [{ name: t.name, sheet: sheet.name, range: readBlock(sheet, r) }] : [];
  });
  return { sheets, tables, sheetNames: wb.sheets.map((s) => s.name), seal: sealCopiesOf(wb) };
}

/** Column A of a sheet, from A1 down to its last value. */
function columnA(sheet: MemorySheet): CellValue[] {
  return sheet.cells.map((line) => line[0] ?? null);
}

/** Both copies of the seal: the custom XML part and the seal sheet (each null when missing). */
export function sealCopiesOf(wb: MemoryWorkbook): SealCopies {
  const sheet = wb.sheets.find((s) => isSealSheetName(s.name));
  return { part: wb.seal, sheet: sheet ? recordFromSealSheet(columnA(sheet)) : null };
}

/**
 * Writes the seal sheet's cells (sheetCopy.ts), adding the sheet very hidden when there is none. False,
 * writing nothing, when a sheet of that name exists that Plankoll did not make.
 */
export function writeSealSheet(wb: MemoryWorkbook, record: string): boolean {
  let sheet = wb.sheets.find((s) => isSealSheetName(s.name));
  if (sheet && recordFromSealSheet(columnA(sheet)) === null) return false;
  if (!sheet) {
    sheet = { ...emptySheet(SEAL_SHEET_NAME), visibility: 'veryHidden' };
    wb.sheets.push(sheet);
  }
  const target = sheet;
  target.cells = [];
  sealSheetCells(record).forEach((text, row) => setCell(target, row, 0, text));
  return true;
}

/** Builds a workbook from a snapshot (e.g. read from an .xlsx by src/xlsx/readSnapshot.ts). */
export function workbookFromSnapshot(snapshot: WorkbookSnapshot, seal: StoredSeal = snapshot.seal): MemoryWorkbook {
  // A sheet the file marks as the add-in's own (its summary) keeps that mark, so regenerating replaces it.
  const owned = new Set(snapshot.ownedSheets ?? []);
  const copies = copiesOf(seal);
  const names = snapshot.sheetNames.filter((name) => !isSealSheetName(name));
  const wb: MemoryWorkbook = { sheets: names.map((name) => emptySheet(name, owned.has(name) ? name : null)), tables: [], seal: copies.part };
  if (copies.sheet !== null) writeSealSheet(wb, copies.sheet);
  const place = (sheetName: string, block: RangeSnapshot): void => {
    let sheet = findSheet(wb, sheetName);
    if (!sheet) {
      sheet = emptySheet(sheetName);
      wb.sheets.push(sheet);
    }
    const target = sheet;
    block.values.forEach((line, r) => line.forEach((v, c) => setCell(target, block.row + r, block.col + c, v)));
    block.numberFormats?.forEach((line, r) =>
      line.forEach((format, c) => {
        if (format && format !== 'General') target.formats.set(a1(block.row + r, block.col + c), format);
      }),
    );
  };
  for (const s of snapshot.sheets) place(s.name, s.used);
  for (const t of snapshot.tables) {
    place(t.sheet, t.range);
    const rows = t.range.values.length;
    const cols = rows > 0 ? t.range.values[0].length : 0;
    if (rows > 0 && cols > 0) {
      wb.tables.push({
        name: t.name,
        sheet: t.sheet,
        range: a1Range(t.range.row, t.range.col, t.range.row + rows - 1, t.range.col + cols - 1),
      });
    }
  }
  return wb;
}
