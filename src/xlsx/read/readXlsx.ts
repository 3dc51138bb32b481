/**
 * .xlsx/.xlsm bytes → WorkbookSnapshot, read by Plankoll itself: the zip directory, then only the parts
 * the plan needs, each streamed (zip.ts, xml.ts). Parts are found through the package's relationships
 * (package → workbook → sheets → tables, workbook → shared strings, styles, custom XML), never by
 * their file names.
 *
 * What is kept: every sheet whose name is a plan object (`objectKindOf`), every very hidden sheet (the
 * seal's copy lives on one), the cells of every table whose name is a plan object, the seal's custom XML
 * part and the summary sheet's marker (a sheet-scoped defined name). Other sheets are listed in
 * `sheetNames` and not read at all, unless `allSheets` (the browser page, which shows them).
 *
 * Bounded by construction (ReaderLimits): unpacked bytes, kept cells, Excel's grid. Data validations
 * and conditional formats are never read. No Node imports: the browser page uses this module too.
 */
import { objectKindOf } from '../../domain/names';
import { isSealSheetName } from '../../domain/seal/sheetCopy';
import { sealFromXml } from '../../domain/seal/xml';
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../domain/snapshot';
import { parseRange } from '../../domain/a1';
import { UnreadableWorkbook, words } from './errors';
import type { Grid } from './grid';
import { buildGrid, rangeOf, slice } from './grid';
import type { Relationship, TablePart } from './parts';
import { NO_STYLES, readRelationships, readStyles, readTablePart, readWorkbookPart } from './parts';
import type { CellBudget, KeepPlan, RawValue, Rect, SheetCells } from './sheet';
import { NUMBER, NoResult, SHARED, WantedStrings, readSharedStrings, readSheetCells } from './sheet';
import type { WholeInflate } from './zip';
import { ZipPackage } from './zip';

export interface ReaderLimits {
  /** Bytes all parts read may unpack to, together (a zip bomb stops here). */
  readonly maxUnpackedBytes: number;
  /** Filled cells kept, over all sheets read. */
  readonly maxCells: number;
  /**
   * Rows read on a sheet: a value below this row is refused. A plan has thousands of actions, not a
   * million; a column filled down to row 1 048 576 would otherwise become a million actions.
   */
  readonly maxRows: number;
}

export const DEFAULT_LIMITS: ReaderLimits = {
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxCells: 10_000_000,
  maxRows: 200_000,
};

export interface XlsxReadOptions {
  /** Also read each kept cell's number format into `numberFormats`. Default false. */
  readonly numberFormats?: boolean;
  /** Read every sheet and every table, not only the plan's (the browser page shows the whole workbook). */
  readonly allSheets?: boolean;
  readonly limits?: Partial<ReaderLimits>;
  /** A faster whole-part inflater where the platform has one (Node's zlib); fflate streams otherwise. */
  readonly inflate?: WholeInflate;
}

/** The defined name by which the add-in marks the summary sheet it owns (sheet-scoped). */
export const SUMMARY_MARKER = 'Plankoll_Sammanfattning';

interface SheetPlan {
  readonly name: string;
  readonly part: string;
  readonly whole: boolean;
  readonly tables: readonly { readonly table: TablePart; readonly rect: Rect }[];
}

function tableRect(t: TablePart, sheet: string, part: string): Rect {
  const range = parseRange(t.ref);
  if (range === null) {
    throw new UnreadableWorkbook('damaged', {
      sheet,
      part,
      what: words(`tabellen '${t.name}' har ett ogiltigt område '${t.ref}'`, `the table '${t.name}' has an invalid range '${t.ref}'`),
    });
  }
  return { row1: range.top, col1: range.left, row2: range.bottom, col2: range.right };
}

function byType(rels: readonly Relationship[], type: string): Relationship | undefined {
  return rels.find((r) => r.type === type && r.target !== '');
}

/** The main workbook part, from the package relationships (`xl/workbook.xml` when they are missing). */
function workbookPartName(zip: ZipPackage): string {
  const main = byType(readRelationships(zip, ''), 'officeDocument');
  if (main !== undefined && zip.entry(main.target) !== undefined) return main.target;
  if (zip.entry('xl/workbook.xml') !== undefined) return 'xl/workbook.xml';
  if (zip.entries.some((e) => e.encrypted)) throw new UnreadableWorkbook('encrypted');
  throw new UnreadableWorkbook('notWorkbook');
}

function resolveValue(v: RawValue): CellValue {
  return v instanceof NoResult ? { formula: v.formula } : v;
}

/** The kept cells' values, shared strings resolved (a string the part does not have is empty). */
function cellValues(cells: SheetCells, strings: readonly (string | undefined)[]): CellValue[] {
  const { count, kinds, nums, others } = cells;
  const values = new Array<CellValue>(count);
  for (let i = 0; i < count; i++) {
    const kind = kinds[i];
    values[i] = kind === NUMBER ? nums[i] : kind === SHARED ? (strings[nums[i]] ?? null) : resolveValue(others[nums[i]]);
  }
  return values;
}

