/**
 * *Spara uppföljning* in the open workbook: writes a recorded follow-up (src/domain/record, worked out from
 * a snapshot) into Uppföljning, in one `Excel.run` and two syncs: one to check that the workbook still is as
 * it was read (a table moved or resized since, a totals row, a name taken: FollowUpConflictError, nothing
 * written; a sheet or table deleted since fails that sync with Excel's ItemNotFound), one to write. Values only, never formulas: every written cell gets its number format first
 * (`@` for text, so an action's `=HYPERLINK(…)` comment stays text; the date format for Datum; the amount
 * format for Utfall and Prognos). Nothing outside Uppföljning is touched.
 *
 * - Create: the sheet (or the empty sheet of that name) and the table, as the template writes them.
 * - Rewrite: the rows from `startRow` down get the new values; the table grows with `table.rows.add`, or
 *   loses its surplus rows (`Range.delete` with shift up, which Excel does for table rows); a plain range's
 *   surplus rows are emptied.
 */
import { isoToSerial } from '../domain/dates';
import type { Lang } from '../domain/finding';
import type { FollowUpConflict } from '../domain/record/conflicts';
import { FollowUpConflictError } from '../domain/record/conflicts';
import type { FollowUpCreate, FollowUpRewrite, FollowUpWrite, WriteCell } from '../domain/record/types';
import { cellNumberFormat } from '../domain/template/formats';
import { queueTable } from './templateWriter';


function same(a: string, b: string): boolean {
  return a.toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');
}

/** A cell's office-js value and number format. An error value kept on a moved row is written as its text. */
function officeCell(v: WriteCell, format: FollowUpRewrite['formats'][number]): { value: string | number | boolean; numberFormat: string } {
  if (v === null) return { value: '', numberFormat: cellNumberFormat(format, null, false) };
  if (typeof v === 'string') return { value: v, numberFormat: cellNumberFormat(format, v, false) };
  if (typeof v === 'number') return { value: v, numberFormat: cellNumberFormat(format, v, false) };
  if (typeof v === 'boolean') return { value: v, numberFormat: 'General' };
  if ('error' in v) return { value: v.error, numberFormat: '@' };
  const serial = isoToSerial(v.date);
  return serial === null ? { value: v.date, numberFormat: '@' } : { value: serial, numberFormat: cellNumberFormat('date', serial, true) };
}

async function create(context: Excel.RequestContext, w: FollowUpCreate, refuse: (c: FollowUpConflict) => never): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name');
  const names = context.workbook.names;
  names.load('items/name');
  // An empty sheet to fill: its used range, to see that it is still empty (a sheet gone since fails the sync).
  const reused = w.reuseSheet ? worksheets.getItem(w.table.sheet) : null;
  const used = reused?.getUsedRangeOrNullObject(false).load('address') ?? null;
  await context.sync();

  const taken = [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)].find((n) => same(n, w.table.table));
  if (taken !== undefined) refuse({ kind: 'nameTaken', name: taken });
  let sheet: Excel.Worksheet;
  if (reused !== null && used !== null) {
    if (!used.isNullObject) refuse({ kind: 'sheetNotEmpty', sheet: w.table.sheet });
    sheet = reused;
  } else {
    if (worksheets.items.some((s) => same(s.name, w.table.sheet))) refuse({ kind: 'sheetExists', sheet: w.table.sheet });
    sheet = worksheets.add(w.table.sheet);
  }
  queueTable(sheet, w.table, w);
  sheet.activate();
  await context.sync();
}

async function rewrite(context: Excel.RequestContext, w: FollowUpRewrite, refuse: (c: FollowUpConflict) => never): Promise<void> {
  // A sheet or table gone since the snapshot fails the sync (ItemNotFound); one moved or resized is refused below.
  const sheet = context.workbook.worksheets.getItem(w.sheet);
  const table = w.table === null ? null : context.workbook.tables.getItem(w.table);
  const tableRange = table?.getRange().load('rowIndex,columnIndex,rowCount,columnCount') ?? null;
  table?.load('showTotals');
  await context.sync();

  if (table !== null && tableRange !== null && w.table !== null) {
    if (table.showTotals) refuse({ kind: 'totalsRow', table: w.table });
    const lastRow = tableRange.rowIndex + tableRange.rowCount - 1;
    if (tableRange.rowIndex !== w.headerRow || tableRange.columnIndex !== w.col || tableRange.columnCount !== w.width || lastRow !== w.oldLastRow) {
      refuse({ kind: 'tableChanged', table: w.table });
    }
  }

  const existing = Math.max(0, w.oldLastRow - w.startRow + 1);
  const count = w.rows.length;
  if (table !== null && count > existing) {
    // New table rows first (blank), so that their cells get their formats before their values.
    table.rows.add(undefined, Array.from({ length: count - existing }, () => Array.from({ length: w.width }, () => '')));
  }
  if (count > 0) {
    const cells = w.rows.map((row) => Array.from({ length: w.width }, (_, c) => officeCell(row[c] ?? null, w.formats[c] ?? 'general')));
    const target = sheet.getRangeByIndexes(w.startRow, w.col, count, w.width);
    target.numberFormat = cells.map((row) => row.map((x) => x.numberFormat));
    target.values = cells.map((row) => row.map((x) => x.value));
  }
  if (count < existing) {
    const surplus = sheet.getRangeByIndexes(w.startRow + count, w.col, existing - count, w.width);
    if (table !== null) surplus.delete('Up');
    else surplus.clear('Contents');
  }
  await context.sync();
}

/** Writes the follow-up; throws FollowUpConflictError (message in `lang`) when the workbook does not allow it. */
export async function writeFollowUpToExcel(write: FollowUpWrite, lang: Lang = 'sv'): Promise<void> {
  const refuse = (c: FollowUpConflict): never => {
    throw new FollowUpConflictError(c, lang);
  };
  await Excel.run(async (context) => {
    if (write.kind === 'create') await create(context, write, refuse);
    else await rewrite(context, write, refuse);
  });
}
