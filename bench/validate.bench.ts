/**
 * How much the `plankoll validate` path adds to exceljs' own load, on a 20 000-action workbook:
 * bare `xlsx.load` (bytes already read) vs read file + load + snapshot + validate. Goal: ratio ≤ 1.2.
 * Medians of a few runs, after one warm-up.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type * as ValidateModule from '../src/domain/validate';
import type * as FileModule from '../src/xlsx/file';
import type * as ReadSnapshotModule from '../src/xlsx/readSnapshot';
import { generateBenchWorkbook } from './generate';

// What `plankoll validate` runs: the compiled CLI modules in lib/ (`npm run bench` builds them first),
// not the TypeScript sources through tsx, whose transform adds per-closure overhead.
/* eslint-disable @typescript-eslint/no-require-imports */
const { validate } = require('../lib/domain/validate') as typeof ValidateModule;
const { readSnapshotFromFile } = require('../lib/xlsx/file') as typeof FileModule;
const { snapshotFromWorkbook } = require('../lib/xlsx/readSnapshot') as typeof ReadSnapshotModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const RUNS = 5;

async function median(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function bench(): Promise<Array<{ name: string; value: number; unit: string }>> {
  const path = await generateBenchWorkbook(20_000);
  const bytes = readFileSync(path);
  const load = await median(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  });
  // The parts, to see where time goes.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const snapshotMs = await median(async () => snapshotFromWorkbook(wb));
  const snapshot = snapshotFromWorkbook(wb);
  const validateMs = await median(async () => validate(snapshot, { today: '2011-12-31' }));
  let findings = -1;
  const full = await median(async () => {
    const snap = await readSnapshotFromFile(path);
    findings = validate(snap, { today: '2011-12-31' }).findings.length;
  });
  return [
    { name: 'validate: exceljs xlsx.load, 20 000 actions', value: round(load), unit: 'ms' },
    { name: 'validate: snapshot from loaded workbook', value: round(snapshotMs), unit: 'ms' },
    { name: 'validate: rules on the snapshot', value: round(validateMs), unit: 'ms' },
    { name: 'validate: full path (read + load + snapshot + validate)', value: round(full), unit: 'ms' },
    { name: 'validate: full path / bare load (goal ≤ 1.2)', value: Math.round((full / load) * 100) / 100, unit: 'x' },
    { name: 'validate: findings on the bench plan', value: findings, unit: 'findings' },
  ];
}

function round(ms: number): number {
  return Math.round(ms);
}
