/**
 * Writes the summary sheet (SPEC §3) through office-js: one `Excel.run`, three `context.sync()` calls
 * whatever the plan's size — (1) list the sheets, (2) read each sheet's marker and table names,
 * (3) write everything — as long as the content fits one request (4 MB; beyond it, one sync more per
 * 4 MB, writeOwnedSheet).
 *
 * Which sheet is ours: a worksheet-scoped name `Plankoll_Sammanfattning` (ExcelApi 1.4). It travels with
 * the sheet when the user renames or moves it, cannot be typed over in a cell, is visible and explained
 * in Name Manager, and is saved in the .xlsx so the CLI/exceljs side can see it too. (Worksheet custom
 * properties would do the same but need ExcelApi 1.12; the manifest asks for 1.9.) A sheet without the
 * marker is the user's, whatever it is called: it is never touched.
 *
 * Regenerating replaces our sheet in place: a new sheet is added under a temporary name, the old one
 * (with its tables and charts) deleted, the new one given the old name and tab position. Deleting first
 * frees the table names; adding first keeps the workbook from ever being left without a visible sheet.
 *
 * Text stays text: office-js reads a string starting with `=` in `range.values` as a formula, unless the
 * cell's number format is text (`@`). So every string cell gets `@` before its values are set (the layout
 * already asks for `@`; this writer enforces it whatever the layout says).
 */
import type { WriteResult } from '../domain/gateway';
import { a1Range, parseA1 } from '../domain/a1';
import { charsToPoints } from './columnWidth';
import { isExcelError, isNoResult } from '../domain/snapshot';
import type { CellValue } from '../domain/snapshot';
import type { ChartKind } from '../domain/charts/types';
import type { LayoutBlock, LayoutChart, LayoutPrint, SheetLayout } from '../domain/summary/layout';
import type { ExistingSheet } from '../domain/summary/sheetTarget';
import { chooseSheetTarget } from '../domain/summary/sheetTarget';
import type { BlockWrite } from './writeBatches';
import { planBlockWrites } from './writeBatches';

/** The worksheet-scoped name that marks a sheet as the add-in's own; its value is the sheet's name when written. */
export const OWNER_MARKER = 'Plankoll_Sammanfattning';
const OWNER_COMMENT = 'Plankoll: bladet skapades av tillägget och ersätts när sammanfattningen skapas igen.';
const TEXT_FORMAT = '@';

/** A block's A1 range: its top-left and its size (rows × widest row). */
export function blockRange(block: LayoutBlock): string | null {
  const at = parseA1(block.address);
  const rows = block.values.length;
  const cols = Math.max(0, ...block.values.map((r) => r.length));
  if (at === null || rows === 0 || cols === 0) return null;
  return a1Range(at.row, at.col, at.row + rows - 1, at.col + cols - 1);
}

/** Values office-js accepts; an empty cell is '' (null would mean "leave unchanged"). */
function cellValue(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (isExcelError(v)) return v.error;
  if (isNoResult(v)) return '';
  return v;
}

/** The block as rectangular values and number formats, strings forced to `@`. */
export function blockCells(block: LayoutBlock): { values: (string | number | boolean)[][]; formats: string[][] } {
  const cols = Math.max(0, ...block.values.map((r) => r.length));
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  block.values.forEach((row, r) => {
    const vRow: (string | number | boolean)[] = [];
    const fRow: string[] = [];
    for (let c = 0; c < cols; c++) {
      const v = cellValue(row[c]);
      const given = typeof block.numberFormat === 'string' ? block.numberFormat : block.numberFormat?.[r]?.[c];
      vRow.push(v);
      fRow.push(typeof v === 'string' ? TEXT_FORMAT : (given ?? 'General'));
    }
    values.push(vRow);
    formats.push(fRow);
  });
  return { values, formats };
}

