/**
 * Finding an object in the workbook (SPEC §1): by Excel table name first, then by sheet name.
 * A table's header is its first row. For a sheet, the header is its first non-empty row within the used
 * range, except that a title above the header is passed over: among the first few non-empty rows, the
 * first that holds at least two of the object's known headers (or all of them, if it has fewer) is
 * the header; when none does, the first non-empty row is (SPEC), and S003 says what is missing.
 * Rows above the header are ignored. A table or sheet with no non-empty row at all counts as not found
 * (the caller reports S001/S002). When several tables or sheets match, readPlan reports S008 and reads
 * none of them (locateAll); locate() alone takes the first in snapshot order.
 */
import type { ObjectKind } from '../names';
import { COLUMNS, columnOf, objectKindOf } from '../names';
import type { RangeSnapshot, WorkbookSnapshot } from '../snapshot';
import { asCellValue, headerText, isBlankCell } from './cells';
import type { Grid } from './grid';
import { isSealSheetName } from '../seal/sheetCopy';

/** How many non-empty rows from the top may be a title or notes above a sheet's header. */
const HEADER_SEARCH_ROWS = 6;

function rowsOf(range: RangeSnapshot | undefined): readonly (readonly unknown[])[] {
  if (!range || !Array.isArray(range.values)) return [];
  return range.values.map((r) => (Array.isArray(r) ? r : []));
}

const isEmptyRow = (r: readonly unknown[]): boolean => r.every((v) => isBlankCell(asCellValue(v)));

/** Number of distinct known columns of `kind` a row names. */
function knownHeaders(row: readonly unknown[], kind: ObjectKind): number {
  const fields = new Set<string>();
  for (const v of row) {
    const text = headerText(asCellValue(v));
    const spec = text === null ? null : columnOf(kind, text);
    if (spec) fields.add(spec.field);
  }
  return fields.size;
}

function headerRowIndex(rows: readonly (readonly unknown[])[], kind: ObjectKind, source: Grid['source']): number {
  const first = rows.findIndex((r) => !isEmptyRow(r));
  if (first < 0 || source === 'table') return first;
  const enough = Math.min(2, COLUMNS[kind].length);
  let seen = 0;
  for (let i = first; i < rows.length && seen < HEADER_SEARCH_ROWS; i++) {
    if (isEmptyRow(rows[i])) continue;
    seen++;
    if (knownHeaders(rows[i], kind) >= enough) return i;
  }
  return first;
}

function gridFrom(sheet: string, range: RangeSnapshot, kind: ObjectKind, source: Grid['source']): Grid | null {
  const rows = rowsOf(range);
  const header = headerRowIndex(rows, kind, source);
  if (header < 0) return null;
  const row = Number.isInteger(range.row) && range.row >= 0 ? range.row : 0;
  const col = Number.isInteger(range.col) && range.col >= 0 ? range.col : 0;
  return { sheet, row: row + header, col, values: rows.slice(header) as Grid['values'], source };
}

/** One table or sheet that matches an object: its grid and the table's or sheet's own name. */
export interface Candidate {
  readonly grid: Grid;
  readonly name: string;
}

/**
 * Every table, and every sheet that holds no table of the same object, that matches `kind` and has data.
 * More than one is ambiguous (S008): a table on its own sheet is one candidate, not two, but a table and a
 * sheet elsewhere, two tables or two sheets (`Åtgärder` and `Actions`) are two.
 */
export function locateAll(snapshot: WorkbookSnapshot, kind: ObjectKind): Candidate[] {
  const out: Candidate[] = [];
  const tables = Array.isArray(snapshot.tables) ? snapshot.tables : [];
  const tableSheets = new Set<string>();
  for (const t of tables) {
    if (typeof t?.name !== 'string' || objectKindOf(t.name) !== kind) continue;
    const sheet = typeof t.sheet === 'string' ? t.sheet : t.name;
    tableSheets.add(sheet.toLowerCase());
    const grid = gridFrom(sheet, t.range, kind, 'table');
    if (grid) out.push({ grid, name: t.name });
  }
  const sheets = Array.isArray(snapshot.sheets) ? snapshot.sheets : [];
  for (const s of sheets) {
    if (typeof s?.name !== 'string' || objectKindOf(s.name) !== kind || tableSheets.has(s.name.toLowerCase())) continue;
    const grid = gridFrom(s.name, s.used, kind, 'sheet');
    if (grid) out.push({ grid, name: s.name });
  }
  return out;
}

export function locate(snapshot: WorkbookSnapshot, kind: ObjectKind): Grid | null {
  const tables = Array.isArray(snapshot.tables) ? snapshot.tables : [];
  for (const t of tables) {
    if (typeof t?.name !== 'string' || objectKindOf(t.name) !== kind) continue;
    if (typeof t.sheet === 'string' && isSealSheetName(t.sheet)) continue; // Plankoll's seal copy is no part of the plan
    const grid = gridFrom(typeof t.sheet === 'string' ? t.sheet : t.name, t.range, kind, 'table');
    if (grid) return grid;
  }
  const sheets = Array.isArray(snapshot.sheets) ? snapshot.sheets : [];
  for (const s of sheets) {
    if (typeof s?.name !== 'string' || objectKindOf(s.name) !== kind || isSealSheetName(s.name)) continue;
    const grid = gridFrom(s.name, s.used, kind, 'sheet');
    if (grid) return grid;
  }
  return null;
}
