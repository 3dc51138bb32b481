/**
 * Finding an object in the workbook (SPEC §1): by Excel table name first, then by sheet name. For a
 * sheet, the header is its first non-empty row within the used range; rows above it are ignored.
 * A table or sheet with no non-empty row at all counts as not found (the caller reports S001/S002).
 * When several tables (or sheets) match, the first in snapshot order wins.
 */
import type { ObjectKind } from '../names';
import { objectKindOf } from '../names';
import type { RangeSnapshot, WorkbookSnapshot } from '../snapshot';
import { isBlankCell } from './cells';
import type { Grid } from './grid';

function rowsOf(range: RangeSnapshot | undefined): readonly (readonly unknown[])[] {
  if (!range || !Array.isArray(range.values)) return [];
  return range.values.map((r) => (Array.isArray(r) ? r : []));
}

function firstNonEmptyRow(rows: readonly (readonly unknown[])[]): number {
  return rows.findIndex((r) => r.some((v) => !isBlankCell(v as never)));
}

function gridFrom(sheet: string, range: RangeSnapshot, source: Grid['source']): Grid | null {
  const rows = rowsOf(range);
  const first = firstNonEmptyRow(rows);
  if (first < 0) return null;
  const row = Number.isInteger(range.row) && range.row >= 0 ? range.row : 0;
  const col = Number.isInteger(range.col) && range.col >= 0 ? range.col : 0;
  return { sheet, row: row + first, col, values: rows.slice(first) as Grid['values'], source };
}

export function locate(snapshot: WorkbookSnapshot, kind: ObjectKind): Grid | null {
  const tables = Array.isArray(snapshot.tables) ? snapshot.tables : [];
  for (const t of tables) {
    if (typeof t?.name !== 'string' || objectKindOf(t.name) !== kind) continue;
    const grid = gridFrom(typeof t.sheet === 'string' ? t.sheet : t.name, t.range, 'table');
    if (grid) return grid;
  }
  const sheets = Array.isArray(snapshot.sheets) ? snapshot.sheets : [];
  for (const s of sheets) {
    if (typeof s?.name !== 'string' || objectKindOf(s.name) !== kind) continue;
    const grid = gridFrom(s.name, s.used, 'sheet');
    if (grid) return grid;
  }
  return null;
}