/** A formula string constant: `="…"` with quotes doubled. */
function stringConstant(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/** Excel's chart type per kind (the enum's string values: `Excel` is not defined until Office has loaded). */
export const EXCEL_CHART_TYPE = {
  column: 'ColumnClustered',
  bar: 'BarClustered',
  doughnut: 'Doughnut',
} as const satisfies Readonly<Record<ChartKind, `${Excel.ChartType}`>>;

/**
 * A native chart from its description, bound to the sheet's table (`source`): type, title, colours,
 * values on the bars or slices in the description's number format, legend below. A doughnut's slices
 * carry their category name and count (readable without colour); an empty slice gets no label.
 */
function drawChart(sheet: Excel.Worksheet, c: LayoutChart): void {
  const d = c.chart;
  const chart = sheet.charts.add(EXCEL_CHART_TYPE[d.kind], sheet.getRange(c.source), Excel.ChartSeriesBy.columns);
  chart.name = c.name;
  chart.title.text = d.title;
  const [start, end] = c.position.split(':');
  chart.setPosition(start, end ?? start);
  chart.legend.position = 'Bottom';
  chart.dataLabels.showValue = true;
  chart.dataLabels.numberFormat = d.numberFormat;
  if (d.kind === 'doughnut') {
    chart.dataLabels.showCategoryName = true;
    const points = chart.series.getItemAt(0).points;
    (d.categoryColors ?? []).forEach((color, i) => points.getItemAt(i).format.fill.setSolidColor(color));
    (d.series[0]?.values ?? []).forEach((v, i) => {
      if (v === 0) points.getItemAt(i).hasDataLabel = false;
    });
    return;
  }
  chart.axes.valueAxis.numberFormat = d.numberFormat;
  d.series.forEach((s, i) => chart.series.getItemAt(i).format.fill.setSolidColor(s.color));
}

/**
 * The sheet's page layout (ExcelApi 1.9): paper, orientation, one page wide (as tall as it takes: a
 * vertical fit of 0 is Excel's "automatic"), the print area, page breaks, header and footer in Excel's
 * header/footer code, no gridlines, centred on the page.
 */
export function applyPrintLayout(sheet: Excel.Worksheet, print: LayoutPrint): void {
  const page = sheet.pageLayout;
  page.paperSize = print.paperSize;
  page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
  page.printGridlines = print.gridlines;
  page.centerHorizontally = true;
  page.setPrintArea(print.area);
  const all = page.headersFooters.defaultForAllPages;
  all.leftHeader = print.header.left;
  all.centerHeader = print.header.center;
  all.rightHeader = print.header.right;
  all.leftFooter = print.footer.left;
  all.centerFooter = print.footer.center;
  all.rightFooter = print.footer.right;
  for (const at of print.pageBreaks) sheet.horizontalPageBreaks.add(at);
}

/** The layout's blocks as office-js will get them, in batches within one request's budget (writeBatches.ts). */
function blockBatches(layout: SheetLayout): BlockWrite[][] {
  const blocks: BlockWrite[] = [];
  for (const block of layout.blocks) {
    if (blockRange(block) === null) continue;
    const { values, formats } = blockCells(block);
    blocks.push({ address: block.address, values, formats, ...(block.bold ? { bold: true } : {}), ...(block.fontSize !== undefined ? { fontSize: block.fontSize } : {}) });
  }
  return planBlockWrites(blocks);
}

function writeBlocks(sheet: Excel.Worksheet, blocks: readonly BlockWrite[]): void {
  for (const block of blocks) {
    const at = parseA1(block.address);
    if (at === null) continue;
    const range = sheet.getRange(a1Range(at.row, at.col, at.row + block.values.length - 1, at.col + (block.values[0]?.length ?? 1) - 1));
    range.numberFormat = block.formats as string[][]; // before the values: a `@` cell keeps `=…` as text
    range.values = block.values as (string | number | boolean)[][];
    if (block.bold) range.format.font.bold = true;
    if (block.fontSize !== undefined) range.format.font.size = block.fontSize;
  }
}

/** Everything but the blocks: fills, tables, charts, the page layout, column widths. */
function writeRest(sheet: Excel.Worksheet, layout: SheetLayout, tableNames: Readonly<Record<string, string>>): void {
  for (const fill of layout.fills) {
    const range = sheet.getRange(fill.range);
    range.format.fill.color = fill.color;
    if (fill.fontColor !== undefined) range.format.font.color = fill.fontColor;
  }
  for (const t of layout.tables) {
    const table = sheet.tables.add(sheet.getRange(t.range), true);
    table.name = tableNames[t.name] ?? t.name;
    if (t.style !== undefined) table.style = t.style;
  }
  for (const c of layout.charts) drawChart(sheet, c);
  if (layout.print !== undefined) applyPrintLayout(sheet, layout.print);
  for (const [column, chars] of Object.entries(layout.columnWidths ?? {})) {
    sheet.getRange(`${column}:${column}`).format.columnWidth = charsToPoints(chars);
  }
}

/** Which kind of sheet the add-in owns: the worksheet-scoped name that marks it, and that name's comment in Name Manager. */
export interface SheetOwner {
  readonly marker: string;
  readonly comment: string;
}

const SUMMARY_OWNER: SheetOwner = { marker: OWNER_MARKER, comment: OWNER_COMMENT };

export function writeSummarySheet(layout: SheetLayout): Promise<WriteResult> {
  return writeOwnedSheet(layout, SUMMARY_OWNER);
}

/**
 * Writes `layout` to the sheet `owner` marks (replaced in place) or to a new one, never to a user's sheet:
 * the summary (above) and the findings sheet (findingsWriter.ts). Three syncs whatever the number of rows,
 * while the blocks' values and formats fit one request's budget (4 MB, under Excel on the web's 5 MB
 * limit); content beyond that goes first into the new sheet in batches of its own, one sync each, and the
 * old sheet is replaced only in the last. A batch that fails leaves no half-written sheet behind: the new
 * one is deleted again, and the old one is as it was.
 */
export async function writeOwnedSheet(layout: SheetLayout, owner: SheetOwner): Promise<WriteResult> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/position');
    await context.sync(); // 1: the sheets

    const sheets = worksheets.items;
    const markers = sheets.map((ws) => {
      const marker = ws.names.getItemOrNullObject(owner.marker);
      marker.load('value');
      return marker;
    });
    const tables = sheets.map((ws) => {
      const collection = ws.tables;
      collection.load('items/name');
      return collection;
    });
    await context.sync(); // 2: markers and table names

    const existing: ExistingSheet[] = sheets.map((ws, i) => ({
      name: ws.name,
      position: ws.position,
      marker: markers[i].isNullObject ? null : String(markers[i].value),
      tables: tables[i].items.map((t) => t.name),
    }));
    const target = chooseSheetTarget(existing, layout.sheetName, layout.tables.map((t) => t.name));

    const batches = blockBatches(layout);
    const added = target.replace === null ? target.name : target.tempName;
    context.application.suspendApiCalculationUntilNextSync();
    const sheet = worksheets.add(added);
    let sent = 0;
    try {
      // Only content over one request's budget: all but the last batch, each in a sync of its own.
      for (; sent < batches.length - 1; sent++) {
        writeBlocks(sheet, batches[sent]);
        // Deliberate: one sync per ~4 MB batch (writeBatches.ts), so the count grows with the content's size
        // / 4 MB, never with its row count; one sync would exceed Excel on the web's 5 MB request limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync(); // 3, 4, …: a batch of the content
        context.application.suspendApiCalculationUntilNextSync();
      }
      if (target.replace !== null) {
        const replaced = target.replace;
        sheets[existing.findIndex((s) => s.name === replaced.name)].delete();
        sheet.name = replaced.name;
        sheet.position = replaced.position;
      }
      sheet.names.add(owner.marker, stringConstant(target.name), owner.comment);
      writeBlocks(sheet, batches.at(-1) ?? []);
      writeRest(sheet, layout, target.tableNames);
      sheet.activate();
      sheet.getRange('A1').select();
      await context.sync(); // 3 (or the last): everything written
    } catch (e) {
      if (sent > 0) await deleteUnfinished(context, added);
      throw e;
    }
    return { sheetName: target.name };
  });
}

/**
 * After a failed batch: deletes the sheet this write added, while it still has the name it was added
 * under (renamed, it replaced the old one in the last batch, and stays). Best effort: the first failure
 * is the one the user is told.
 */
async function deleteUnfinished(context: Excel.RequestContext, name: string): Promise<void> {
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('name'); // any load tells whether it is there
    await context.sync();
    if (sheet.isNullObject) return;
    sheet.delete();
    await context.sync();
  } catch {
    // The write's own error is reported; this one would only hide it.
  }
}
