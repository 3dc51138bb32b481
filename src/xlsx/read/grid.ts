/**
 * Kept cells (parallel arrays of row, column, value) → the snapshot's blocks: a sheet's used range and
 * the slices that are its tables. Dense while the used range is at most MAX_DENSE_CELLS; beyond it the
 * rows are ragged (each as long as its last value), so one stray cell far from the data cannot make
 * billions of empty cells.
 */
import type { CellValue, RangeSnapshot } from '../../domain/snapshot';
import type { Rect } from './sheet';

/** Largest used range built as a dense block. */
export const MAX_DENSE_CELLS = 4_000_000;

export interface Grid {
  readonly row: number;
  readonly col: number;
  readonly values: CellValue[][];
  readonly formats: string[][] | null;
  /** Last row (zero-based, on the sheet) holding a value; -1 when none. */
  readonly lastRow: number;
}

export interface KeptCells {
  /** Row and column of each cell; may be longer than `values` (only the first `values.length` count). */
  readonly rows: ArrayLike<number>;
  readonly cols: ArrayLike<number>;
  readonly values: readonly CellValue[];
  readonly formats: readonly string[] | null;
}

const EMPTY: Grid = { row: 0, col: 0, values: [], formats: null, lastRow: -1 };

/** The grid of the kept cells inside `within` (all of them when null); empty values are not cells. */
export function buildGrid(cells: KeptCells, within: Rect | null = null): Grid {
  const { rows, cols } = cells;
  const kept = (i: number): boolean => {
    const v = cells.values[i];
    if (v === null || v === '') return false;
    return within === null || (rows[i] >= within.row1 && rows[i] <= within.row2 && cols[i] >= within.col1 && cols[i] <= within.col2);
  };
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  let maxCol = -1;
  for (let i = 0; i < cells.values.length; i++) {
    if (!kept(i)) continue;
    const r = rows[i];
    const c = cols[i];
    if (r < minRow) minRow = r;
    if (r > maxRow) maxRow = r;
    if (c < minCol) minCol = c;
    if (c > maxCol) maxCol = c;
  }
  if (maxRow < 0) return EMPTY;
  const height = maxRow - minRow + 1;
  const width = maxCol - minCol + 1;
  const dense = height * width <= MAX_DENSE_CELLS;
  const values: CellValue[][] = new Array<CellValue[]>(height);
  const formats: string[][] | null = cells.formats ? new Array<string[]>(height) : null;
  if (dense) {
    for (let i = 0; i < height; i++) {
      values[i] = new Array<CellValue>(width).fill(null);
      if (formats) formats[i] = new Array<string>(width).fill('');
    }
  } else {
    const rowWidth = new Array<number>(height).fill(0);
    for (let i = 0; i < cells.values.length; i++) if (kept(i)) rowWidth[rows[i] - minRow] = Math.max(rowWidth[rows[i] - minRow], cols[i] - minCol + 1);
    for (let i = 0; i < height; i++) {
      values[i] = new Array<CellValue>(rowWidth[i]).fill(null);
      if (formats) formats[i] = new Array<string>(rowWidth[i]).fill('');
    }
  }
  for (let i = 0; i < cells.values.length; i++) {
    if (!kept(i)) continue;
    values[rows[i] - minRow][cols[i] - minCol] = cells.values[i];
    if (formats && cells.formats) formats[rows[i] - minRow][cols[i] - minCol] = cells.formats[i];
  }
  return { row: minRow, col: minCol, values, formats, lastRow: maxRow };
}

export function rangeOf(grid: Grid): RangeSnapshot {
  return grid.formats
    ? { row: grid.row, col: grid.col, values: grid.values, numberFormats: grid.formats }
    : { row: grid.row, col: grid.col, values: grid.values };
}

/** The block [row1..row2] × [col1..col2] (zero-based, inclusive) cut from a grid; cells outside it are empty. */
export function slice(grid: Grid, row1: number, col1: number, row2: number, col2: number): RangeSnapshot {
  const values: CellValue[][] = [];
  const formats: string[][] | null = grid.formats ? [] : null;
  const width = col2 - col1 + 1;
  for (let r = row1; r <= row2; r++) {
    const src = grid.values[r - grid.row];
    const fsrc = grid.formats ? grid.formats[r - grid.row] : undefined;
    // A row the block spans exactly is shared, not copied (a snapshot's values are read-only): a table
    // that fills its sheet's used range costs no second copy of its cells.
    if (col1 === grid.col && src !== undefined && src.length === width && (!formats || fsrc?.length === width)) {
      values.push(src);
      if (formats && fsrc) formats.push(fsrc);
      continue;
    }
    const line: CellValue[] = new Array<CellValue>(col2 - col1 + 1);
    const fline: string[] = [];
    for (let c = col1; c <= col2; c++) {
      const v = src === undefined ? undefined : src[c - grid.col];
      line[c - col1] = v === undefined ? null : v;
      if (formats) fline.push(fsrc?.[c - grid.col] ?? '');
    }
    values.push(line);
    if (formats) formats.push(fline);
  }
  return formats ? { row: row1, col: col1, values, numberFormats: formats } : { row: row1, col: col1, values };
}
