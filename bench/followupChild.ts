/**
 * One side of a paired run of followup.bench.ts, in its own process: builds the bench plan with or
 * without follow-up data, reads it, then times the summary (summarize, and summarize + layoutSummary; and
 * validateModel + summarize, as `plankoll summary` runs them) in CPU time, median of a few runs after a
 * warm-up, and sends the figures to the parent.
 * Runs the compiled modules in lib/ (`npm run bench` builds them), as `plankoll summary` does.
 */
import type * as ReadPlanModule from '../src/domain/readPlan';
import type * as SummarizeModule from '../src/domain/summary/summarize';
import type * as LayoutModule from '../src/domain/summary/layoutSummary';
import type * as ValidateModule from '../src/domain/validate';
import { FOLLOW_UP_REPORT_DATE, followUpBenchSnapshot } from './followupPlan';

/* eslint-disable @typescript-eslint/no-require-imports */
const { readPlan } = require('../lib/domain/readPlan') as typeof ReadPlanModule;
const { summarize } = require('../lib/domain/summary/summarize') as typeof SummarizeModule;
const { layoutSummary } = require('../lib/domain/summary/layoutSummary') as typeof LayoutModule;
const { validateModel } = require('../lib/domain/validate') as typeof ValidateModule;
/* eslint-enable @typescript-eslint/no-require-imports */

const RUNS = 21;
/** Runs before the timed ones, so the JIT has settled (a summary is ~20 ms; one warm-up left tiering noise). */
const WARM_UP = 10;
/**
 * Two young-generation collections (the parent forks this child with --expose-gc): the fresh model's
 * arrays, made just before the clock starts, are moved out of the young generation, as a read model's
 * arrays are long before a summary; copying them is the bench's work, and only the follow-up side has
 * 60 000 rows of it. (A full collection would also drop the JIT's work, and time a cold summary.)
 */
function settle(): void {
  const gc = (globalThis as { gc?: (options: { type: 'minor'; execution: 'sync' }) => void }).gc;
  if (gc === undefined) throw new Error('followupChild needs --expose-gc');
  gc({ type: 'minor', execution: 'sync' });
  gc({ type: 'minor', execution: 'sync' });
}

const META = { generatedAt: '2012-12-31T12:00', counts: { error: 0, warning: 0, info: 0 }, seal: 'Ej förseglad' };

/**
 * CPU time of `run` on a fresh model (below), median of RUNS after WARM_UP runs; `before` runs on the
 * model first, off the clock. The fresh model is made
 * before the clock starts: copying the 60 000 follow-up rows (which only the follow-up side has) is the
 * bench's doing, not the summary's.
 */
function cpuMedian(run: (m: typeof model) => unknown, before?: (m: typeof model) => unknown): number {
  for (let i = 0; i < WARM_UP; i++) {
    const m = fresh();
    before?.(m);
    run(m);
  }
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const m = fresh();
    before?.(m);
    settle();
    const t0 = process.cpuUsage();
    run(m);
    const d = process.cpuUsage(t0);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const [variant, countText] = process.argv.slice(2);
const { model } = readPlan(followUpBenchSnapshot(Number(countText), variant === 'followup'));
/**
 * The model with fresh row arrays, for each run: the follow-up domain remembers its grouping per array
 * (within one validate + summary that is real; across bench runs it would hide the work).
 */
const fresh = (): typeof model => {
  const followUps = model.followUps === null ? null : [...model.followUps];
  const c = model.followUpColumns;
  return {
    ...model,
    actions: model.actions === null ? null : [...model.actions],
    followUps,
    // The reader's columns, of that fresh array (only the rows array they name is fresh, like the rows).
    followUpColumns:
      c === null || c === undefined || followUps === null
        ? c
        : { ...c, rows: followUps },
  };
};
const summarizeMs = cpuMedian((m) => summarize(m, FOLLOW_UP_REPORT_DATE));
const summary = summarize(fresh(), FOLLOW_UP_REPORT_DATE);
const summaryMs = cpuMedian((m) => layoutSummary(summarize(m, FOLLOW_UP_REPORT_DATE), META));
// What `plankoll summary` computes on a read plan: validation, then the summary of the same model (which
// shares the follow-up grouping and matching with the rules).
const validate = (m: typeof model): unknown => validateModel(m, [], { reportDate: FOLLOW_UP_REPORT_DATE, today: FOLLOW_UP_REPORT_DATE, lang: 'sv' });
const validateSummaryMs = cpuMedian((m) => {
  validate(m);
  return summarize(m, FOLLOW_UP_REPORT_DATE);
});
// The summary as the pane and `plankoll summary` make it: after validation of the same read (off the clock).
const afterValidateMs = cpuMedian((m) => layoutSummary(summarize(m, FOLLOW_UP_REPORT_DATE), META), validate);
process.send?.({
  summarizeMs,
  summaryMs,
  validateSummaryMs,
  afterValidateMs,
  followUpRows: model.followUps?.length ?? 0,
  history: summary.history?.length ?? 0,
  changes: summary.sincePrevious?.changes.length ?? 0,
});
