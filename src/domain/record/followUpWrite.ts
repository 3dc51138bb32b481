/**
 * Where a recorded follow-up goes in the workbook (SPEC §7), worked out from a snapshot so that every
 * adapter writes the same thing:
 *
 * - No Uppföljning yet: a sheet `Uppföljning` with a table `Uppfoljning` like the template's (an existing
 *   empty sheet of that name is filled instead of adding another). The ID list points at the workbook's own
 *   Åtgärder table and ID column, or is left out when Åtgärder is no Excel table.
 * - Uppföljning exists (a table, or a plain range found by sheet name): the recorded rows go at its bottom.
 *   Rows are written from the first of (a) the first row of the period being recorded again and (b) the
 *   blank rows at the table's end (the template's empty row is filled, not left above the history). Rows of
 *   other periods below that point keep their values and order and move up; the period's old rows are gone.
 *   Rows above it are not touched. Columns the recording does not know keep their values on moved rows.
 * - Without a `Prognos (kr)` or `Kommentar` column in the user's Uppföljning, those values are not
 *   recorded: the table's columns are the user's, and recording adds rows, not columns.
 */
import { serialToIso } from '../dates';
import { COLUMNS, TABLE_NAME, objectKindOf } from '../names';
import { asCellValue, headerText, isBlankCell } from '../read/cells';
import { gridCell } from '../read/grid';
import { mapHeader } from '../read/header';
import { locate } from '../read/locate';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { isNoResult } from '../snapshot';
import { followUpTable } from '../template/buildTemplate';
import type { ColumnFormat, TemplateCell } from '../template/types';
import { actionIdList } from '../template/validations';
import { periodKey } from '../followup/periods';
import type { FollowUpRecordRow } from '../followup/record';
import type { FollowUpWrite, WriteCell } from './types';

export const FOLLOW_UP_TABLE_STYLE = 'TableStyleMedium2';

export type FollowUpWritePlan =
  | { readonly kind: 'write'; readonly write: FollowUpWrite }
  /** A table or sheet already has the name the new Uppföljning needs, but is not one Plankoll can use. */
  | { readonly kind: 'conflict'; readonly name: string };

const FIELD_FORMAT: Readonly<Record<string, ColumnFormat>> = {
  period: 'text',
  date: 'date',
  id: 'text',
  spent: 'amount',
  forecast: 'amount',
  status: 'text',
  comment: 'text',
};

function rowCells(r: FollowUpRecordRow): Record<string, WriteCell> {
  return { period: r.period, date: { date: r.date }, id: r.id, spent: r.spent, forecast: r.forecast, status: r.status, comment: r.comment };
}

