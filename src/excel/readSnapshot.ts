/**
 * Reads the plan's tables and sheets, and the stored seal, from the open workbook into a WorkbookSnapshot
 * (office-js), in three steps: plan the read (sync 1), fetch the first windows (sync 2), fetch the rest
 * (sync 3…), then assemble the snapshot.
 *
 * One `Excel.run`, two syncs for a normal plan with its seal, plus one per ~4 MB of data beyond:
 *   sync 1  worksheet names/positions; table names, sheets, header/totals flags; the seal's custom XML
 *           parts (their ids) and its very hidden sheet (or a null object). Only the plan's objects are read further (`planObjectsToRead`, shared with
 *           the memory gateway). A sheet is
 *           skipped when a table of the same kind is read (the table wins in resolution, SPEC §1),
 *           so a table on its own sheet is not read twice.
 *   sync 2  for each of those: the range's position and size, and the values of a first window
 *           (top-left WINDOW_COLUMNS columns × as many rows as the shared 4 MB budget allows); the seal
 *           parts' XML and the seal sheet's column A. A normal plan is complete here: two syncs.
 *   sync 3… what lies outside the windows, in row chunks packed ≤ 4 MB per sync (chunks.ts).
 *
 * Values only (no number formats, no valueTypes: they would double the payload). Excel error values
 * arrive in `values` as their literal (`#REF!`) and become `{ error }`; a text cell that literally
 * reads `#N/A` is indistinguishable here and is read as the error too. Empty cells ("") become null.
 */
import type { Lang } from '../domain/finding';
import { planObjectsToRead } from '../domain/names';
import { EXCEL_ERROR_LITERALS } from '../domain/snapshot';
import type { CellValue, RangeSnapshot, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../domain/snapshot';
import type { Chunk, Rect } from './chunks';
import {
  PAYLOAD_BUDGET_BYTES,
  DEFAULT_BYTES_PER_CELL,
  estimateBytesPerCell,
  packBatches,
  remainderAfterWindow,
  rowBands,
  splitRect,
  windowSize,
} from './chunks';
import { describeOfficeError } from './officeError';
import type { SealCopies } from '../domain/seal/stored';
import { sealFromSheetValues, sealFromXmls, sealParts, sealSheet, sealSheetValues } from './sealStore';

export interface ReadOptions {
  /** Bytes allowed per sync (default 4 MB). */
  readonly budgetBytes?: number;
  /** The language of the reader's own errors (the pane's). */
  readonly lang?: Lang;
}

/** What a read cost, for tests and the bench. */
export interface ReadStats {
  readonly syncs: number;
  /** The chunk batches after sync 2, one sync each, with their estimated payload. */
  readonly batches: readonly { readonly chunks: number; readonly estimatedBytes: number }[];
  /** Batches Excel refused as too large and that were split and read again. */
  readonly retries: number;
  /** Why the first windows could not be read, when sync 2 had to be redone without them (else null). */
  readonly windowFailure: string | null;
}

/** The reader's own errors, in the pane's language. */
const TEXT: Readonly<Record<Lang, { readonly cellTooLarge: (row: number, col: number) => string; readonly retryFailed: string; readonly firstAttempt: string }>> = {
  sv: {
    cellTooLarge: (row, col) => `En enskild cell är för stor för att läsas (rad ${row}, kolumn ${col}).`,
    retryFailed: 'Kunde inte läsa tabellernas storlek',
    firstAttempt: 'första försöket',
  },
  en: {
    cellTooLarge: (row, col) => `A single cell is too large to be read (row ${row}, column ${col}).`,
    retryFailed: 'Could not read the size of the tables',
    firstAttempt: 'first attempt',
  },
};

/** The second try at sync 2 failed too: both failures are kept, the second as `cause`, the first as `first`. */
export class WindowRetryError extends Error {
  constructor(
    lang: Lang,
    readonly first: unknown,
    second: unknown,
  ) {
    const t = TEXT[lang];
    super(`${t.retryFailed}: ${describeOfficeError(second)} (${t.firstAttempt}: ${describeOfficeError(first)})`, { cause: second });
    this.name = 'WindowRetryError';
  }
}

/** The snapshot with the stored seal, in one `Excel.run`. */
export async function readSnapshotFromExcel(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return Excel.run(async (context) => (await readSnapshotInContext(context, options)).snapshot);
}

const ERROR_LITERALS: ReadonlySet<string> = new Set(EXCEL_ERROR_LITERALS);

/** office-js `values` cell → CellValue. */
export function toCellValue(v: unknown): CellValue {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    if (v === '') return null;
    if (ERROR_LITERALS.has(v)) return { error: v };
    return v;
  }
  return null;
}

