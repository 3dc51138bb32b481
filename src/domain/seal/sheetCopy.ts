/**
 * The seal's second copy: the record's text in column A of a very hidden sheet that Plankoll owns
 * (docs/seal.md). A1 holds the namespace as a marker (a user's sheet of the same name without it is never
 * touched); A2, A3, … hold the record in pieces, each under Excel's 32 767 characters per cell and each
 * starting with `~`, so that no piece can read as a number, a date or a formula. The Excel adapter, the
 * .xlsx writer and the in-memory workbook all write exactly these cells.
 *
 * The sheet is no part of the plan: readPlan never reads it (names.ts does not know its name, and
 * readPlan skips it by name besides), so it is neither fingerprinted nor checked by any rule.
 */
import type { CellValue, SheetSnapshot } from '../snapshot';
import { isExcelError } from '../snapshot';
import { SEAL_NAMESPACE } from './xml';

export const SEAL_SHEET_NAME = 'PlankollSeal';
/** A1 of the seal sheet. */
export const SEAL_SHEET_MARKER = SEAL_NAMESPACE;
/** Characters of record text per cell (Excel allows 32 767). */
export const SEAL_SHEET_CHUNK = 30_000;
const PIECE_PREFIX = '~';

export function isSealSheetName(name: string): boolean {
  return name.trim().toLowerCase() === SEAL_SHEET_NAME.toLowerCase();
}

/** The column-A values of the seal sheet for a record: the marker, then the pieces. */
export function sealSheetCells(record: string): string[] {
  const cells = [SEAL_SHEET_MARKER];
  let i = 0;
  while (i < record.length) {
    let end = Math.min(record.length, i + SEAL_SHEET_CHUNK);
    // Never split a surrogate pair: half a character is not text a cell (or XML) can hold.
    const last = record.charCodeAt(end - 1);
    if (end < record.length && last >= 0xd800 && last <= 0xdbff) end--;
    cells.push(PIECE_PREFIX + record.slice(i, end));
    i = end;
  }
  return cells;
}

/**
 * The record text from the seal sheet's column A (from A1 down), or null when A1 is not the marker (not
 * Plankoll's sheet). Empty cells end the record.
 */
export function recordFromSealSheet(columnA: readonly CellValue[]): string | null {
  if (columnA.length === 0 || columnA[0] !== SEAL_SHEET_MARKER) return null;
  let record = '';
  for (const cell of columnA.slice(1)) {
    if (cell === null || cell === '') break;
    // A piece someone typed over is kept as it reads, so the record fails to parse and says so.
    if (typeof cell === 'string') record += cell.startsWith(PIECE_PREFIX) ? cell.slice(PIECE_PREFIX.length) : cell;
    else if (isExcelError(cell)) record += cell.error;
    else if (typeof cell !== 'object') record += String(cell);
  }
  return record === '' ? null : record;
}

/**
 * The record on the seal sheet among a reader's sheets (the file reader reads it like any other sheet),
 * or null when there is no seal sheet or its column A does not start at A1 with the marker.
 */
export function sealSheetRecord(sheets: readonly SheetSnapshot[]): string | null {
  const sheet = sheets.find((s) => isSealSheetName(s.name));
  if (sheet === undefined || sheet.used.row !== 0 || sheet.used.col !== 0) return null;
  return recordFromSealSheet(sheet.used.values.map((r) => r[0] ?? null));
}
