import { planBlockWrites } from './writeBatches';
import type { BlockWrite } from './writeBatches';

const block = (address: string, rows: number, text = 'abc', extra: Partial<BlockWrite> = {}): BlockWrite => ({
  address,
  values: Array.from({ length: rows }, (_, i) => [`${text}${i}`, i]),
  formats: Array.from({ length: rows }, () => ['@', 'General']),
  ...extra,
});

/** What a batch sends, counted the way office-js sends it (JSON, UTF-8). */
const sent = (batch: readonly BlockWrite[]): number => batch.reduce((n, b) => n + Buffer.byteLength(JSON.stringify(b.values)) + Buffer.byteLength(JSON.stringify(b.formats)), 0);

describe('planBlockWrites', () => {
  it('keeps blocks within the budget whole, in one batch, in order', () => {
    const blocks = [block('A1', 3), block('A10', 5, 'x', { bold: true })];
    expect(planBlockWrites(blocks, 10_000)).toEqual([blocks]);
  });

  it('splits a block over the budget into runs of rows at the right addresses, each batch within it', () => {
    const big = block('B5', 1000, 'Åtgärd ', { bold: true, fontSize: 11 });
    const batches = planBlockWrites([block('A1', 2), big], 8_000);
    expect(batches.length).toBeGreaterThan(3);
    for (const batch of batches) expect(sent(batch)).toBeLessThanOrEqual(8_000);
    const parts = batches.flat().slice(1);
    // The runs cover the block's rows once each, in order, from B5 down, each keeping the block's font.
    let row = 5;
    for (const p of parts) {
      expect(p.address).toBe(`B${row}`);
      expect(p).toMatchObject({ bold: true, fontSize: 11 });
      expect(p.values[0][0]).toBe(`Åtgärd ${row - 5}`);
      expect(p.formats).toHaveLength(p.values.length);
      row += p.values.length;
    }
    expect(row).toBe(1005);
  });

  it('gives a single row over the budget a batch of its own', () => {
    const wide: BlockWrite = { address: 'A3', values: [Array.from({ length: 100 }, () => 'x'.repeat(100))], formats: [Array.from({ length: 100 }, () => '@')] };
    const batches = planBlockWrites([block('A1', 1), wide, block('A5', 1)], 5_000);
    expect(batches.map((b) => b.map((x) => x.address))).toEqual([['A1'], ['A3'], ['A5']]);
  });

  it('has nothing to write for no blocks or empty ones', () => {
    expect(planBlockWrites([])).toEqual([]);
    expect(planBlockWrites([{ address: 'A1', values: [], formats: [] }])).toEqual([]);
  });
});
