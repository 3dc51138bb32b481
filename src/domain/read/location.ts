/** Where an object was found, for findings about a whole table or column (model.ts `TableLocation`). */
import { a1, a1Range } from '../a1';
import type { TableLocation } from '../model';
import type { Grid } from './grid';
import { gridWidth } from './grid';
import type { RowCells } from './rows';

/**
 * `columns` maps field keys to grid columns; the location holds sheet columns. The data rows run from
 * the row under the header to the last row read as data (skipped empty/totals rows below it excluded).
 */
export function tableLocation(grid: Grid, columns: Readonly<Record<string, number>>, rows: readonly RowCells[]): TableLocation {
  const width = Math.max(gridWidth(grid), 1);
  const headerRow = grid.row;
  const firstDataRow = headerRow + 1;
  const lastDataRow = rows.length > 0 ? rows[rows.length - 1].row : headerRow;
  const sheetColumns: Record<string, number> = Object.fromEntries(
    Object.entries(columns).map(([field, j]) => [field, grid.col + j]),
  );
  const headerRange = a1Range(headerRow, grid.col, headerRow, grid.col + width - 1);
  return {
    sheet: grid.sheet,
    headerRow,
    firstDataRow,
    lastDataRow,
    headerRange,
    columns: sheetColumns,
    columnRange: (field) => {
      const c = Object.hasOwn(sheetColumns, field) ? sheetColumns[field] : undefined;
      if (c === undefined) return headerRange;
      return lastDataRow < firstDataRow ? a1(headerRow, c) : a1Range(firstDataRow, c, lastDataRow, c);
    },
  };
}