interface Target {
  readonly kind: 'sheet' | 'table';
  /** Sheet name, or table name. */
  readonly name: string;
  readonly sheet: string;
  range: Excel.Range;
  /** Gets `range` again: a range first sent in a sync that failed is dead (office.js InvalidObjectPath). */
  readonly getRange: () => Excel.Range;
  /** The first window's values; absent when sync 2 had to be redone without windows. */
  window: Excel.Range | null;
  /** Column names of a table whose header row is hidden (the header is rebuilt from them). */
  readonly columns: Excel.TableColumnCollection | null;
  /** The table shows a totals row, which is part of `range` and not read. */
  readonly dropLastRow: boolean;
}

interface Block {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rows: number;
  readonly cols: number;
  readonly values: CellValue[][];
}

/** What sync 1 tells: the sheet names, the ranges to read, the seal parts. */
interface ReadPlan {
  readonly sheetNames: string[];
  readonly targets: Target[];
  readonly sealParts: Excel.CustomXmlPartScopedCollection;
  /** The seal's other copy: Plankoll's very hidden sheet, or a null object. */
  readonly sealSheet: Excel.Worksheet;
}

export async function readSnapshotInContext(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<{ snapshot: WorkbookSnapshot; stats: ReadStats }> {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  const lang = options.lang ?? 'sv';
  const plan = await planRead(context);
  const { xmls, sealValues, windowFailure, syncs: windowSyncs } = await fetchWindows(context, plan, budget, lang);
  const { blocks, pending } = takeWindows(plan.targets, budget);
  const rest = await fetchRest(context, plan.targets, blocks, pending, budget, lang);
  const snapshot = assemble(plan, blocks, { part: sealFromXmls(xmls.map((x) => x.value)), sheet: sealFromSheetValues(sealValues) });
  return { snapshot, stats: { syncs: 1 + windowSyncs + rest.syncs, batches: rest.batches, retries: rest.retries, windowFailure } };
}

/** Sync 1: the names, which objects to read and how to get their ranges, the seal parts. */
async function planRead(context: Excel.RequestContext): Promise<ReadPlan> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position');
  const tables = context.workbook.tables;
  tables.load('items/name,items/showHeaders,items/showTotals,items/worksheet/name');
  const seal = sealParts(context);
  const sheet = sealSheet(context);
  await context.sync();

  const sheetItems = [...worksheets.items].sort((a, b) => a.position - b.position);
  const read = planObjectsToRead(sheetItems, tables.items);
  const targets: Target[] = [
    ...read.tables.map((t): Target => {
      const hidden = !t.showHeaders;
      const getRange = (): Excel.Range => (hidden ? t.getDataBodyRange() : t.getRange());
      return {
        kind: 'table',
        name: t.name,
        sheet: t.worksheet.name,
        range: getRange(),
        getRange,
        window: null,
        columns: hidden ? t.columns : null,
        dropLastRow: !hidden && t.showTotals,
      };
    }),
    ...read.sheets.map(
      (s): Target => ({
        kind: 'sheet',
        name: s.name,
        sheet: s.name,
        range: s.getUsedRange(true),
        getRange: () => s.getUsedRange(true),
        window: null,
        columns: null,
        dropLastRow: false,
      }),
    ),
  ];
  return { sheetNames: sheetItems.map((s) => s.name), targets, sealParts: seal, sealSheet: sheet };
}

