/**
 * Builds a fake workbook holding what a WorkbookSnapshot describes, with cells as office-js `values`
 * report them: empty cells "", error values as their literal (`#REF!`).
 */
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/snapshot';
import { isExcelError } from '../../../src/domain/snapshot';
import { a1 } from '../../../src/domain/a1';
import type { FakeWorkbookData } from './workbook';
import { addSheet, emptyWorkbook, putRows } from './workbook';

export function toOfficeValue(v: CellValue): unknown {
  if (v === null) return '';
  if (isExcelError(v)) return v.error;
  return v;
}

export function workbookFromSnapshot(snapshot: WorkbookSnapshot): FakeWorkbookData {
  const wb = emptyWorkbook();
  const sheetOf = (name: string) => wb.sheets.find((s) => s.name === name) ?? addSheet(wb, name);
  for (const name of snapshot.sheetNames) sheetOf(name);
  for (const s of snapshot.sheets) {
    putRows(sheetOf(s.name).grid, a1(s.used.row, s.used.col), s.used.values.map((r) => r.map(toOfficeValue)));
  }
  for (const t of snapshot.tables) {
    const rows = t.range.values.map((r) => r.map(toOfficeValue));
    const area = putRows(sheetOf(t.sheet).grid, a1(t.range.row, t.range.col), rows);
    wb.tables.push({ name: t.name, sheet: t.sheet, area, showHeaders: true, showTotals: false, columnNames: rows[0].map(String) });
  }
  wb.activeSheet = wb.sheets[0]?.name ?? null;
  return wb;
}
