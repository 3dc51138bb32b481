/** Uppföljning (SPEC §7): one row per action per earlier follow-up. Prognos and Kommentar are optional columns. */
import type { FollowUpRow } from '../model';
import { readAmount } from './amount';
import { readDate } from './date';
import type { RowCells } from './rows';
import { readStatus } from './status';
import { readText } from './text';

export interface OptionalFollowUpColumns {
  readonly forecast: boolean;
  readonly comment: boolean;
}

export function readFollowUpRow(r: RowCells, optional: OptionalFollowUpColumns): FollowUpRow {
  const period = r.cell('period');
  const date = r.cell('date');
  const id = r.cell('id');
  const spent = r.cell('spent');
  const forecast = r.cell('forecast');
  const status = r.cell('status');
  const comment = r.cell('comment');
  return {
    row: r.row,
    period: readText(period.raw, period.ref),
    date: readDate(date.raw, date.ref),
    id: readText(id.raw, id.ref),
    spent: readAmount(spent.raw, spent.ref),
    forecast: optional.forecast ? readAmount(forecast.raw, forecast.ref) : null,
    status: readStatus(status.raw, status.ref),
    comment: optional.comment ? readText(comment.raw, comment.ref) : null,
  };
}
