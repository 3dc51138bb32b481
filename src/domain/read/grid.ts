/**
 * A located block of cells: where one of the plan's objects was found (a table, or a sheet's used range
 * from its first non-empty row), with the header as its first row. Coordinates are zero-based sheet
 * coordinates, so `a1(grid.row + i, grid.col + j)` addresses `grid.values[i][j]`.
 */
import type { CellValue } from '../snapshot';
import { asCellValue } from './cells';

export interface Grid {
  readonly sheet: string;
  /** Sheet row of the header (`values[0]`). */
  readonly row: number;
  /** Sheet column of `values[..][0]`. */
  readonly col: number;
  /** Header row first, then the data rows; rows may be ragged. */
  readonly values: readonly (readonly CellValue[])[];
  /** Found by Excel table name, or by sheet name. */
  readonly source: 'table' | 'sheet';
}

/** The value at grid row `i`, grid column `j` (null beyond a ragged row's end). */
export function gridCell(grid: Grid, i: number, j: number): CellValue {
  const row = grid.values[i];
  return row === undefined ? null : asCellValue(row[j]);
}

/** Width of the grid: its longest row. */
export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const r of grid.values) w = Math.max(w, Array.isArray(r) ? r.length : 0);
  return w;
}
