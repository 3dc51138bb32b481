/**
 * Planning how to read large ranges through office-js without hitting Excel on the web's payload limit
 * (5 MB per request/response; we stay under a 4 MB budget per `context.sync()`).
 *
 * Pure arithmetic, no Excel calls: the reader (readSnapshot.ts) asks for a plan and executes it.
 *
 * The formula (also in docs/excel-api.md):
 *   bytesPerCell  = DEFAULT_BYTES_PER_CELL (40) before anything is measured, else
 *                   max(MIN_BYTES_PER_CELL, SAFETY × measured bytes per cell of the first window)
 *   rowsPerChunk  = max(1, floor(BUDGET / (columns × bytesPerCell)))
 *   batches       = chunks packed greedily so that Σ estimated bytes ≤ BUDGET per sync
 *   syncs (read)  = 2 + batches ≈ 2 + ceil(Σ rows × columns × bytesPerCell / BUDGET)   (+1 per range at most, for packing)
 * so the number of syncs grows with the data's size / 4 MB, never with the row count as such.
 * A batch Excel still refuses as too large is split in halves and retried (see splitRect).
 */

/** Bytes we allow ourselves per `context.sync()` (Excel on the web refuses 5 MB). */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;
/** Conservative estimate of one cell in the JSON response before anything was measured. */
export const DEFAULT_BYTES_PER_CELL = 40;
/** Floor for a measured estimate: separators, quotes and short numbers are never free. */
export const MIN_BYTES_PER_CELL = 12;
/** Margin over the measured average: later rows may hold longer text than the first ones. */
export const SAFETY_FACTOR = 1.5;
/** Columns in the first window read together with the range's dimensions (sync 2). */
export const WINDOW_COLUMNS = 32;

/** A block of cells, relative to the top-left cell of the range it belongs to. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface Chunk extends Rect {
  /** Index of the range (target) the chunk belongs to. */
  readonly target: number;
  readonly estimatedBytes: number;
}

/** Approximate UTF-8 size of `values` as JSON: what the response carries for a `values` load. */
export function jsonBytes(values: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of values) {
    bytes += 3; // brackets and a comma
    for (const v of row) {
      bytes += 1 + cellBytes(v);
    }
  }
  return bytes;
}

function cellBytes(v: unknown): number {
  if (typeof v === 'number') return String(v).length;
  if (typeof v === 'boolean') return v ? 4 : 5;
  if (typeof v === 'string') {
    let n = 2;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      // ASCII is one byte; quotes/backslashes/control characters are escaped; the rest is 2–3 bytes in UTF-8
      // (or a 6-byte \u escape): count the worst case.
      n += c < 0x20 ? 6 : c === 0x22 || c === 0x5c ? 2 : c < 0x80 ? 1 : 6;
    }
    return n;
  }
  return 4; // null
}

/** Bytes per cell to plan with, from a block already read (or the default when it is empty). */
export function estimateBytesPerCell(sample: readonly (readonly unknown[])[]): number {
  let cells = 0;
  for (const row of sample) cells += row.length;
  if (cells === 0) return DEFAULT_BYTES_PER_CELL;
  const measured = jsonBytes(sample) / cells;
  return Math.max(MIN_BYTES_PER_CELL, Math.ceil(measured * SAFETY_FACTOR));
}

/**
 * The first window of each of `targets` ranges read in sync 2, before their sizes are known:
 * WINDOW_COLUMNS columns and as many rows as the shared budget allows at the default estimate.
 */
export function windowSize(targets: number, budget = PAYLOAD_BUDGET_BYTES): { rows: number; cols: number } {
  const cellsEach = Math.floor(budget / (Math.max(1, targets) * DEFAULT_BYTES_PER_CELL));
  return { rows: Math.max(1, Math.floor(cellsEach / WINDOW_COLUMNS)), cols: WINDOW_COLUMNS };
}

/** What is left of a `rows × cols` range after its top-left `window` was read. */
export function remainderAfterWindow(rows: number, cols: number, window: { rows: number; cols: number }): Rect[] {
  const wr = Math.min(rows, window.rows);
  const wc = Math.min(cols, window.cols);
  const rest: Rect[] = [];
  if (wr > 0 && cols > wc) rest.push({ row: 0, col: wc, rows: wr, cols: cols - wc });
  if (rows > wr && cols > 0) rest.push({ row: wr, col: 0, rows: rows - wr, cols });
  return rest;
}

/** Splits `rect` into row bands of at most `budget` estimated bytes each (at least one row per band). */
export function rowBands(rect: Rect, bytesPerCell: number, budget = PAYLOAD_BUDGET_BYTES): Rect[] {
  if (rect.rows <= 0 || rect.cols <= 0) return [];
  const rowsPerBand = Math.max(1, Math.floor(budget / (rect.cols * bytesPerCell)));
  const bands: Rect[] = [];
  for (let r = 0; r < rect.rows; r += rowsPerBand) {
    bands.push({ row: rect.row + r, col: rect.col, rows: Math.min(rowsPerBand, rect.rows - r), cols: rect.cols });
  }
  return bands;
}

/** Greedy packing in order: each batch's estimated bytes stay within `budget` (a lone oversized chunk gets its own). */
export function packBatches<T extends { readonly estimatedBytes: number }>(chunks: readonly T[], budget = PAYLOAD_BUDGET_BYTES): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const chunk of chunks) {
    if (current.length > 0 && bytes + chunk.estimatedBytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(chunk);
    bytes += chunk.estimatedBytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Halves a block (by rows, or by columns when it is a single row); null for a single cell. */
export function splitRect(rect: Rect): [Rect, Rect] | null {
  if (rect.rows > 1) {
    const top = Math.ceil(rect.rows / 2);
    return [
      { row: rect.row, col: rect.col, rows: top, cols: rect.cols },
      { row: rect.row + top, col: rect.col, rows: rect.rows - top, cols: rect.cols },
    ];
  }
  if (rect.cols > 1) {
    const left = Math.ceil(rect.cols / 2);
    return [
      { row: rect.row, col: rect.col, rows: rect.rows, cols: left },
      { row: rect.row, col: rect.col + left, rows: rect.rows, cols: rect.cols - left },
    ];
  }
  return null;
}
