import { readSnapshotInContext } from '../../src/excel/readSnapshot';
import { PAYLOAD_BUDGET_BYTES } from '../../src/excel/chunks';
import { FakeExcelHost } from './fake/fakeExcel';
import { addTable, makeWorkbook } from './fake/workbook';
import type { FakeWorkbookData } from './fake/workbook';
import { bigActionRows } from './fake/bigPlan';

function bigWorkbook(rows: number): FakeWorkbookData {
  const wb = makeWorkbook([]);
  addTable(wb, { name: 'Finansiering', sheet: 'Finansiering', rows: [['Kommun', 'Andel (kr)'], ['Mora', 1]] });
  addTable(wb, { name: 'Atgarder', sheet: 'Åtgärder', at: 'B2', rows: bigActionRows(rows) });
  return wb;
}

describe('reading a 200 000-row table', () => {
  const ROWS = 200_000;
  const wb = bigWorkbook(ROWS);
  const source = wb.tables[1];

  it('reads it in ≤ 4 MB syncs, their number bounded by the data size, complete and in order', async () => {
    const host = new FakeExcelHost(wb);
    const { snapshot, stats } = await host.run((ctx) => readSnapshotInContext(ctx));

    // Every sync stayed under the budget, by estimate and by what the (fake) host really returned.
    for (const b of stats.batches) expect(b.estimatedBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    for (const s of host.syncs) expect(s.responseBytes).toBeLessThan(PAYLOAD_BUDGET_BYTES);
    expect(stats.retries).toBe(0);

    // Sync count: names, sizes + windows, then one per batch — and the batches are few: their total
    // estimate is the data size, so count ≈ size / 4 MB (plus at most one partly filled batch).
    expect(stats.syncs).toBe(host.syncs.length);
    expect(stats.syncs).toBe(2 + stats.batches.length);
    const estimated = stats.batches.reduce((n, b) => n + b.estimatedBytes, 0);
    expect(stats.batches.length).toBeLessThanOrEqual(Math.ceil(estimated / PAYLOAD_BUDGET_BYTES) + 1);
    const measured = host.syncs.reduce((n, s) => n + s.responseBytes, 0);
    expect(stats.batches.length).toBeLessThanOrEqual(Math.ceil((measured * 2) / PAYLOAD_BUDGET_BYTES) + 1);
    expect(stats.syncs).toBeLessThan(40);
    // Chunk loads are ranges of many rows, not one load per row.
    const chunkLoads = host.syncs.slice(2).reduce((n, s) => n + s.valueLoads.length, 0);
    expect(chunkLoads).toBeLessThan(100);

    const table = snapshot.tables.find((t) => t.name === 'Atgarder');
    expect(table?.sheet).toBe('Åtgärder');
    expect(table?.range.row).toBe(1);
    expect(table?.range.col).toBe(1);
    const values = table?.range.values ?? [];
    expect(values).toHaveLength(ROWS + 1);
    expect(values[0]).toEqual(source.columnNames);
    const expectedRows = bigActionRows(ROWS);
    for (const i of [1, 2, 624, 625, 626, 9_999, 100_000, 123_457, 199_999, ROWS]) {
      expect(values[i]).toEqual(expectedRows[i].map((v) => (v === '' ? null : v)));
    }
    // Rows in order, none missing or repeated: the ID column is exactly A000001…A200000.
    let inOrder = true;
    for (let i = 1; i <= ROWS; i++) if (values[i][0] !== expectedRows[i][0]) inOrder = false;
    expect(inOrder).toBe(true);
    expect(values.every((r) => r.length === source.columnNames.length)).toBe(true);
  });

  it('splits and retries batches a host refuses as too large, and still reads everything', async () => {
    const small = bigWorkbook(20_000);
    const host = new FakeExcelHost(small, { payloadLimitBytes: 1_000_000 });
    const { snapshot, stats } = await host.run((ctx) => readSnapshotInContext(ctx));
    expect(stats.retries).toBeGreaterThan(0);
    const values = snapshot.tables.find((t) => t.name === 'Atgarder')?.range.values ?? [];
    expect(values).toHaveLength(20_001);
    const expectedRows = bigActionRows(20_000);
    expect(values.map((r) => r[0])).toEqual(expectedRows.map((r) => r[0]));
    expect(values[20_000]).toEqual(expectedRows[20_000].map((v) => (v === '' ? null : v)));
  });
});
