/**
 * The office-js reader on big plans, against the fake Excel host of the adapter tests (no Excel on
 * this machine): syncs, chunk loads and the largest response per sync for a 20 000- and a
 * 200 000-row Åtgärder table, and the time the reader's own work takes (the host's round trips
 * are not real network calls here, so real Excel adds their latency per sync).
 */
import type { BenchResult } from './run';
import { readSnapshotInContext } from '../src/excel/readSnapshot';
import { FakeExcelHost } from '../tests/excel/fake/fakeExcel';
import { addTable, makeWorkbook } from '../tests/excel/fake/workbook';
import { bigActionRows } from '../tests/excel/fake/bigPlan';

export async function bench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const rows of [20_000, 200_000]) {
    const wb = makeWorkbook([]);
    addTable(wb, { name: 'Finansiering', sheet: 'Finansiering', rows: [['Kommun', 'Andel (kr)'], ['Mora', 2_290_000]] });
    addTable(wb, { name: 'Atgarder', sheet: 'Åtgärder', rows: bigActionRows(rows) });
    const host = new FakeExcelHost(wb);
    const started = performance.now();
    const { snapshot, stats } = await host.run((ctx) => readSnapshotInContext(ctx));
    const ms = performance.now() - started;
    const read = snapshot.tables.find((t) => t.name === 'Atgarder')?.range.values.length ?? 0;
    if (read !== rows + 1) throw new Error(`read ${read} rows of ${rows + 1}`);
    const label = `${rows.toLocaleString('en-US')} rows`;
    results.push(
      { name: `read ${label}: syncs`, value: stats.syncs, unit: 'syncs' },
      { name: `read ${label}: chunk batches`, value: stats.batches.length, unit: 'batches' },
      { name: `read ${label}: chunk loads`, value: host.syncs.slice(2).reduce((n, s) => n + s.valueLoads.length, 0), unit: 'loads' },
      { name: `read ${label}: largest response`, value: Math.round(Math.max(...host.syncs.map((s) => s.responseBytes)) / 1000), unit: 'kB' },
      { name: `read ${label}: time (fake host, incl. its work)`, value: Math.round(ms), unit: 'ms' },
    );
  }
  return results;
}
