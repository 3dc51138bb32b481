import {
  DEFAULT_BYTES_PER_CELL,
  MIN_BYTES_PER_CELL,
  PAYLOAD_BUDGET_BYTES,
  WINDOW_COLUMNS,
  estimateBytesPerCell,
  jsonBytes,
  packBatches,
  remainderAfterWindow,
  rowBands,
  splitRect,
  windowSize,
} from '../../src/excel/chunks';

describe('payload arithmetic', () => {
  it('estimates JSON bytes no lower than JSON.stringify gives in UTF-8', () => {
    const values = [['Åtgärd "1"', 2_290_000, true, ''], ['Älvdalen\n', 0.5857, false, 'x']];
    expect(jsonBytes(values)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(values), 'utf8'));
  });

  it('plans with the default before measuring, then with a margin over the measured size', () => {
    expect(estimateBytesPerCell([])).toBe(DEFAULT_BYTES_PER_CELL);
    expect(estimateBytesPerCell([[1, 2, 3]])).toBe(MIN_BYTES_PER_CELL);
    const long = [['x'.repeat(200)]];
    expect(estimateBytesPerCell(long)).toBeGreaterThan(300);
  });

  it('shares the first-window budget between the ranges read in sync 2', () => {
    const one = windowSize(1);
    const five = windowSize(5);
    expect(one.cols).toBe(WINDOW_COLUMNS);
    expect(one.rows * one.cols * DEFAULT_BYTES_PER_CELL).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(5 * five.rows * five.cols * DEFAULT_BYTES_PER_CELL).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
  });

  it('finds what is left outside the window, covering every cell exactly once', () => {
    const rest = remainderAfterWindow(100, 40, { rows: 10, cols: 32 });
    expect(rest).toEqual([
      { row: 0, col: 32, rows: 10, cols: 8 },
      { row: 10, col: 0, rows: 90, cols: 40 },
    ]);
    expect(remainderAfterWindow(5, 3, { rows: 10, cols: 32 })).toEqual([]);
  });

  it('cuts row bands within the budget and packs them into batches within the budget', () => {
    const bands = rowBands({ row: 0, col: 0, rows: 200_000, cols: 14 }, 20, 1_000_000);
    expect(bands.reduce((n, b) => n + b.rows, 0)).toBe(200_000);
    for (const b of bands) expect(b.rows * b.cols * 20).toBeLessThanOrEqual(1_000_000);
    const chunks = bands.map((b) => ({ ...b, target: 0, estimatedBytes: b.rows * b.cols * 20 }));
    const batches = packBatches(chunks, 4_000_000);
    for (const batch of batches) expect(batch.reduce((n, c) => n + c.estimatedBytes, 0)).toBeLessThanOrEqual(4_000_000);
    expect(batches.flat()).toEqual(chunks);
    // size / budget, plus at most one batch lost to packing whole bands
    expect(batches.length).toBeLessThanOrEqual(Math.ceil((200_000 * 14 * 20) / 4_000_000) + 1);
  });

  it('halves a refused chunk by rows, then by columns, and gives up on a single cell', () => {
    expect(splitRect({ row: 4, col: 1, rows: 5, cols: 3 })).toEqual([
      { row: 4, col: 1, rows: 3, cols: 3 },
      { row: 7, col: 1, rows: 2, cols: 3 },
    ]);
    expect(splitRect({ row: 0, col: 0, rows: 1, cols: 3 })).toEqual([
      { row: 0, col: 0, rows: 1, cols: 2 },
      { row: 0, col: 2, rows: 1, cols: 1 },
    ]);
    expect(splitRect({ row: 0, col: 0, rows: 1, cols: 1 })).toBeNull();
  });
});
