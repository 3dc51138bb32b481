/**
 * *Spara uppföljning* in the in-memory workbook: the same write the Excel adapter carries out
 * (src/excel/followUpWriter.ts), so the browser page shows what Excel does. Values are stored as they are
 * (text stays text), dates as serial numbers with the date format, each written cell with its number format.
 */
import { a1, a1Range, parseRange } from '../../domain/a1';
import { isoToSerial } from '../../domain/dates';
import type { Lang } from '../../domain/finding';
import type { FollowUpConflict } from '../../domain/record/conflicts';
import { FollowUpConflictError } from '../../domain/record/conflicts';
import type { FollowUpCreate, FollowUpRewrite, FollowUpWrite, WriteCell } from '../../domain/record/types';
import type { CellValue } from '../../domain/snapshot';
import { cellNumberFormat } from '../../domain/template/formats';
import { tableGrid } from '../../domain/template/grid';
import type { MemorySheet, MemoryWorkbook } from './memoryWorkbook';
import { emptySheet, findSheet, sameSheetName, setCell, usedRange } from './memoryWorkbook';

function put(sheet: MemorySheet, row: number, col: number, value: CellValue, format: string): void {
  setCell(sheet, row, col, value);
  const address = a1(row, col);
  if (format === 'General') sheet.formats.delete(address);
  else sheet.formats.set(address, format);
}

function memoryCell(v: WriteCell, format: FollowUpRewrite['formats'][number]): { value: CellValue; format: string } {
  if (v === null || typeof v === 'string' || typeof v === 'number') return { value: v, format: cellNumberFormat(format, v, false) };
  if (typeof v === 'boolean') return { value: v, format: 'General' };
  if ('error' in v) return { value: v, format: 'General' };
  const serial = isoToSerial(v.date);
  return serial === null ? { value: v.date, format: '@' } : { value: serial, format: cellNumberFormat('date', serial, true) };
}

function create(wb: MemoryWorkbook, w: FollowUpCreate, refuse: (c: FollowUpConflict) => never): string {
  const t = w.table;
  if (wb.tables.some((x) => x.name.toLowerCase() === t.table.toLowerCase())) refuse({ kind: 'nameTaken', name: t.table });
  let sheet = findSheet(wb, t.sheet);
  if (w.reuseSheet) {
    if (!sheet) return refuse({ kind: 'noSheet', sheet: t.sheet });
    if (usedRange(sheet) !== null) refuse({ kind: 'sheetNotEmpty', sheet: t.sheet });
  } else {
    if (sheet) refuse({ kind: 'sheetExists', sheet: t.sheet });
    sheet = emptySheet(t.sheet);
    wb.sheets.push(sheet);
  }
  const target = sheet;
  const grid = tableGrid(t);
  grid.values.forEach((row, r) => row.forEach((v, c) => put(target, r, c, v, grid.numberFormats[r][c])));
  wb.tables.push({ name: t.table, sheet: target.name, range: grid.address });
  return target.name;
}

function rewrite(wb: MemoryWorkbook, w: FollowUpRewrite, refuse: (c: FollowUpConflict) => never): string {
  const sheet = findSheet(wb, w.sheet);
  if (!sheet) return refuse({ kind: 'noSheet', sheet: w.sheet });
  const index = w.table === null ? -1 : wb.tables.findIndex((t) => t.name.toLowerCase() === (w.table ?? '').toLowerCase() && sameSheetName(t.sheet, sheet.name));
  if (w.table !== null) {
    const r = index < 0 ? null : parseRange(wb.tables[index].range);
    if (r === null) return refuse({ kind: 'noTable', table: w.table });
    if (r.top !== w.headerRow || r.left !== w.col || r.right !== w.col + w.width - 1 || r.bottom !== w.oldLastRow) refuse({ kind: 'tableChanged', table: w.table });
  }
  w.rows.forEach((row, i) => {
    for (let c = 0; c < w.width; c++) {
      const { value, format } = memoryCell(row[c] ?? null, w.formats[c] ?? 'general');
      put(sheet, w.startRow + i, w.col + c, value, format);
    }
  });
  const last = w.startRow + w.rows.length - 1;
  for (let r = last + 1; r <= w.oldLastRow; r++) for (let c = 0; c < w.width; c++) put(sheet, r, w.col + c, null, 'General');
  if (index >= 0) {
    const t = wb.tables[index];
    wb.tables[index] = { ...t, range: a1Range(w.headerRow, w.col, Math.max(last, w.headerRow + 1), w.col + w.width - 1) };
  }
  return sheet.name;
}

/** Applies the write; returns the sheet written. Throws FollowUpConflictError (in `lang`) and changes nothing when it cannot. */
export function applyFollowUp(wb: MemoryWorkbook, write: FollowUpWrite, lang: Lang): string {
  const refuse = (c: FollowUpConflict): never => {
    throw new FollowUpConflictError(c, lang);
  };
  return write.kind === 'create' ? create(wb, write, refuse) : rewrite(wb, write, refuse);
}
