/**
 * Issue #12's memory bound: `plankoll validate` holds at most 2× the file's uncompressed plan sheets plus a
 * constant. Measured as the growth of peak memory with the plan: validate (whole process, bench/measure.cjs)
 * on the bench plan at 5 000, 10 000, 20 000 and 40 000 actions, each size run in rounds of separate processes
 * (sizes in a rotating order, so each round sees the same machine), and the median peak per size set against
 * the XML those sheets unpack to (every worksheet part and the shared strings: every sheet of the bench
 * workbook is a plan sheet). The slope between two sizes is the extra peak memory per extra byte of plan XML;
 * the bound holds when it is at most 2. The constant is the peak of the smallest plan less twice its XML, and
 * each larger plan's peak is also set against that constant plus twice its own XML (≤ 1: within the bound).
 * Peak resident memory includes what V8 keeps before it collects, so the live memory (heap and external,
 * after a full collection, `--expose-gc`) is printed beside it at two stages: with the file's snapshot held
 * (what the reader keeps) and once the plan is read into the model and validated, the result held.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { generateBenchWorkbook } from './generate';

const SIZES = [5_000, 10_000, 20_000, 40_000] as const;
const ROUNDS = 3;
const ROOT = join(__dirname, '..');
const MEASURE = join(__dirname, 'measure.cjs');

/** Uncompressed bytes of the worksheet parts and the shared strings, from the zip's directory. */
function planXmlBytes(path: string): number {
  let total = 0;
  unzipSync(readFileSync(path), {
    filter: (f) => {
      if (/^xl\/worksheets\/[^/]+\.xml$/i.test(f.name) || /^xl\/sharedStrings\.xml$/i.test(f.name)) total += f.originalSize;
      return false;
    },
  });
  return total;
}

function peakKb(file: string, out: string): number {
  const r = spawnSync(process.execPath, ['-r', MEASURE, join(ROOT, 'bin', 'plankoll.js'), 'validate', file, '--json'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_OUT: out },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`validate failed (${r.status}): ${r.stderr.toString().split('\n')[0]}`);
  return (JSON.parse(readFileSync(out, 'utf8')) as { maxRssKb: number }).maxRssKb;
}

interface Live {
  /** Heap and external memory (MB) after a full collection with the file's snapshot held: the reader's part. */
  readonly snapshotMb: number;
  /** The same once the plan is read into the model and validated, the result held. */
  readonly validatedMb: number;
}

/** Live memory after full collections, with what each stage made still held. */
function liveMb(file: string): Live {
  const script = `
    const { readFileSync } = require('node:fs');
    const { readWorkbookBytes } = require('./lib/xlsx/read/index.js');
    const { readPlan } = require('./lib/domain/readPlan.js');
    const { validateModel } = require('./lib/domain/validate.js');
    const live = () => { global.gc(); const m = process.memoryUsage(); return (m.heapUsed + m.external) / 1048576; };
    const snapshot = readWorkbookBytes(readFileSync(${JSON.stringify(file)}));
    const snapshotMb = live();
    const { model } = readPlan(snapshot);
    const result = validateModel(model, [], { lang: 'sv', today: '2012-12-31' });
    const validatedMb = live();
    // The snapshot and the result are used after measuring, so both are still held when measured.
    process.stdout.write(JSON.stringify({ snapshotMb, validatedMb, sheets: snapshot.sheets.length, findings: result.findings.length }));
  `;
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`live memory probe failed: ${r.stderr.toString().split('\n')[0]}`);
  return JSON.parse(r.stdout.toString()) as Live;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (kb: number): number => Math.round(kb / 102.4) / 10;
const f2 = (x: number): number => Math.round(x * 100) / 100;

export async function bench(): Promise<Array<{ name: string; value: number | string; unit: string }>> {
  const files = await Promise.all(SIZES.map((n) => generateBenchWorkbook(n)));
  const xml = files.map(planXmlBytes);
  const dir = mkdtempSync(join(tmpdir(), 'plankoll-bench-mem-'));
  const peaks: number[][] = SIZES.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < SIZES.length; k++) {
      const i = (k + round) % SIZES.length;
      peaks[i].push(peakKb(files[i], join(dir, `m${round}-${i}.json`)));
    }
  }
  const peakMb = peaks.map((p) => mb(median(p)));
  const live = files.map(liveMb);
  const xmlMb = xml.map((b) => b / 1048576);
  const out: Array<{ name: string; value: number | string; unit: string }> = [];
  SIZES.forEach((n, i) => {
    out.push({
      name: `validate, ${n.toLocaleString('sv-SE')} actions: plan XML / peak memory min–median–max / live: snapshot, validated`,
      value: `${f2(xmlMb[i])} / ${mb(Math.min(...peaks[i]))}–${peakMb[i]}–${mb(Math.max(...peaks[i]))} / ${f2(live[i].snapshotMb)}, ${f2(live[i].validatedMb)}`,
      unit: 'MB',
    });
  });
  for (let i = 1; i < SIZES.length; i++) {
    const d = xmlMb[i] - xmlMb[i - 1];
    out.push({
      name: `memory per extra MB of plan XML, ${SIZES[i - 1].toLocaleString('sv-SE')} → ${SIZES[i].toLocaleString('sv-SE')} actions: peak / live validated / live snapshot (goal ≤ 2)`,
      value: `${f2((peakMb[i] - peakMb[i - 1]) / d)} / ${f2((live[i].validatedMb - live[i - 1].validatedMb) / d)} / ${f2((live[i].snapshotMb - live[i - 1].snapshotMb) / d)}`,
      unit: 'x',
    });
  }
  const constant = peakMb[0] - 2 * xmlMb[0];
  out.push({ name: 'the constant: peak memory of the smallest plan less twice its plan XML', value: f2(constant), unit: 'MB' });
  // The bound itself, at each larger size: the peak against the constant plus twice that plan's XML. A
  // step's slope can pass 2 where the smaller size still sat on Node's floor (equal peaks) while the bound
  // holds at every size; the slope from the smallest to the largest plan is printed too.
  for (let i = 1; i < SIZES.length; i++) {
    out.push({
      name: `validate, ${SIZES[i].toLocaleString('sv-SE')} actions: peak memory ÷ (constant + 2 × plan XML) (bound holds ≤ 1)`,
      value: f2(peakMb[i] / (constant + 2 * xmlMb[i])),
      unit: 'x',
    });
  }
  const last = SIZES.length - 1;
  out.push({
    name: `memory per extra MB of plan XML, ${SIZES[0].toLocaleString('sv-SE')} → ${SIZES[last].toLocaleString('sv-SE')} actions: peak (goal ≤ 2)`,
    value: f2((peakMb[last] - peakMb[0]) / (xmlMb[last] - xmlMb[0])),
    unit: 'x',
  });
  return out;
}
