/**
 * The data rows of a located object: every row below the header except rows that are entirely empty
 * and a totals row a person added (first non-empty cell `Summa`/`Totalt`/`Total`, key cell blank or that
 * same cell). Each row gives the raw value and sheet address of a mapped column.
 */
import type { Ref } from '../model';
import { isTotalsLabel } from '../names';
import type { CellValue } from '../snapshot';
import { isBlankCell } from './cells';
import { CellCursor, GridPlace } from './field';
import type { Grid } from './grid';
import { gridCell, gridWidth } from './grid';

export interface RowCells {
  /** Zero-based sheet row. */
  readonly row: number;
  /** Raw value and address of a mapped field's cell. */
  cell(field: string): { readonly raw: CellValue; readonly ref: Ref };
  /**
   * A mapped field's cell through a field reader, `reader(raw, ref)`: as `cell`, with no object in between.
   * `ref` is valid only during the call (a cursor the row moves); keep the field the reader makes, not the ref.
   */
  read<T>(field: string, reader: (raw: CellValue, ref: Ref) => T): T;
}

function isTotalsRow(grid: Grid, i: number, width: number, keyCol: number | undefined): boolean {
  let first = -1;
  for (let j = 0; j < width && first < 0; j++) if (!isBlankCell(gridCell(grid, i, j))) first = j;
  if (first < 0) return false;
  const v = gridCell(grid, i, first);
  if (typeof v !== 'string' || !isTotalsLabel(v)) return false;
  return keyCol === undefined || keyCol === first || isBlankCell(gridCell(grid, i, keyCol));
}

const asCell = (raw: CellValue, ref: Ref): { readonly raw: CellValue; readonly ref: Ref } => ({ raw, ref });

/** One data row; a class, so that a large table does not make a closure per row. */
class GridRow implements RowCells {
  constructor(
    private readonly grid: Grid,
    readonly row: number,
    private readonly rowIndex: number,
    private readonly columns: ReadonlyMap<string, number>,
    private readonly at: CellCursor,
  ) {}

  cell(field: string): { readonly raw: CellValue; readonly ref: Ref } {
    const j = this.columns.get(field) ?? -1;
    return asCell(j < 0 ? null : gridCell(this.grid, this.rowIndex, j), this.at.place.ref(this.row, Math.max(j, 0)));
  }

  /** The reader gets the grid's cursor, moved to this cell: a field it makes keeps the position, not the cursor. */
  read<T>(field: string, reader: (raw: CellValue, ref: Ref) => T): T {
    const j = this.columns.get(field) ?? -1;
    this.at.row = this.row;
    this.at.col = Math.max(j, 0);
    return reader(j < 0 ? null : gridCell(this.grid, this.rowIndex, j), this.at);
  }
}

/** `columns` maps field keys to grid columns; `keyField` names the column whose blank marks a totals row. */
export function dataRows(grid: Grid, columns: Readonly<Record<string, number>>, keyField?: string): RowCells[] {
  const width = gridWidth(grid);
  const keyCol = keyField !== undefined && Object.hasOwn(columns, keyField) ? columns[keyField] : undefined;
  const out: RowCells[] = [];
  // Column letters once per grid, not once per cell read; one cursor for every row's reads.
  const at = new CellCursor(new GridPlace(grid.sheet, grid.col, width));
  // A map, looked up once per cell read (own keys only, as Object.hasOwn did).
  const byField = new Map(Object.entries(columns));
  for (let i = 1; i < grid.values.length; i++) {
    // Only as far as the row goes: a ragged row is empty past its end, and a sheet with a stray far
    // cell has a million short rows under a very wide grid.
    const row = grid.values[i];
    const rowWidth = Array.isArray(row) ? Math.min(width, row.length) : 0;
    let empty = true;
    for (let j = 0; j < rowWidth && empty; j++) if (!isBlankCell(gridCell(grid, i, j))) empty = false;
    if (empty || isTotalsRow(grid, i, width, keyCol)) continue;
    out.push(new GridRow(grid, grid.row + i, i, byField, at));
  }
  return out;
}
