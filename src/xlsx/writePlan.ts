/**
 * The file adapter's plan writer: a `PlanWorkbook` (pure data, src/domain/example/workbook.ts) ->
 * an exceljs workbook with one sheet and one real Excel table per object, number formats, real dates,
 * column widths and a frozen header row.
 *
 * Text is always written as a string value, so `=HYPERLINK(...)` stays text (SPEC §6). An Excel error
 * value is written as a formula cell whose cached result is that error, which is how a broken
 * reference (`#REF!`) looks in a real workbook.
 */
import ExcelJS from 'exceljs';
import type { ColumnKind, PlanCell, PlanTable, PlanWorkbook } from '../domain/example/workbook';
import { isAmountCell, isDateCell, isErrorCell } from '../domain/example/workbook';
import { isoToSerial } from '../domain/dates';

/**
 * Number formats, in the file's invariant notation: Excel shows `#,##0 "kr"` as `2 290 000 kr` in a
 * Swedish locale (the grouping character is the reader's, not stored in the file).
 */
export const NUMBER_FORMATS = {
  amount: '#,##0 "kr"',
  percent: '0.00%',
  date: 'yyyy-mm-dd',
} as const;

/** A formula that yields each error value, kept in the cell next to its cached result. */
const ERROR_FORMULAS: Readonly<Record<string, string>> = {
  '#REF!': '#REF!',
  '#DIV/0!': '1/0',
  '#VALUE!': '"a"+1',
  '#N/A': 'NA()',
  '#NAME?': 'OKAND_FUNKTION()',
  '#NUM!': 'SQRT(-1)',
  '#NULL!': 'A1 B1',
};

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

function isoToDate(iso: string): Date | null {
  const serial = isoToSerial(iso);
  return serial === null ? null : new Date((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
}

function formatFor(kind: ColumnKind): string | undefined {
  return kind === 'amount' ? NUMBER_FORMATS.amount : kind === 'percent' ? NUMBER_FORMATS.percent : kind === 'date' ? NUMBER_FORMATS.date : undefined;
}

/** The exceljs value and number format of one cell. */
function cellContent(cell: PlanCell, kind: ColumnKind): { value: ExcelJS.CellValue; numFmt?: string } {
  if (cell === null) return { value: null };
  if (typeof cell === 'string') return { value: cell };
  if (typeof cell === 'boolean') return { value: cell };
  if (typeof cell === 'number') return { value: cell, numFmt: formatFor(kind) };
  if (isDateCell(cell)) {
    // An impossible date (a deliberate problem) stays the text it was.
    const d = isoToDate(cell.date);
    return d === null ? { value: cell.date } : { value: d, numFmt: NUMBER_FORMATS.date };
  }
  if (isAmountCell(cell)) return { value: cell.amount, numFmt: NUMBER_FORMATS.amount };
  if (isErrorCell(cell)) {
    const formula = ERROR_FORMULAS[cell.error] ?? '#REF!';
    return { value: { formula, result: { error: cell.error as ExcelJS.ErrorValue[keyof ExcelJS.ErrorValue] } } as ExcelJS.CellFormulaValue };
  }
  return { value: null };
}

function addTable(wb: ExcelJS.Workbook, t: PlanTable): void {
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = t.columns.map((c) => ({ width: c.width }));
  // The table is declared over the header only and filled cell by cell, so each value keeps its exact type.
  ws.addTable({
    name: t.table,
    ref: 'A1',
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: t.rows.map((r) => t.columns.map((_, i) => (typeof r[i] === 'string' ? r[i] : null))),
  });
  const header = ws.getRow(1);
  header.font = { bold: true };
  for (let r = 0; r < t.rows.length; r++) {
    const row = ws.getRow(r + 2);
    for (let c = 0; c < t.columns.length; c++) {
      const content = cellContent(t.rows[r][c] ?? null, t.columns[c].kind);
      const cell = row.getCell(c + 1);
      cell.value = content.value;
      if (content.numFmt !== undefined) cell.numFmt = content.numFmt;
      else if (t.columns[c].kind === 'date' || t.columns[c].kind === 'text') cell.numFmt = '@';
    }
  }
}

/** Builds the workbook in memory. */
export function planToWorkbook(plan: PlanWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Plankoll';
  wb.created = new Date(Date.UTC(2011, 11, 31));
  wb.modified = wb.created;
  for (const t of plan.tables) addTable(wb, t);
  return wb;
}

/** The workbook as .xlsx bytes. */
export async function writePlanXlsx(plan: PlanWorkbook): Promise<Uint8Array> {
  const buffer = await planToWorkbook(plan).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
