/**
 * Planning how to write a sheet's blocks through office-js within Excel on the web's payload limit, which
 * holds for requests as for responses (5 MB; chunks.ts's budget, 4 MB, per `context.sync()`): what a
 * block sends is its values and its number formats, as JSON in UTF-8, counted as chunks.ts counts what
 * a read receives (jsonBytes, an upper bound). A block over the budget is split into runs of rows; blocks
 * and runs are packed in order (packBatches). A summary or findings sheet of the usual size is one batch,
 * so its writer keeps its three syncs; only content beyond one request's budget takes more, one per 4 MB.
 *
 * Pure arithmetic, no Excel calls: the writer (summaryWriter.ts) asks for the batches and sends them.
 */
import { a1, parseA1 } from '../domain/a1';
import { jsonBytes, packBatches, PAYLOAD_BUDGET_BYTES } from './chunks';

/** A block ready for office-js: its top-left, rectangular values and number formats, its font. */
export interface BlockWrite {
  readonly address: string;
  readonly values: readonly (readonly (string | number | boolean)[])[];
  readonly formats: readonly (readonly string[])[];
  readonly bold?: boolean;
  readonly fontSize?: number;
}

/** What setting row `r` of the block sends, at most (its values and formats as JSON: chunks.ts's jsonBytes). */
function rowBytes(block: BlockWrite, r: number): number {
  return jsonBytes([block.values[r]]) + jsonBytes([block.formats[r]]);
}

/** Rows `from` … `to` − 1 of `block`, as a block of their own. */
function rowsOf(block: BlockWrite, from: number, to: number): BlockWrite {
  const at = parseA1(block.address);
  if (at === null) throw new Error(`Not an A1 address: ${block.address}`);
  return { ...block, address: a1(at.row + from, at.col), values: block.values.slice(from, to), formats: block.formats.slice(from, to) };
}

/** The blocks in batches of at most `budget` bytes each (a single row over it is a batch of its own). */
export function planBlockWrites(blocks: readonly BlockWrite[], budget = PAYLOAD_BUDGET_BYTES): BlockWrite[][] {
  const parts: { block: BlockWrite; estimatedBytes: number }[] = [];
  for (const block of blocks) {
    let from = 0;
    let bytes = 0;
    for (let r = 0; r < block.values.length; r++) {
      const b = rowBytes(block, r);
      if (r > from && bytes + b > budget) {
        parts.push({ block: rowsOf(block, from, r), estimatedBytes: bytes });
        from = r;
        bytes = 0;
      }
      bytes += b;
    }
    if (block.values.length > 0) parts.push({ block: from === 0 ? block : rowsOf(block, from, block.values.length), estimatedBytes: bytes });
  }
  return packBatches(parts, budget).map((batch) => batch.map((p) => p.block));
}