/**
 * Sync 2: each range's position and size with the values of its first window, and the seal parts' XML.
 * A window can fail (a range at the very edge of the grid, or a payload Excel refuses): then the sync is
 * done again with sizes only, and everything is read in chunks. Nothing is queued when there is nothing
 * to read (no plan object, no seal part): no sync.
 */
async function fetchWindows(
  context: Excel.RequestContext,
  plan: ReadPlan,
  budget: number,
  lang: Lang,
): Promise<{ xmls: OfficeExtension.ClientResult<string>[]; sealValues: Excel.Range | null; windowFailure: string | null; syncs: number }> {
  const { targets, sealParts: parts } = plan;
  if (targets.length === 0 && parts.items.length === 0 && plan.sealSheet.isNullObject) {
    return { xmls: [], sealValues: null, windowFailure: null, syncs: 0 };
  }
  let sealValues: Excel.Range | null = null;
  const win = windowSize(targets.length, budget);
  const queue = (withWindows: boolean): OfficeExtension.ClientResult<string>[] => {
    for (const t of targets) {
      t.range.load('rowIndex,columnIndex,rowCount,columnCount');
      t.columns?.load('items/name');
      t.window = withWindows ? t.range.getIntersection(t.range.getCell(0, 0).getAbsoluteResizedRange(win.rows, win.cols)) : null;
      t.window?.load('values');
    }
    sealValues = sealSheetValues(plan.sealSheet);
    return parts.items.map((part) => part.getXml());
  };
  const xmls = queue(true);
  try {
    await context.sync();
    return { xmls, sealValues, windowFailure: null, syncs: 1 };
  } catch (first) {
    // Expected when a window cannot be taken (the grid's edge) or Excel refuses its payload: the read goes on
    // without windows. The ranges queued in the failed sync are dead in office.js (InvalidObjectPath on any
    // further use; a refused payload returns no body to revive them): get them again. Should the second try
    // fail too, both failures are in the error; when it succeeds, the first is in the stats.
    for (const t of targets) t.range = t.getRange();
    const again = queue(false);
    try {
      await context.sync();
    } catch (second) {
      throw new WindowRetryError(lang, first, second);
    }
    return { xmls: again, sealValues, windowFailure: describeOfficeError(first), syncs: 2 };
  }
}

/** The blocks as far as the windows go, and the chunks still to read. */
function takeWindows(targets: readonly Target[], budget: number): { blocks: Block[]; pending: Chunk[] } {
  const blocks: Block[] = [];
  const pending: Chunk[] = [];
  targets.forEach((t, index) => {
    const rows = Math.max(0, t.range.rowCount - (t.dropLastRow ? 1 : 0));
    const cols = t.range.columnCount;
    const values: CellValue[][] = new Array<CellValue[]>(rows);
    let read = { rows: 0, cols: 0 };
    let bytesPerCell = DEFAULT_BYTES_PER_CELL;
    if (t.window) {
      const sample = t.window.values;
      read = { rows: Math.min(rows, sample.length), cols: Math.min(cols, sample[0]?.length ?? 0) };
      for (let r = 0; r < read.rows; r++) values[r] = mapRow(sample[r], cols, 0);
      bytesPerCell = estimateBytesPerCell(sample);
    }
    for (let r = read.rows; r < rows; r++) values[r] = new Array<CellValue>(cols).fill(null);
    blocks.push({ rowIndex: t.range.rowIndex, columnIndex: t.range.columnIndex, rows, cols, values });
    for (const rect of remainderAfterWindow(rows, cols, read)) {
      for (const band of rowBands(rect, bytesPerCell, budget)) {
        pending.push({ ...band, target: index, estimatedBytes: band.rows * band.cols * bytesPerCell });
      }
    }
  });
  return { blocks, pending };
}

