/**
 * The meeting handout as data (SPEC §8): the summary, its chart descriptions, the deviations with their
 * comments, the validation result and the seal state. Every renderer (the PDF in Node and in the
 * browser) shows exactly this; nothing is worked out after here.
 */
import type { ChartDescription } from '../charts/types';
import { buildCharts } from '../charts/build';
import type { FindingCounts, Lang } from '../finding';
import { currentPeriod } from '../followup/periods';
import type { PlanModel } from '../model';
import { summarize } from '../summary/summarize';
import type { Summary } from '../summary/types';
import type { DeviationLine } from './deviations';
import { listDeviations } from './deviations';

export interface Handout {
  readonly lang: Lang;
  readonly summary: Summary;
  readonly charts: readonly ChartDescription[];
  readonly deviations: readonly DeviationLine[];
  readonly counts: FindingCounts;
  /** The seal state as a sentence, e.g. `Förseglad av Anna Berg 2011-12-31, oförändrad (a1b2c3d4e5f6)`. */
  readonly seal: string;
  /** The follow-up's label (the Plan's Uppföljningsperiod), or the report date. */
  readonly period: string;
  /** ISO date-time the handout was made (local time), e.g. `2026-11-27T23:15`. */
  readonly generatedAt: string;
}

export interface HandoutOptions {
  readonly counts: FindingCounts;
  readonly seal: string;
  readonly generatedAt: string;
  readonly lang: Lang;
}

export function makeHandout(model: PlanModel, reportDate: string, opts: HandoutOptions): Handout {
  const summary = summarize(model, reportDate);
  return {
    lang: opts.lang,
    summary,
    charts: buildCharts(summary, opts.lang),
    deviations: listDeviations(model, reportDate),
    counts: opts.counts,
    seal: opts.seal,
    period: currentPeriod(model, reportDate),
    generatedAt: opts.generatedAt,
  };
}
