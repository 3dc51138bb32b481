/** Roller: one role per row, its holder, organisation and decision authority (`Beslutsrätt (kr)`). */
import type { Role } from '../model';
import { readDecisionLimit } from './decisionLimit';
import type { RowCells } from './rows';
import { readText } from './text';

export function readRole(r: RowCells): Role {
  const role = r.cell('role');
  const name = r.cell('name');
  const organisation = r.cell('organisation');
  const limit = r.cell('limit');
  return {
    role: readText(role.raw, role.ref),
    name: readText(name.raw, name.ref),
    organisation: readText(organisation.raw, organisation.ref),
    limit: readDecisionLimit(limit.raw, limit.ref),
    row: r.row,
  };
}
