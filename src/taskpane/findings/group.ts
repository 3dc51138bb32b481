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

/** What the text filter searches in a finding, folded once. */
function haystack(f: Finding): string {
  return fold([f.code, f.message, cellAddress(f), f.actionId ?? '', String(f.expected ?? ''), String(f.actual ?? '')].join('\n'));
}

// Folded once per finding, not once per keystroke: the findings of a validation never change.
const HAYSTACKS = new WeakMap<Finding, string>();

function hayOf(f: Finding): string {
  let hay = HAYSTACKS.get(f);
  if (hay === undefined) {
    hay = haystack(f);
    HAYSTACKS.set(f, hay);
  }
  return hay;
}

/** The findings whose text matches (every severity): the toggles count these. */
export function matchText(findings: readonly Finding[], text: string): readonly Finding[] {
  const needle = fold(text.trim());
  if (needle === '') return findings;
  return findings.filter((f) => hayOf(f).includes(needle));
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return matchText(findings, filter.text).filter((f) => filter.severities.has(f.severity));
}

/** A group's key for remembering whether it is folded: the severity, or severity/family. */
export function groupKey(severity: Severity, family?: RuleFamily): string {
  return family === undefined ? severity : `${severity}/${family}`;
}

export interface VisibleFamily {
  readonly family: RuleFamily;
  readonly key: string;
  /** Every matching finding of the family. */
  readonly count: number;
  readonly collapsed: boolean;
  /** The ones rendered now. */
  readonly findings: readonly Finding[];
}

export interface VisibleGroup {
  readonly severity: Severity;
  readonly key: string;
  readonly count: number;
  readonly collapsed: boolean;
  readonly families: readonly VisibleFamily[];
}

export interface VisibleList {
  readonly groups: readonly VisibleGroup[];
  /** Findings rendered. */
  readonly shown: number;
  /** Findings in open groups not rendered yet ("Visa fler"). */
  readonly more: number;
}

/**
 * What the list renders: every group with its full count, folded groups empty, and the open groups'
 * findings in order up to `limit` (the list grows in pages, so typing in the filter stays quick).
 */
export function visibleList(groups: readonly SeverityGroup[], collapsed: ReadonlySet<string>, limit: number): VisibleList {
  let room = limit;
  let more = 0;
  const out: VisibleGroup[] = [];
  for (const g of groups) {
    const key = groupKey(g.severity);
    const groupFolded = collapsed.has(key);
    const families: VisibleFamily[] = g.families.map((fam) => {
      const famKey = groupKey(g.severity, fam.family);
      const folded = groupFolded || collapsed.has(famKey);
      if (folded) return { family: fam.family, key: famKey, count: fam.findings.length, collapsed: collapsed.has(famKey), findings: [] };
      const take = Math.max(0, Math.min(room, fam.findings.length));
      room -= take;
      more += fam.findings.length - take;
      return { family: fam.family, key: famKey, count: fam.findings.length, collapsed: false, findings: fam.findings.slice(0, take) };
    });
    out.push({ severity: g.severity, key, count: g.count, collapsed: groupFolded, families });
  }
  return { groups: out, shown: limit - room, more };
}

const IDS = new WeakMap<Finding, number>();
let nextId = 0;

/** A key for React lists that stays with the finding whatever the filter (findings are never copied). */
export function findingId(f: Finding): number {
  let id = IDS.get(f);
  if (id === undefined) {
    id = nextId++;
    IDS.set(f, id);
  }
  return id;
}

/** A stable key for React lists (findings have no id; the same code can hit the same cell only once per rule). */
export function findingKey(f: Finding, index: number): string {
  return `${f.code}|${f.sheet}|${f.cell}|${f.actionId ?? ''}|${index}`;
}
