/**
 * The part of reading every object shares: map the header (S003 for each missing required column,
 * S004 for each duplicate), list the data rows, and record where the object is.
 */
import { a1 } from '../a1';
import type { RawFinding } from '../finding';
import type { TableLocation } from '../model';
import type { ObjectKind } from '../names';
import { COLUMNS, SHEET_NAME } from '../names';
import { headerText } from './cells';
import type { Grid } from './grid';
import { gridCell } from './grid';
import type { HeaderMap } from './header';
import { mapHeader } from './header';
import { tableLocation } from './location';
import type { RowCells } from './rows';
import { dataRows } from './rows';

export interface ReadTable {
  readonly header: HeaderMap;
  readonly rows: readonly RowCells[];
  readonly location: TableLocation;
  readonly findings: readonly RawFinding[];
  /** Every required column is there: the object can be read. */
  readonly complete: boolean;
}

const KEY_FIELD: Readonly<Record<ObjectKind, string>> = {
  plan: 'key',
  financing: 'municipality',
  goals: 'id',
  roles: 'role',
  actions: 'id',
  followUp: 'id',
};

export function readTable(grid: Grid, kind: ObjectKind, municipalities: readonly string[] = []): ReadTable {
  const header = mapHeader(grid, COLUMNS[kind], municipalities);
  const rows = dataRows(grid, header.columns, KEY_FIELD[kind]);
  const location = tableLocation(grid, header.columns, rows);
  const object = SHEET_NAME[kind];
  const findings: RawFinding[] = [
    ...header.missing.map((spec): RawFinding => ({
      code: 'S003',
      sheet: grid.sheet,
      cell: location.headerRange,
      expected: spec.header,
      detail: { object, column: spec.header },
    })),
    ...header.duplicates.map((d): RawFinding => {
      const text = headerText(gridCell(grid, 0, d.col)) ?? d.header;
      return {
        code: 'S004',
        sheet: grid.sheet,
        cell: a1(grid.row, grid.col + d.col),
        actual: text,
        detail: { object, column: d.header, header: text },
      };
    }),
  ];
  return { header, rows, location, findings, complete: header.missing.length === 0 };
}