/** Reads an .xlsx/.xlsm package. Throws UnreadableWorkbook (never a library error) for a file that is not one. */
export function readXlsxSnapshot(bytes: Uint8Array, options: XlsxReadOptions = {}): WorkbookSnapshot {
  const limits: ReaderLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const zip = ZipPackage.open(bytes, limits.maxUnpackedBytes, options.inflate);
  const wbPart = workbookPartName(zip);
  const wb = readWorkbookPart(zip, wbPart);
  const wbRels = readRelationships(zip, wbPart);
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  const styles = readStyles(zip, byType(wbRels, 'styles')?.target);
  const all = options.allSheets === true;

  // Which sheets and tables to read.
  const sheetNames: string[] = [];
  const plans: SheetPlan[] = [];
  const owned = new Set<number>();
  for (const n of wb.definedNames) if (n.name === SUMMARY_MARKER && n.localSheetId !== null) owned.add(n.localSheetId);
  const ownedSheets: string[] = [];
  wb.sheets.forEach((s, index) => {
    const rel = relById.get(s.relId);
    // Chart sheets, dialog and macro sheets have no cells and are not worksheets (office-js leaves them out too).
    if (rel !== undefined && rel.type !== 'worksheet') return;
    if (rel === undefined || zip.entry(rel.target) === undefined) {
      throw new UnreadableWorkbook('damaged', {
        sheet: s.name,
        ...(rel !== undefined ? { part: rel.target } : {}),
        what: words('bladets del saknas i paketet', "the sheet's part is missing from the package"),
      });
    }
    sheetNames.push(s.name);
    if (owned.has(index)) ownedSheets.push(s.name);
    // The seal sheet is read whatever its state (a tool that re-saves may have made it only hidden).
    const whole = all || objectKindOf(s.name) !== null || s.state === 'veryHidden' || isSealSheetName(s.name);
    const tables = readRelationships(zip, rel.target)
      .filter((r) => r.type === 'table')
      .map((r) => readTablePart(zip, r.target, s.name))
      .filter((t) => all || objectKindOf(t.name) !== null)
      .map((table) => ({ table, rect: tableRect(table, s.name, rel.target) }))
      // In the order they stand on the sheet, top to bottom, then left to right.
      .sort((x, y) => x.rect.row1 - y.rect.row1 || x.rect.col1 - y.rect.col1);
    if (whole || tables.length > 0) plans.push({ name: s.name, part: rel.target, whole, tables });
  });

  // The sheets' cells, with shared strings as references for now.
  const budget: CellBudget = { limit: limits.maxCells, used: 0, maxRows: limits.maxRows };
  const wanted = new WantedStrings();
  const ctx = { zip, strings: wanted, styles: styles ?? NO_STYLES, date1904: wb.date1904, withFormats: options.numberFormats === true, cells: budget };
  const read: { plan: SheetPlan; cells: SheetCells }[] = [];
  for (const plan of plans) {
    const keep: KeepPlan = { whole: plan.whole, rects: plan.tables.map((t) => t.rect) };
    read.push({ plan, cells: readSheetCells(ctx, zip.entry(plan.part)!, plan.name, keep) });
  }
  const sstRel = byType(wbRels, 'sharedStrings');
  const sstEntry = sstRel === undefined ? undefined : zip.entry(sstRel.target);
  const strings = sstEntry === undefined ? [] : readSharedStrings(zip, sstEntry, wanted);

  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  for (const { plan, cells } of read) {
    const values = cellValues(cells, strings);
    const grid = buildGrid({ rows: cells.rows, cols: cells.cols, values, formats: cells.formats });
    if (plan.whole) sheets.push({ name: plan.name, used: rangeOf(grid) });
    for (const { table, rect } of plan.tables) tables.push(tableSnapshot(table, rect, plan.name, grid));
  }

  // Excel relates the seal's custom XML part from the workbook; LibreOffice, re-saving, from the package.
  const seal = readSeal(zip, [...wbRels, ...readRelationships(zip, '')]);
  return {
    sheets,
    tables,
    sheetNames,
    seal,
    ...(ownedSheets.length > 0 ? { ownedSheets } : {}),
  };
}

function tableSnapshot(t: TablePart, rect: Rect, sheet: string, grid: Grid): TableSnapshot {
  const dataEnd = t.totalsRow ? rect.row2 - 1 : rect.row2;
  // Rows past the last value are left out (a table sized to row 1 048 576 is not a million empty rows).
  const last = Math.min(dataEnd, Math.max(grid.lastRow, rect.row1));
  if (!t.headerRow) {
    // No header row on the sheet: the column names stand in for it, one row above the data.
    const range = slice(grid, rect.row1, rect.col1, Math.max(last, rect.row1), rect.col2);
    const header: CellValue[] = t.columns.map((c) => c);
    const values = [header, ...range.values];
    const numberFormats = range.numberFormats ? [header.map(() => ''), ...range.numberFormats] : undefined;
    return {
      name: t.name,
      sheet,
      range: numberFormats ? { row: rect.row1 - 1, col: rect.col1, values, numberFormats } : { row: rect.row1 - 1, col: rect.col1, values },
    };
  }
  return { name: t.name, sheet, range: slice(grid, rect.row1, rect.col1, Math.max(last, rect.row1), rect.col2) };
}

/** The seal record of the first custom XML part (by part name) that is a Plankoll seal; null when none is. */
function readSeal(zip: ZipPackage, rels: readonly Relationship[]): string | null {
  const parts = [...new Set(rels.filter((r) => r.type === 'customXml' && r.target !== '').map((r) => r.target))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  for (const part of parts) {
    const text = zip.text(part);
    if (text === undefined) continue;
    const record = sealFromXml(text);
    if (record !== null) return record;
  }
  return null;
}
