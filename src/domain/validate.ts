/**
 * Validation (SPEC §2): read the snapshot into the plan model (readPlan reports S001–S005), run every
 * rule (rules/index.ts), give each finding its severity and message, and sort.
 * Never throws for bad input: findings are data (STYLE §3).
 *
 * - Report date: `options.reportDate`, else the Plan's Rapportdatum (when it is a valid date), else
 *   `options.today`.
 * - Tolerance for B008: the Plan's `Tolerans fördelning (%-enheter)` when it is a number ≥ 0, else 0.5.
 * - Order: by sheet (the workbook's tab order; sheets it does not have, such as a missing `Åtgärder` of
 *   S001, last), then row, column and code.
 * - At most FINDINGS_PER_CODE findings of one code are listed, the first in that order; `counts` stays
 *   exact and `omitted` says how many of each code were left out (SPEC §2). Only the listed ones are
 *   rendered, so a column filled down to row 1 048 576 costs no million messages.
 */
import { parseA1 } from './a1';
import { parseIsoDate } from './dates';
import type { Finding, FindingCounts, Lang, RawFinding, RuleCode } from './finding';
import type { PlanModel, ValidateOptions } from './model';
import { DEFAULT_TOLERANCE_PP } from './names';
import { readPlan } from './readPlan';
import { SEVERITY, renderMessage, runRules } from './rules';
import type { WorkbookSnapshot } from './snapshot';
import type { ValidationResult } from './validation';

export function validate(snapshot: WorkbookSnapshot, options: ValidateOptions): ValidationResult {
  const { model, findings } = readPlan(snapshot);
  return validateModel(model, findings, { ...options, sheetOrder: snapshot.sheetNames });
}

export interface ValidateModelOptions extends ValidateOptions {
  /** Sheet names in tab order, for sorting (default: the plan's canonical order). */
  readonly sheetOrder?: readonly string[];
}

const CANONICAL_SHEETS: readonly string[] = ['Plan', 'Finansiering', 'Mål', 'Roller', 'Åtgärder', 'Uppföljning'];

/** The rules over an already-read model, with the structure findings readPlan gave. */
export function validateModel(model: PlanModel, structureFindings: readonly RawFinding[], options: ValidateModelOptions): ValidationResult {
  const reportDate = resolveReportDate(model, options);
  const tolerancePp = resolveTolerance(model);
  const raw = sortFindings([...structureFindings, ...runRules({ model, reportDate, tolerancePp })], options.sheetOrder ?? CANONICAL_SHEETS);
  const { listed, omitted } = capPerCode(raw, FINDINGS_PER_CODE);
  const lang = options.lang ?? 'sv';
  return { findings: listed.map((f) => toFinding(f, lang)), counts: countBySeverity(raw), omitted, model, reportDate };
}

/** How many findings of one code a result lists at most (SPEC §2). */
export const FINDINGS_PER_CODE = 1000;

/** The first `perCode` findings of each code, in the given order, and how many of each code are left out. */
export function capPerCode<F extends { readonly code: RuleCode }>(
  findings: readonly F[],
  perCode: number,
): { listed: F[]; omitted: Partial<Record<RuleCode, number>> } {
  const seen = new Map<RuleCode, number>();
  const listed: F[] = [];
  const omitted: Partial<Record<RuleCode, number>> = {};
  for (const f of findings) {
    const n = (seen.get(f.code) ?? 0) + 1;
    seen.set(f.code, n);
    if (n <= perCode) listed.push(f);
    else omitted[f.code] = n - perCode;
  }
  return { listed, omitted };
}

function countBySeverity(findings: readonly RawFinding[]): FindingCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[SEVERITY[f.code]]++;
  return counts;
}

export function resolveReportDate(model: PlanModel, options: ValidateOptions): string {
  if (options.reportDate !== undefined && parseIsoDate(options.reportDate) !== null) return options.reportDate.trim();
  const fromPlan = model.info.reportDate?.value ?? null;
  if (fromPlan !== null && parseIsoDate(fromPlan) !== null) return fromPlan;
  return options.today;
}

export function resolveTolerance(model: PlanModel): number {
  const t = model.info.tolerance?.value ?? null;
  return t !== null && Number.isFinite(t) && t >= 0 ? t : DEFAULT_TOLERANCE_PP;
}

export function toFinding(raw: RawFinding, lang: Lang): Finding {
  return {
    code: raw.code,
    severity: SEVERITY[raw.code],
    sheet: raw.sheet,
    cell: raw.cell,
    ...(raw.actionId !== undefined ? { actionId: raw.actionId } : {}),
    message: renderMessage(raw, lang),
    ...(raw.expected !== undefined ? { expected: raw.expected } : {}),
    ...(raw.actual !== undefined ? { actual: raw.actual } : {}),
  };
}

/** Sheet (tab order, unknown sheets last by name), then row, column, code; stable otherwise. */
export function sortFindings<F extends Pick<Finding, 'code' | 'sheet' | 'cell'>>(findings: readonly F[], sheetOrder: readonly string[]): F[] {
  const sheetIndex = new Map<string, number>();
  sheetOrder.forEach((s, i) => {
    if (!sheetIndex.has(s)) sheetIndex.set(s, i);
  });
  const keyed = findings.map((f, i) => {
    const at = parseA1(f.cell.split(':')[0] ?? '');
    return { f, i, sheet: sheetIndex.get(f.sheet) ?? Number.MAX_SAFE_INTEGER, row: at?.row ?? -1, col: at?.col ?? -1 };
  });
  keyed.sort(
    (a, b) =>
      a.sheet - b.sheet ||
      (a.sheet === Number.MAX_SAFE_INTEGER ? a.f.sheet.localeCompare(b.f.sheet) : 0) ||
      a.row - b.row ||
      a.col - b.col ||
      (a.f.code < b.f.code ? -1 : a.f.code > b.f.code ? 1 : 0) ||
      a.i - b.i,
  );
  return keyed.map((k) => k.f);
}
