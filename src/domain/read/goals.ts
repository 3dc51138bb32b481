/** Mål: one goal per row, `MålID` and `Mål`. */
import type { Goal } from '../model';
import type { RowCells } from './rows';
import { readText } from './text';

export function readGoal(r: RowCells): Goal {
  const id = r.cell('id');
  const name = r.cell('name');
  return { id: readText(id.raw, id.ref), name: readText(name.raw, name.ref), row: r.row };
}
