/** Findings as the pane lists them: grouped by severity, then by rule family (each rule names its own); filtered. */
import type { Finding, Severity } from '../../domain/finding';
import type { RuleFamily } from '../../domain/rules';
import { familyOf } from '../../domain/rules';

export type { RuleFamily } from '../../domain/rules';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
export const FAMILY_ORDER: readonly RuleFamily[] = ['structure', 'budget', 'responsibility', 'plan', 'followup'];

export interface FamilyGroup {
  readonly family: RuleFamily;
  readonly findings: readonly Finding[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly families: readonly FamilyGroup[];
  readonly count: number;
}

/** Non-empty groups only, severities in the order error, warning, info; findings keep their order. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const buckets = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.severity}/${familyOf(f.code)}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(f);
    else buckets.set(key, [f]);
  }
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const families: FamilyGroup[] = [];
    let count = 0;
    for (const family of FAMILY_ORDER) {
      const list = buckets.get(`${severity}/${family}`);
      if (list) {
        families.push({ family, findings: list });
        count += list.length;
      }
    }
    if (count > 0) groups.push({ severity, families, count });
  }
  return groups;
}

export interface FindingFilter {
  readonly severities: ReadonlySet<Severity>;
  /** Free text matched (case- and diacritics-insensitive) against code, message, `sheet!cell`, action ID, expected, actual. */
  readonly text: string;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function cellAddress(f: Pick<Finding, 'sheet' | 'cell'>): string {
  return `${f.sheet}!${f.cell}`;
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const needle = fold(filter.text.trim());
  return findings.filter((f) => {
    if (!filter.severities.has(f.severity)) return false;
    if (needle === '') return true;
    const hay = [f.code, f.message, cellAddress(f), f.actionId ?? '', String(f.expected ?? ''), String(f.actual ?? '')]
      .map(fold)
      .join('\n');
    return hay.includes(needle);
  });
}

/** A stable key for React lists (findings have no id; the same code can hit the same cell only once per rule). */
export function findingKey(f: Finding, index: number): string {
  return `${f.code}|${f.sheet}|${f.cell}|${f.actionId ?? ''}|${index}`;
}
