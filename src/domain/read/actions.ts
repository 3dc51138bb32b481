/** Åtgärder: one action per row; municipality columns in Finansiering's order (those that have a column). */
import type { Action } from '../model';
import { readMoney } from './amount';
import { readDate } from './date';
import type { RowCells } from './rows';
import { readStatus } from './status';
import { readText } from './text';

function text(r: RowCells, field: string) {
  return r.read(field, readText);
}


function amount(r: RowCells, field: string) {
  return r.read(field, readMoney);
}

function date(r: RowCells, field: string) {
  return r.read(field, readDate);
}

/** Which optional columns Åtgärder has. */
export interface OptionalActionColumns {
  readonly comment: boolean;
  readonly forecast: boolean;
}

export function readAction(r: RowCells, municipalityColumns: readonly string[], optional: OptionalActionColumns): Action {
  const shares = [];
  for (const municipality of municipalityColumns) shares.push({ municipality, amount: amount(r, municipality) });
  return {
    row: r.row,
    id: text(r, 'id'),
    name: text(r, 'name'),
    goalId: text(r, 'goalId'),
    responsible: text(r, 'responsible'),
    decisionMaker: text(r, 'decisionMaker'),
    start: date(r, 'start'),
    end: date(r, 'end'),
    status: r.read('status', readStatus),
    budget: amount(r, 'budget'),
    shares,
    spent: amount(r, 'spent'),
    forecast: optional.forecast ? amount(r, 'forecast') : null,
    comment: optional.comment ? text(r, 'comment') : null,
  };
}
