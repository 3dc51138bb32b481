/**
 * `plankoll validate` against a bare exceljs load of the same file (20 000 actions), as separate processes
 * run in pairs (one of each, alternating which goes first), so each pair sees the same machine. Each child
 * measures its own CPU time (user + system, all threads) and peak memory (bench/measure.cjs).
 *
 * What is compared: whole processes on both sides, like for like: Node's start, loading the code
 * (exceljs, or the CLI's modules) and the work. The goals are on these. An empty Node process (`node -e 0`)
 * is run in each round too, and the ratio with its CPU taken off both sides is printed beside them, so
 * the cost of the work alone is visible as well.
 * Goals: validate CPU ≤ 0.5× and peak memory ≤ 0.6× the bare load (medians).
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
  const empty = ['-e', '0'];
  const a: Sample[] = [];
  const b: Sample[] = [];
  const n: Sample[] = [];
  for (let i = 0; i < PAIRS; i++) {
    if (i % 2 === 0) {
      a.push(run(bare, join(dir, `a${i}.json`)));
      b.push(run(validate, join(dir, `b${i}.json`)));
    } else {
      b.push(run(validate, join(dir, `b${i}.json`)));
      a.push(run(bare, join(dir, `a${i}.json`)));
    }
    n.push(run(empty, join(dir, `n${i}.json`)));
  }
  const cpuA = stats(a.map((s) => s.cpuMs));
  const cpuB = stats(b.map((s) => s.cpuMs));
  const memA = stats(a.map((s) => s.maxRssKb / 1024));
  const memB = stats(b.map((s) => s.maxRssKb / 1024));
  const cpuN = stats(n.map((s) => s.cpuMs));
  const pairRatios = stats(a.map((s, i) => b[i].cpuMs / s.cpuMs));
  const memPairRatios = stats(a.map((s, i) => b[i].maxRssKb / s.maxRssKb));
  const r = (x: number): number => Math.round(x);
  const f = (x: number): number => Math.round(x * 100) / 100;
  const mmm = (x: { min: number; median: number; max: number }): string => `${r(x.min)} / ${r(x.median)} / ${r(x.max)}`;
  return [
    { name: `bare exceljs load, 20 000 actions, CPU min/median/max (${PAIRS} processes)`, value: mmm(cpuA), unit: 'ms' },
    { name: `plankoll validate, same file, CPU min/median/max (${PAIRS} processes)`, value: mmm(cpuB), unit: 'ms' },
    { name: 'validate / bare load, CPU, ratio of medians (goal ≤ 0.5)', value: f(cpuB.median / cpuA.median), unit: 'x' },
    { name: 'validate / bare load, CPU, per-pair ratio min/median/max', value: `${f(pairRatios.min)} / ${f(pairRatios.median)} / ${f(pairRatios.max)}`, unit: 'x' },
    { name: `empty Node process (node -e 0), CPU min/median/max (${PAIRS} processes)`, value: mmm(cpuN), unit: 'ms' },
    { name: 'validate / bare load, CPU less the empty process on both sides, ratio of medians', value: f((cpuB.median - cpuN.median) / (cpuA.median - cpuN.median)), unit: 'x' },
    { name: 'bare exceljs load, peak memory min/median/max', value: mmm(memA), unit: 'MB' },
    { name: 'plankoll validate, peak memory min/median/max', value: mmm(memB), unit: 'MB' },
    { name: 'validate / bare load, peak memory, ratio of medians (goal ≤ 0.6)', value: f(memB.median / memA.median), unit: 'x' },
    { name: 'validate / bare load, peak memory, per-pair ratio min/median/max', value: `${f(memPairRatios.min)} / ${f(memPairRatios.median)} / ${f(memPairRatios.max)}`, unit: 'x' },
  ];
}
