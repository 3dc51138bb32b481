/**
 * The summary on a 20 000-action plan: summarize + layout time (the pure part the task pane and the
 * ribbon command run), and the office-js writer's round trips against the typed fake Excel host — which
 * must stay at 3 whatever the size. Report date 2012-12-31, so every unfinished action (15 000) is
 * overdue and the overdue table is as large as it gets.
 */
import { performance } from 'node:perf_hooks';
import { validate } from '../src/domain/validate';
import { layoutSummary } from '../src/domain/summary/layoutSummary';
import { summarize } from '../src/domain/summary/summarize';
import { writeSummarySheet } from '../src/excel/summaryWriter';
import { readSnapshotFromFile } from '../src/xlsx/file';
import { FakeExcelHost } from '../tests/excel/fake/fakeExcel';
import { addSheet, emptyWorkbook } from '../tests/excel/fake/workbook';
import { generateBenchWorkbook } from './generate';

const RUNS = 5;
const REPORT_DATE = '2012-12-31';
const META = { generatedAt: '2012-12-31T12:00', counts: { error: 0, warning: 0, info: 0 }, seal: 'Ej förseglad' };

function median(run: () => unknown): number {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function bench(): Promise<Array<{ name: string; value: number; unit: string }>> {
  const snapshot = await readSnapshotFromFile(await generateBenchWorkbook(20_000));
  const { model } = validate(snapshot, { today: REPORT_DATE, reportDate: REPORT_DATE });
  const actions = model.actions?.length ?? 0;
  const summarizeMs = median(() => summarize(model, REPORT_DATE));
  const summary = summarize(model, REPORT_DATE);
  const layoutMs = median(() => layoutSummary(summary, META));
  const layout = layoutSummary(summary, META);

  const wb = emptyWorkbook();
  addSheet(wb, 'Åtgärder');
  const host = new FakeExcelHost(wb);
  const restore = host.install();
  const t0 = performance.now();
  await writeSummarySheet(layout);
  const writeMs = performance.now() - t0;
  const firstSyncs = host.syncs.length;
  await writeSummarySheet(layout); // regenerate: replaces its own sheet
  const regenerateSyncs = host.syncs.length - firstSyncs;
  restore();

  return [
    { name: 'summary: actions in the plan', value: actions, unit: 'actions' },
    { name: 'summary: overdue actions listed', value: summary.overdue.length, unit: 'actions' },
    { name: 'summary: summarize', value: Math.round(summarizeMs * 10) / 10, unit: 'ms' },
    { name: 'summary: layoutSummary', value: Math.round(layoutMs * 10) / 10, unit: 'ms' },
    { name: 'summary: writer context.sync calls, first write (goal ≤ 3)', value: firstSyncs, unit: 'syncs' },
    { name: 'summary: writer context.sync calls, regenerate (goal ≤ 3)', value: regenerateSyncs, unit: 'syncs' },
    { name: 'summary: writer against the fake Excel host', value: Math.round(writeMs), unit: 'ms' },
  ];
}
