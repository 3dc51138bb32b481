/**
 * The file adapter's "Ny handlingsplan": a `PlanTemplate` (src/domain/template) -> an exceljs workbook
 * with one sheet and one real Excel table per object, column formats (so typed-in rows get them too),
 * drop-down lists, frozen header rows. Same content as src/excel/templateWriter.ts writes into Excel.
 *
 * Text is written as string values in `@`-formatted cells, never as formulas (SPEC §6).
 */
import ExcelJS from 'exceljs';
import { tableGrid } from '../domain/template/grid';
import { listFormula } from '../domain/template/validations';
import type { PlanTemplate, TemplateTable } from '../domain/template/types';
import type { TableGrid } from '../domain/template/grid';

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

function addValidations(ws: ExcelJS.Worksheet, grid: TableGrid): void {
  grid.columns.forEach((col, c) => {
    const v = col.validation;
    if (v === null) return;
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(v.source)],
      showInputMessage: true,
      promptTitle: v.prompt.title,
      prompt: v.prompt.message,
      showErrorMessage: true,
      errorStyle: v.style,
      errorTitle: v.error.title,
      error: v.error.message,
    };
    // Per cell over the table's data rows; exceljs joins equal neighbours into one range (`D2:D40`).
    for (let r = 1; r < grid.values.length; r++) ws.getCell(r + 1, c + 1).dataValidation = validation;
  });
}

function addTable(wb: ExcelJS.Workbook, t: TemplateTable, template: PlanTemplate): void {
  const grid = tableGrid(t);
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: template.frozenRows, activeCell: 'A2' }] });
  grid.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.column.width;
    // Column-level format: rows typed in later get it too.
    column.numFmt = c.numberFormat;
  });
  // The table is declared over the header and blank rows, then filled cell by cell so each value keeps its type.
  ws.addTable({
    name: t.table,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: template.tableStyle as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: t.rows.map(() => t.columns.map(() => null)),
  });
  grid.values.forEach((row, r) => {
    const wsRow = ws.getRow(r + 1);
    row.forEach((value, c) => {
      const cell = wsRow.getCell(c + 1);
      cell.numFmt = grid.numberFormats[r][c];
      cell.value = value !== null && grid.isDate[r][c] ? serialToDate(value as number) : value;
    });
  });
  ws.getRow(1).font = { bold: true };
  addValidations(ws, grid);
}

/** Builds the workbook in memory. */
export function templateToWorkbook(template: PlanTemplate): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Plankoll';
  for (const t of template.tables) addTable(wb, t, template);
  return wb;
}

/** The workbook as .xlsx bytes. */
export async function writeTemplateXlsx(template: PlanTemplate): Promise<Uint8Array> {
  const buffer = await templateToWorkbook(template).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
