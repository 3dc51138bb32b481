/**
 * One click: read the workbook, validate it, summarize, lay out the sheet and write it through the
 * gateway. Used by the task pane button and the ribbon command. A workbook that is not a plan is refused
 * with NotAPlanError, nothing written. Errors from the gateway propagate: the caller tells the user (never
 * swallowed here).
 */
import type { FindingCounts, Lang } from '../finding';
import type { WorkbookGateway } from '../gateway';
import { checkSeal, sealLine } from '../seal';
import { validate } from '../validate';
import { sealFooter } from '../handout/seal';
import { layoutSummary } from './layoutSummary';
import { summarize } from './summarize';
import { NotAPlanError, missingPlanObjects } from './notAPlan';

export interface GenerateOptions {
  /** Today's ISO date (the report date when neither the Plan nor `reportDate` gives one). */
  readonly today: string;
  /** The moment of generation, shown on the sheet in the machine's local time. */
  readonly now: Date;
  readonly lang: Lang;
  /** The seal state as text; default: the stored seal checked against the workbook as it is now. */
  readonly sealText?: string;
  /** ISO date that beats the Plan's Rapportdatum (as the CLI's `--report-date`). */
  readonly reportDate?: string;
}

export interface GenerateResult {
  readonly sheetName: string;
  readonly counts: FindingCounts;
}

/** `2026-11-27T23:05` in the local time of `d`. */
export function localIsoMinute(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export async function generateSummary(gateway: WorkbookGateway, opts: GenerateOptions): Promise<GenerateResult> {
  const snapshot = await gateway.readSnapshot();
  const result = validate(snapshot, {
    today: opts.today,
    lang: opts.lang,
    ...(opts.reportDate !== undefined ? { reportDate: opts.reportDate } : {}),
  });
  // Not a plan: say so before anything is written (notAPlan.ts).
  const missing = missingPlanObjects(result.findings);
  if (missing.length > 0) throw new NotAPlanError(missing, opts.lang);
  const check = opts.sealText === undefined ? await checkSeal(snapshot.seal, result.model) : null;
  const seal = opts.sealText ?? sealLine(check ?? { state: 'absent' }, opts.lang);
  const layout = layoutSummary(summarize(result.model, result.reportDate), {
    generatedAt: localIsoMinute(opts.now),
    counts: result.counts,
    seal,
    ...(check !== null ? { sealFooter: sealFooter(check, opts.lang) } : {}),
    lang: opts.lang,
  });
  const written = await gateway.writeSummary(layout);
  return { sheetName: written.sheetName, counts: result.counts };
}
