/**
 * Reads the plan's tables and sheets from the open workbook into a WorkbookSnapshot (office-js).
 *
 * One `Excel.run`, a fixed number of syncs plus one per ~4 MB of data:
 *   sync 1  worksheet names/positions; table names, sheets, header/totals flags.
 *           Only the plan's objects are read further (`planObjectsToRead`, shared with the memory gateway). A sheet is
 *           skipped when a table of the same kind is read (the table wins in resolution, SPEC §1),
 *           so a table on its own sheet is not read twice.
 *   sync 2  for each of those: the range's position and size, and the values of a first window
 *           (top-left WINDOW_COLUMNS columns × as many rows as the shared 4 MB budget allows).
 *           A normal plan is complete here: two syncs.
 *   sync 3… what lies outside the windows, in row chunks packed ≤ 4 MB per sync (chunks.ts).
 *
 * Values only (no number formats, no valueTypes: they would double the payload). Excel error values
 * arrive in `values` as their literal (`#REF!`) and become `{ error }`; a text cell that literally
 * reads `#N/A` is indistinguishable here and is read as the error too. Empty cells ("") become null.
 */
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

export interface ReadOptions {
  /** Bytes allowed per sync (default 4 MB). */
  readonly budgetBytes?: number;
}

/** What a read cost, for tests and the bench. */
export interface ReadStats {
  readonly syncs: number;
  /** The chunk batches after sync 2, one sync each, with their estimated payload. */
  readonly batches: readonly { readonly chunks: number; readonly estimatedBytes: number }[];
  /** Batches Excel refused as too large and that were split and read again. */
  readonly retries: number;
}

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

export async function readSnapshotInContext(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<{ snapshot: WorkbookSnapshot; stats: ReadStats }> {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET_BYTES;
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };

  // Sync 1: names.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position');
  const tables = context.workbook.tables;
  tables.load('items/name,items/showHeaders,items/showTotals,items/worksheet/name');
  await sync();

  const sheetItems = [...worksheets.items].sort((a, b) => a.position - b.position);
  const sheetNames = sheetItems.map((s) => s.name);
  const { tables: plannedTables, sheets: plannedSheets } = planObjectsToRead(sheetItems, tables.items);

  const targets: Target[] = [
    ...plannedTables.map((t): Target => {
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
    ...plannedSheets.map(
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

  // Sync 2: sizes and first windows. A window can fail (a range at the very edge of the grid, or a
  // payload Excel refuses): then sizes only, and everything is read in chunks.
  const win = windowSize(targets.length, budget);
  const queueSizes = (withWindows: boolean): void => {
    for (const t of targets) {
      t.range.load('rowIndex,columnIndex,rowCount,columnCount');
      t.columns?.load('items/name');
      if (withWindows) {
        t.window = t.range.getIntersection(t.range.getCell(0, 0).getAbsoluteResizedRange(win.rows, win.cols));
        t.window.load('values');
      } else {
        t.window = null;
      }
    }
  };
  if (targets.length > 0) {
    queueSizes(true);
    try {
      await sync();
    } catch {
      // The ranges queued in the failed sync are dead in office.js (InvalidObjectPath on any further use;
      // a refused payload returns no body to revive them): get them again from their tables and sheets.
      for (const t of targets) t.range = t.getRange();
      queueSizes(false);
      await sync();
    }
  }

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

  // Sync 3…: the rest, a few chunks per sync.
  const batchLog: { chunks: number; estimatedBytes: number }[] = [];
  let retries = 0;
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
      const t = targets[c.target];
      const b = blocks[c.target];
      const range = sheetOf(t.sheet).getRangeByIndexes(b.rowIndex + c.row, b.columnIndex + c.col, c.rows, c.cols);
      range.load('values');
      return range;
    });
    try {
      // One sync per ~4 MB batch: the count grows with the data's size, not with its row count.
      await sync();
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      queue.unshift(...splitBatch(batch));
      retries++;
      continue;
    }
    batchLog.push({ chunks: batch.length, estimatedBytes: batch.reduce((n, c) => n + c.estimatedBytes, 0) });
    batch.forEach((c, i) => copyInto(blocks[c.target], c, loads[i].values));
  }

  const sheets: SheetSnapshot[] = [];
  const tableSnapshots: TableSnapshot[] = [];
  targets.forEach((t, i) => {
    const range = rangeSnapshot(t, blocks[i]);
    if (t.kind === 'table') tableSnapshots.push({ name: t.name, sheet: t.sheet, range });
    else sheets.push({ name: t.name, used: range });
  });

  return {
    snapshot: { sheets, tables: tableSnapshots, sheetNames },
    stats: { syncs, batches: batchLog, retries },
  };
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
function splitBatch(batch: readonly Chunk[]): Chunk[][] {
  const first: Chunk[] = [];
  const second: Chunk[] = [];
  for (const c of batch) {
    const halves = splitRect(c);
    if (!halves) {
      throw new Error(`En enskild cell är för stor för att läsas (rad ${c.row + 1}, kolumn ${c.col + 1}).`);
    }
    const [a, b] = halves;
    first.push({ ...a, target: c.target, estimatedBytes: c.estimatedBytes / 2 });
    second.push({ ...b, target: c.target, estimatedBytes: c.estimatedBytes / 2 });
  }
  return [first, second];
}
