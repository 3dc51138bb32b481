/**
 * The summary with follow-up data (SPEC §7): 20 000 actions × 3 earlier follow-ups against the same plan
 * without follow-ups. CPU time, in paired runs of separate processes (each pair runs both sides, in
 * alternating order), so one side never inherits the other's warm JIT or heap. Reports min/median/max of
 * each side and of the per-pair ratio; goal: median ratio ≤ 1.3. And linearity: the follow-up side at
 * 10 000 and 20 000 actions, paired the same way, per 1 000 actions and the ratio of the two.
 *
 * What is timed is the summary computation on a plan already read into the model (summarize, and
 * summarize + layoutSummary, which lays out the sheet) — not reading the file, not writing: the issue's
 * bar is on the summary. For context also validation + summary of one model, as `plankoll summary`
 * computes them (still without reading the file). Each run gets fresh row arrays, so the follow-up grouping
 * and matching (remembered per array) are done again every time, as in a summary on its own; the arrays are
 * copied before the clock starts (the copy of the 60 000 follow-up rows is the bench's work, and only the
 * follow-up side had it), and moved out of the young generation before it starts too (followupChild's
 * settle). Each figure is the median of 21 runs after 10 warm-up runs: with one warm-up, a ~20 ms summary
 * was timed while the JIT was still tiering, and the pair ratios spread from 0.7 to 1.7.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';

interface ChildResult {
  readonly summarizeMs: number;
  readonly summaryMs: number;
  readonly validateSummaryMs: number;
  readonly afterValidateMs: number;
  readonly followUpRows: number;
  readonly history: number;
  readonly changes: number;
}

const PAIRS = 5;

function child(variant: 'plain' | 'followup', count: number): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const p = fork(join(__dirname, 'followupChild.ts'), [variant, String(count)], { execArgv: [...process.execArgv, '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: ChildResult | null = null;
    p.on('message', (m) => {
      result = m as ChildResult;
    });
    p.on('error', reject);
    p.on('exit', (code) => (result !== null && code === 0 ? resolve(result) : reject(new Error(`bench child ${variant} exited with ${code}`))));
  });
}

const stats = (xs: readonly number[]): { min: number; median: number; max: number } => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const r1 = (x: number): number => Math.round(x * 10) / 10;
const r2 = (x: number): number => Math.round(x * 100) / 100;

export async function bench(): Promise<Array<{ name: string; value: number; unit: string }>> {
  const plain: ChildResult[] = [];
  const followUp: ChildResult[] = [];
  for (let i = 0; i < PAIRS; i++) {
    if (i % 2 === 0) {
      plain.push(await child('plain', 20_000));
      followUp.push(await child('followup', 20_000));
    } else {
      followUp.push(await child('followup', 20_000));
      plain.push(await child('plain', 20_000));
    }
  }
  const out: Array<{ name: string; value: number; unit: string }> = [];
  for (const [key, label] of [
    ['summarizeMs', 'summarize'],
    ['summaryMs', 'summarize + layoutSummary'],
    ['validateSummaryMs', 'validate + summarize (one read, as plankoll summary)'],
    ['afterValidateMs', 'summarize + layoutSummary after validate (its time only; as the pane and plankoll summary run it)'],
  ] as const) {
    const p = stats(plain.map((x) => x[key]));
    const f = stats(followUp.map((x) => x[key]));
    const ratio = stats(followUp.map((x, i) => x[key] / plain[i][key]));
    out.push(
      { name: `followup: ${label}, 20 000 actions, no follow-ups (min/median/max)`, value: r1(p.median), unit: `ms CPU (${r1(p.min)}–${r1(p.max)})` },
      { name: `followup: ${label}, 20 000 actions × 3 follow-ups (min/median/max)`, value: r1(f.median), unit: `ms CPU (${r1(f.min)}–${r1(f.max)})` },
      { name: `followup: ${label}, ratio per pair${key === 'validateSummaryMs' || key === 'afterValidateMs' ? '' : ' (goal ≤ 1.3)'}`, value: r2(ratio.median), unit: `x (${r2(ratio.min)}–${r2(ratio.max)})` },
    );
  }
  out.push({ name: 'followup: Uppföljning rows / follow-ups in the history', value: followUp[0].followUpRows, unit: `rows / ${followUp[0].history} follow-ups, ${followUp[0].changes} changed actions` });
  // Linearity: 10 000 and 20 000 actions × 3 follow-ups, paired the same way; linear is a ratio of 2.
  const half: ChildResult[] = [];
  const full: ChildResult[] = [];
  for (let i = 0; i < PAIRS; i++) {
    if (i % 2 === 0) {
      half.push(await child('followup', 10_000));
      full.push(await child('followup', 20_000));
    } else {
      full.push(await child('followup', 20_000));
      half.push(await child('followup', 10_000));
    }
  }
  for (const [count, side] of [
    [10_000, half],
    [20_000, full],
  ] as const) {
    const s = stats(side.map((x) => (x.summarizeMs / count) * 1000));
    out.push({ name: `followup: summarize per 1 000 actions, ${count.toLocaleString('sv-SE')} actions × 3 follow-ups (min/median/max)`, value: r2(s.median), unit: `ms CPU (${r2(s.min)}–${r2(s.max)})` });
  }
  const growth = stats(full.map((x, i) => x.summarizeMs / half[i].summarizeMs));
  out.push({ name: 'followup: summarize, 20 000 ÷ 10 000 actions × 3 follow-ups per pair (linear = 2)', value: r2(growth.median), unit: `x (${r2(growth.min)}–${r2(growth.max)})` });
  return out;
}