/** Sync 3…: what lies outside the windows, a few chunks per sync of ≤ `budget` bytes. */
async function fetchRest(
  context: Excel.RequestContext,
  targets: readonly Target[],
  blocks: readonly Block[],
  pending: readonly Chunk[],
  budget: number,
  lang: Lang,
): Promise<{ syncs: number; batches: { chunks: number; estimatedBytes: number }[]; retries: number }> {
  const batches: { chunks: number; estimatedBytes: number }[] = [];
  let retries = 0;
  let syncs = 0;
  const sheetsByName = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string): Excel.Worksheet => {
    let ws = sheetsByName.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheetsByName.set(name, ws);
    }
    return ws;
  };
  const queue: Chunk[][] = packBatches(pending, budget);
  while (queue.length > 0) {
    const batch = queue.shift() as Chunk[];
    const loads = batch.map((c) => {
      const b = blocks[c.target];
      const range = sheetOf(targets[c.target].sheet).getRangeByIndexes(b.rowIndex + c.row, b.columnIndex + c.col, c.rows, c.cols);
      range.load('values');
      return range;
    });
    syncs++;
    try {
      // Deliberate: one sync per ~4 MB batch, so the count grows with the data's size / 4 MB, never with its
      // row count; a single sync would exceed Excel on the web's 5 MB payload limit (chunks.ts).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      queue.unshift(...splitBatch(batch, lang));
      retries++;
      continue;
    }
    batches.push({ chunks: batch.length, estimatedBytes: batch.reduce((n, c) => n + c.estimatedBytes, 0) });
    batch.forEach((c, i) => copyInto(blocks[c.target], c, loads[i].values));
  }
  return { syncs, batches, retries };
}

/** The snapshot from the blocks read, in the order of the plan. */
function assemble(plan: ReadPlan, blocks: readonly Block[], seal: SealCopies): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  plan.targets.forEach((t, i) => {
    const range = rangeSnapshot(t, blocks[i]);
    if (t.kind === 'table') tables.push({ name: t.name, sheet: t.sheet, range });
    else sheets.push({ name: t.name, used: range });
  });
  return { sheets, tables, sheetNames: plan.sheetNames, seal };
}

function mapRow(source: readonly unknown[] | undefined, cols: number, offset: number): CellValue[] {
  const row = new Array<CellValue>(cols).fill(null);
  if (!source) return row;
  const n = Math.min(source.length, cols - offset);
  for (let c = 0; c < n; c++) row[offset + c] = toCellValue(source[c]);
  return row;
}

function copyInto(block: Block, rect: Rect, values: readonly (readonly unknown[])[]): void {
  for (let r = 0; r < rect.rows && r < values.length; r++) {
    const target = block.values[rect.row + r];
    const source = values[r];
    const n = Math.min(rect.cols, source.length);
    for (let c = 0; c < n; c++) target[rect.col + c] = toCellValue(source[c]);
  }
}

function rangeSnapshot(t: Target, block: Block): RangeSnapshot {
  if (t.columns) {
    // Header row hidden: rebuild it from the table's column names, one row above the data.
    const header: CellValue[] = t.columns.items.map((c) => toCellValue(c.name));
    return { row: Math.max(0, block.rowIndex - 1), col: block.columnIndex, values: [header, ...block.values] };
  }
  const blank = block.values.every((row) => row.every((v) => v === null));
  if (t.kind === 'sheet' && blank) {
    // getUsedRange(true) of an empty sheet is its A1 cell.
    return { row: block.rowIndex, col: block.columnIndex, values: [] };
  }
  return { row: block.rowIndex, col: block.columnIndex, values: block.values };
}

/** Excel on the web's refusal of a request or response over its size limit. */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /PayloadSizeLimitExceeded/i.test(code);
}

/** A refused batch becomes two: the first halves of its chunks, then the second halves. */
function splitBatch(batch: readonly Chunk[], lang: Lang): Chunk[][] {
  const first: Chunk[] = [];
  const second: Chunk[] = [];
  for (const c of batch) {
    const halves = splitRect(c);
    if (!halves) {
      throw new Error(TEXT[lang].cellTooLarge(c.row + 1, c.col + 1));
    }
    const [a, b] = halves;
    first.push({ ...a, target: c.target, estimatedBytes: c.estimatedBytes / 2 });
    second.push({ ...b, target: c.target, estimatedBytes: c.estimatedBytes / 2 });
  }
  return [first, second];
}
