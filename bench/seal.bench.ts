/**
 * The seal (SPEC §4) on the 20 000-action bench workbook, through the CLI: `plankoll seal` against a bare
 * exceljs load of the file it seals, and `plankoll verify` against a bare exceljs load of the sealed file
 * it checks. Separate processes run in pairs (one of each, alternating which goes first), each measuring
 * its own CPU time (user + system, startup and module loading included; bench/measure.cjs). Reports
 * min/median/max of each side, the ratio of the medians and the per-pair ratios. Goal: ≤ 1.3× for both.
 * And the record's size: 10 000 actions with their sealed values (goal < 2 MB), 20 000 with digests only.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlan } from '../src/domain/readPlan';
import { createSeal, sealToJson } from '../src/domain/seal';
import { readSnapshotFromFile } from '../src/xlsx/file';
import { generateBenchWorkbook } from './generate';

const PAIRS = 7;
const ROOT = join(__dirname, '..');
const MEASURE = join(__dirname, 'measure.cjs');
const CLI = join(ROOT, 'bin', 'plankoll.js');

interface Stats {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

function cpuMs(args: readonly string[], out: string): number {
  const r = spawnSync(process.execPath, ['-r', MEASURE, ...args], { cwd: ROOT, env: { ...process.env, BENCH_OUT: out }, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`bench child failed (${r.status}): ${r.stderr.toString().split('\n')[0]}`);
  return (JSON.parse(readFileSync(out, 'utf8')) as { cpuMs: number }).cpuMs;
}

const stats = (xs: readonly number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};

const bareLoad = (path: string): string[] => ['-e', `const E = require('exceljs'); const b = require('fs').readFileSync(${JSON.stringify(path)}); new E.Workbook().xlsx.load(b).then(() => {});`];

/** PAIRS pairs of (bare load, command), alternating which runs first. */
function paired(dir: string, label: string, bare: readonly string[], command: readonly string[]): { bare: Stats; command: Stats; ratio: Stats } {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const runBare = (): number => a.push(cpuMs(bare, join(dir, `${label}-a${i}.json`)));
    const runCommand = (): number => b.push(cpuMs(command, join(dir, `${label}-b${i}.json`)));
    if (i % 2 === 0) {
      runBare();
      runCommand();
    } else {
      runCommand();
      runBare();
    }
  }
  return { bare: stats(a), command: stats(b), ratio: stats(b.map((x, i) => x / a[i])) };
}

async function recordKb(count: number): Promise<number> {
  const { model } = readPlan(await readSnapshotFromFile(await generateBenchWorkbook(count)));
  const json = sealToJson(await createSeal(model, { error: 0, warning: 0, info: 0 }, 'Anna Berg', '2011-12-31T14:05:00+01:00'));
  return Math.round(Buffer.byteLength(json, 'utf8') / 1024);
}

export async function bench(): Promise<Array<{ name: string; value: number | string; unit: string }>> {
  const path = await generateBenchWorkbook(20_000);
  const dir = mkdtempSync(join(tmpdir(), 'plankoll-bench-seal-'));
  const sealed = join(dir, 'sealed.xlsx');
  copyFileSync(path, sealed);
  cpuMs([CLI, 'seal', sealed, '--by', 'Anna Berg'], join(dir, 'first.json'));
  const seal = paired(dir, 'seal', bareLoad(path), [CLI, 'seal', path, '--by', 'Anna Berg', '-o', join(dir, 'out.xlsx'), '--force']);
  const verify = paired(dir, 'verify', bareLoad(sealed), [CLI, 'verify', sealed, '--json']);
  const r = (x: number): number => Math.round(x);
  const f = (x: number): number => Math.round(x * 100) / 100;
  const mmm = (x: Stats): string => `${r(x.min)} / ${r(x.median)} / ${r(x.max)}`;
  const fff = (x: Stats): string => `${f(x.min)} / ${f(x.median)} / ${f(x.max)}`;
  const rows: Array<{ name: string; value: number | string; unit: string }> = [];
  for (const [name, m, file] of [['seal', seal, 'the file it seals'], ['verify', verify, 'the sealed file']] as const) {
    rows.push(
      { name: `bare exceljs load of ${file}, 20 000 actions, CPU min/median/max (${PAIRS} processes)`, value: mmm(m.bare), unit: 'ms' },
      { name: `plankoll ${name}, 20 000 actions, CPU min/median/max (${PAIRS} processes)`, value: mmm(m.command), unit: 'ms' },
      { name: `${name} / bare load, CPU, ratio of medians (goal ≤ 1.3)`, value: f(m.command.median / m.bare.median), unit: 'x' },
      { name: `${name} / bare load, CPU, per-pair ratio min/median/max`, value: fff(m.ratio), unit: 'x' },
    );
  }
  rows.push(
    { name: 'seal record, 10 000 actions with sealed values (goal < 2048)', value: await recordKb(10_000), unit: 'kB' },
    { name: 'seal record, 20 000 actions, digests only', value: await recordKb(20_000), unit: 'kB' },
  );
  return rows;
}
