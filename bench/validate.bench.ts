/**
 * `plankoll validate` against a bare exceljs load of the same file (20 000 actions), as separate processes
 * run in pairs (one of each, alternating which goes first), so each pair sees the same machine. Each child
 * measures its own CPU time (user + system, startup and module loading included) and peak memory
 * (bench/measure.cjs). Reports min/median/max of both and the ratios of the medians.
 * Goals: validate CPU ≤ 0.5× and peak memory ≤ 0.6× the bare load.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateBenchWorkbook } from './generate';

const PAIRS = 7;
const ROOT = join(__dirname, '..');
const MEASURE = join(__dirname, 'measure.cjs');

interface Sample {
  readonly cpuMs: number;
  readonly maxRssKb: number;
}

function run(args: readonly string[], out: string): Sample {
  const r = spawnSync(process.execPath, ['-r', MEASURE, ...args], { cwd: ROOT, env: { ...process.env, BENCH_OUT: out }, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench child failed (${r.status}): ${r.stderr.toString().split('\n')[0]}`);
  return JSON.parse(readFileSync(out, 'utf8')) as Sample;
}

const stats = (xs: readonly number[]): { min: number; median: number; max: number } => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};

export async function bench(): Promise<Array<{ name: string; value: number | string; unit: string }>> {
  const path = await generateBenchWorkbook(20_000);
  const dir = mkdtempSync(join(tmpdir(), 'plankoll-bench-run-'));
  const bare = ['-e', `const E = require('exceljs'); const b = require('fs').readFileSync(${JSON.stringify(path)}); new E.Workbook().xlsx.load(b).then(() => {});`];
  const validate = [join(ROOT, 'bin', 'plankoll.js'), 'validate', path, '--json'];
  const a: Sample[] = [];
  const b: Sample[] = [];
  for (let i = 0; i < PAIRS; i++) {
    if (i % 2 === 0) {
      a.push(run(bare, join(dir, `a${i}.json`)));
      b.push(run(validate, join(dir, `b${i}.json`)));
    } else {
      b.push(run(validate, join(dir, `b${i}.json`)));
      a.push(run(bare, join(dir, `a${i}.json`)));
    }
  }
  const cpuA = stats(a.map((s) => s.cpuMs));
  const cpuB = stats(b.map((s) => s.cpuMs));
  const memA = stats(a.map((s) => s.maxRssKb / 1024));
  const memB = stats(b.map((s) => s.maxRssKb / 1024));
  const pairRatios = stats(a.map((s, i) => b[i].cpuMs / s.cpuMs));
  const r = (x: number): number => Math.round(x);
  const f = (x: number): number => Math.round(x * 100) / 100;
  const mmm = (x: { min: number; median: number; max: number }): string => `${r(x.min)} / ${r(x.median)} / ${r(x.max)}`;
  return [
    { name: `bare exceljs load, 20 000 actions, CPU min/median/max (${PAIRS} processes)`, value: mmm(cpuA), unit: 'ms' },
    { name: `plankoll validate, same file, CPU min/median/max (${PAIRS} processes)`, value: mmm(cpuB), unit: 'ms' },
    { name: 'validate / bare load, CPU, ratio of medians (goal ≤ 0.5)', value: f(cpuB.median / cpuA.median), unit: 'x' },
    { name: 'validate / bare load, CPU, per-pair ratio min/median/max', value: `${f(pairRatios.min)} / ${f(pairRatios.median)} / ${f(pairRatios.max)}`, unit: 'x' },
    { name: 'bare exceljs load, peak memory min/median/max', value: mmm(memA), unit: 'MB' },
    { name: 'plankoll validate, peak memory min/median/max', value: mmm(memB), unit: 'MB' },
    { name: 'validate / bare load, peak memory, ratio of medians (goal ≤ 0.6)', value: f(memB.median / memA.median), unit: 'x' },
  ];
}
