/**
 * A Plan laid out as bare key/value rows, with no `Egenskap`/`Värde` header (`Namn | Handlingsplan …`
 * from the first row on), is common in controllers' workbooks. When the first row's first cell is a
 * known Plan property, the header is implied: the grid is read as if `Egenskap | Värde` stood above it,
 * so the first row is data and every address stays that of the real cell.
 */
import { planPropertyOf } from '../names';
import { headerText } from './cells';
import type { Grid } from './grid';
import { gridCell } from './grid';

const IMPLIED_HEADER = ['Egenskap', 'Värde'] as const;

export function withImpliedPlanHeader(grid: Grid): Grid {
  const first = headerText(gridCell(grid, 0, 0));
  if (first === null || planPropertyOf(first) === null) return grid;
  return { ...grid, row: grid.row - 1, values: [IMPLIED_HEADER, ...grid.values] };
}
