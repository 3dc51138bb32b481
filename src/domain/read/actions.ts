/** Åtgärder: one action per row; municipality columns in Finansiering's order (those that have a column). */
import type { Action } from '../model';
import { readAmount } from './amount';
import { readDate } from './date';
import type { RowCells } from './rows';
import { readStatus } from './status';
import { readText } from './text';

export function readAction(r: RowCells, municipalityColumns: readonly string[], hasComment: boolean): Action {
  const text = (field: string) => {
    const c = r.cell(field);
    return readText(c.raw, c.ref);
  };
  const amount = (field: string) => {
    const c = r.cell(field);
    return readAmount(c.raw, c.ref);
  };
  const date = (field: string) => {
    const c = r.cell(field);
    return readDate(c.raw, c.ref);
  };
  const status = r.cell('status');
  return {
    row: r.row,
    id: text('id'),
    name: text('name'),
    goalId: text('goalId'),
    responsible: text('responsible'),
    decisionMaker: text('decisionMaker'),
    start: date('start'),
    end: date('end'),
    status: readStatus(status.raw, status.ref),
    budget: amount('budget'),
    shares: municipalityColumns.map((municipality) => ({ municipality, amount: amount(municipality) })),
    spent: amount('spent'),
    comment: hasComment ? text('comment') : null,
  };
}
