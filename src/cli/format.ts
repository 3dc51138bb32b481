/**
 * Text output of `plankoll validate`: one line per finding and a closing count line, in Swedish
 * (default) or English; and the `--json` document of SPEC §5.
 */
import type { Finding, FindingCounts, Lang, RuleCode, Severity } from '../domain/finding';
import { FINDINGS_PER_CODE } from '../domain/validate';
import { escapeControl, safeJson } from './escape';

const SEVERITY_LABEL: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  sv: { error: 'FEL', warning: 'VARNING', info: 'INFO' },
  en: { error: 'ERROR', warning: 'WARNING', info: 'INFO' },
};

const WORDS = {
  sv: { expected: 'förväntat', actual: 'faktiskt' },
  en: { expected: 'expected', actual: 'actual' },
} as const;

/** `Åtgärder!J7`, or `'Min flik'!A1` when the sheet name needs quotes (as Excel writes it). */
export function sheetCell(sheet: string, cell: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}

/** A value a person compares: amounts grouped by thousands (sv: `2 290 000`, en: `2,290,000`), text as is. */
export function formatValue(value: string | number, lang: Lang): string {
  if (typeof value === 'string') return value;
  return value.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * `FEL B003 Åtgärder!I10 [A09] message (förväntat 240 000, faktiskt 239 550)`: one line, whatever the
 * workbook's text holds (a line break in a name prints as `\n`).
 */
export function formatFinding(f: Finding, lang: Lang): string {
  const parts = [SEVERITY_LABEL[lang][f.severity], f.code, escapeControl(sheetCell(f.sheet, f.cell))];
  if (f.actionId !== undefined && f.actionId !== '') parts.push(`[${escapeControl(f.actionId)}]`);
  parts.push(escapeControl(f.message));
  const compare: string[] = [];
  if (f.expected !== undefined) compare.push(`${WORDS[lang].expected} ${escapeControl(formatValue(f.expected, lang))}`);
  if (f.actual !== undefined) compare.push(`${WORDS[lang].actual} ${escapeControl(formatValue(f.actual, lang))}`);
  return compare.length > 0 ? `${parts.join(' ')} (${compare.join(', ')})` : parts.join(' ');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `2 fel, 1 varning — rapportdatum 2011-12-31` / `No errors or warnings — report date …`. */
export function formatCounts(counts: FindingCounts, reportDate: string, lang: Lang): string {
  if (lang === 'sv') {
    const head =
      counts.error + counts.warning + counts.info === 0
        ? 'Inga fel eller varningar'
        : [plural(counts.error, 'fel', 'fel'), plural(counts.warning, 'varning', 'varningar'), ...(counts.info > 0 ? [`${counts.info} info`] : [])].join(', ');
    return `${head} (rapportdatum ${reportDate}).`;
  }
  const head =
    counts.error + counts.warning + counts.info === 0
      ? 'No errors or warnings'
      : [plural(counts.error, 'error', 'errors'), plural(counts.warning, 'warning', 'warnings'), ...(counts.info > 0 ? [`${counts.info} info`] : [])].join(', ');
  return `${head} (report date ${reportDate}).`;
}

export type Omitted = Readonly<Partial<Record<RuleCode, number>>>;

/**
 * `Ytterligare 1 047 575 avvikelser visas inte (högst 1 000 per kod): P003 1 047 575.`, or null when nothing was
 * left out.
 */
export function formatOmitted(omitted: Omitted, lang: Lang): string | null {
  const entries = Object.entries(omitted).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0);
  if (entries.length === 0) return null;
  const total = entries.reduce((n, [, k]) => n + k, 0);
  const list = entries.map(([code, k]) => `${code} ${formatValue(k, lang)}`).join(', ');
  const cap = formatValue(FINDINGS_PER_CODE, lang);
  return lang === 'sv'
    ? `Ytterligare ${formatValue(total, lang)} ${total === 1 ? 'avvikelse' : 'avvikelser'} visas inte (högst ${cap} per kod): ${list}.`
    : `${formatValue(total, lang)} more ${total === 1 ? 'finding is' : 'findings are'} not listed (at most ${cap} per code): ${list}.`;
}

/** The text report: one line per finding, a line on what was left out (if anything), then the count line. */
export function formatReport(findings: readonly Finding[], counts: FindingCounts, reportDate: string, lang: Lang, omitted: Omitted = {}): string {
  const lines = findings.map((f) => formatFinding(f, lang));
  const left = formatOmitted(omitted, lang);
  if (left !== null) lines.push(left);
  lines.push(formatCounts(counts, reportDate, lang));
  return lines.join('\n') + '\n';
}

/** SPEC §2's finding shape, with keys in a fixed order and absent members left out. */
export function findingJson(f: Finding): Finding {
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    ...(f.actionId !== undefined ? { actionId: f.actionId } : {}),
    message: f.message,
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
  };
}

export interface ValidateJson {
  readonly file: string;
  readonly reportDate: string;
  readonly counts: FindingCounts;
  readonly findings: readonly Finding[];
  /** Per code, how many findings `findings` leaves out (SPEC §2); only present when something was. */
  readonly omitted?: Omitted;
}

/** The `--json` document of `plankoll validate` (SPEC §5). */
export function validateJson(file: string, reportDate: string, counts: FindingCounts, findings: readonly Finding[], omitted: Omitted = {}): string {
  const doc: ValidateJson = {
    file,
    reportDate,
    counts: { error: counts.error, warning: counts.warning, info: counts.info },
    findings: findings.map(findingJson),
    ...(Object.keys(omitted).length > 0 ? { omitted } : {}),
  };
  return safeJson(doc);
}