/** The Åtgärder table's name and the text of its ID header, for the new table's ID list; null without a table. */
function actionIdSource(snapshot: WorkbookSnapshot): { table: string; column: string } | null {
  for (const t of snapshot.tables) {
    if (objectKindOf(t.name) !== 'actions') continue;
    const header = t.range.values[0] ?? [];
    const grid = { sheet: t.sheet, row: t.range.row, col: t.range.col, values: [header.map(asCellValue)], source: 'table' as const };
    const j = mapHeader(grid, COLUMNS.actions).columns.id;
    const text = j === undefined ? null : header[j];
    return typeof text === 'string' && !/[[\]#']/.test(text) ? { table: t.name, column: text } : null;
  }
  return null;
}

function plan(rows: readonly FollowUpRecordRow[], snapshot: WorkbookSnapshot): FollowUpWritePlan {
  const found = locate(snapshot, 'followUp');
  if (found === null) {
    const name = TABLE_NAME.followUp.toLowerCase();
    const clash = snapshot.tables.find((t) => t.name.toLowerCase() === name);
    if (clash) return { kind: 'conflict', name: clash.name };
    const emptySheet = snapshot.sheetNames.find((s) => objectKindOf(s) === 'followUp') ?? null;
    const source = actionIdSource(snapshot);
    const table = followUpTable(
      rows.map((r) => {
        const c = rowCells(r);
        return [c.period, c.date, c.id, c.spent, c.forecast, c.status, c.comment] as TemplateCell[];
      }),
      source === null ? null : actionIdList({ kind: 'tableColumn', ...source }),
    );
    return {
      kind: 'write',
      write: {
        kind: 'create',
        table: emptySheet === null ? table : { ...table, sheet: emptySheet },
        reuseSheet: emptySheet !== null,
        tableStyle: FOLLOW_UP_TABLE_STYLE,
        frozenRows: 1,
      },
    };
  }

  const header = mapHeader(found, COLUMNS.followUp);
  const headerRow = found.values[0] ?? [];
  let width = 0;
  if (found.source === 'table') width = headerRow.length;
  else for (let j = 0; j < headerRow.length; j++) if (headerText(asCellValue(headerRow[j])) !== null) width = j + 1;
  const fieldAt = new Map(Object.entries(header.columns).map(([field, j]) => [j, field]));
  const periodCol = header.columns.period;
  const dateCol = header.columns.date;

  const blank = (i: number): boolean => {
    for (let j = 0; j < width; j++) if (!isBlankCell(gridCell(found, i, j))) return false;
    return true;
  };
  const n = found.values.length;
  let firstTrailingBlank = n;
  while (firstTrailingBlank > 1 && blank(firstTrailingBlank - 1)) firstTrailingBlank--;
  const key = periodKey(rows[0]?.period ?? '');
  const isPeriod = (i: number): boolean => {
    const v = periodCol === undefined ? null : gridCell(found, i, periodCol);
    return typeof v === 'string' ? periodKey(v) === key : typeof v === 'number' ? periodKey(String(v)) === key : false;
  };
  let start = firstTrailingBlank;
  for (let i = 1; i < firstTrailingBlank; i++) {
    if (isPeriod(i)) {
      start = i;
      break;
    }
  }

  const kept: WriteCell[][] = [];
  for (let i = start; i < firstTrailingBlank; i++) {
    if (isPeriod(i) || blank(i)) continue;
    kept.push(Array.from({ length: width }, (_, j) => keptCell(gridCell(found, i, j), j === dateCol)));
  }
  const recorded = rows.map((r) => {
    const c = rowCells(r);
    return Array.from({ length: width }, (_, j): WriteCell => {
      const field = fieldAt.get(j);
      return field === undefined ? null : (c[field] ?? null);
    });
  });
  const formats = Array.from({ length: width }, (_, j): ColumnFormat => FIELD_FORMAT[fieldAt.get(j) ?? ''] ?? 'general');
  return {
    kind: 'write',
    write: {
      kind: 'rewrite',
      sheet: found.sheet,
      table: found.source === 'table' ? tableName(snapshot, found.sheet, found.row, found.col) : null,
      headerRow: found.row,
      col: found.col,
      width,
      startRow: found.row + start,
      oldLastRow: found.row + n - 1,
      rows: [...kept, ...recorded],
      formats,
    },
  };
}

/** A moved row's cell as it was; a date serial in the Datum column stays a date. */
function keptCell(v: CellValue, isDateColumn: boolean): WriteCell {
  // A formula without a stored result is S006, an error: a workbook that has one is never recorded.
  if (isNoResult(v)) return null;
  if (isDateColumn && typeof v === 'number') {
    const iso = serialToIso(v);
    if (iso !== null) return { date: iso };
  }
  return v;
}

/** The name of the follow-up table whose header is at (row, col) on `sheet`. */
function tableName(snapshot: WorkbookSnapshot, sheet: string, row: number, col: number): string | null {
  const t = snapshot.tables.find((x) => objectKindOf(x.name) === 'followUp' && x.sheet === sheet && x.range.row <= row && x.range.col === col);
  return t?.name ?? null;
}

/**
 * The change that records `rows` (one follow-up, from recordFollowUp) into the workbook `snapshot` shows.
 * `rows` must not be empty.
 */
export function planFollowUpWrite(snapshot: WorkbookSnapshot, rows: readonly FollowUpRecordRow[]): FollowUpWritePlan {
  return plan(rows, snapshot);
}

