/**
 * The change list of `plankoll verify` and `plankoll diff`, as text and as JSON (SPEC §5): governing
 * changes first, then the rest, added and removed rows, reordered tables; values as a controller reads them.
 */
import type { Lang } from '../domain/finding';
import type { PresentedChange, PresentedRow, SealDiff, SealHistoryEntry } from '../domain/seal';
import { changeLine, presentChange, presentRow, reorderedLine, rowLine, tableName } from '../domain/seal';
import { displayTime } from '../domain/seal/time';

export interface ChangesJson {
  readonly changes: readonly PresentedChange[];
  readonly added: readonly PresentedRow[];
  readonly removed: readonly PresentedRow[];
  readonly reordered: readonly string[];
}

export function changesJson(diff: SealDiff, lang: Lang): ChangesJson {
  return {
    changes: diff.changes.map((c) => presentChange(c, lang)),
    added: diff.added.map((r) => presentRow(r, lang)),
    removed: diff.removed.map((r) => presentRow(r, lang)),
    reordered: diff.reordered.map((t) => tableName(t, lang)),
  };
}

const HEADINGS = {
  sv: { governing: 'Styrande ändringar', other: 'Övriga ändringar', added: 'Tillagda rader', removed: 'Borttagna rader', order: 'Ordning', history: 'Tidigare förseglingar' },
  en: { governing: 'Governing changes', other: 'Other changes', added: 'Added rows', removed: 'Removed rows', order: 'Order', history: 'Earlier seals' },
} as const;

/** The change list as indented text lines (empty when nothing changed). */
export function changesText(diff: SealDiff, lang: Lang): string[] {
  const h = HEADINGS[lang];
  const lines: string[] = [];
  const section = (title: string, items: readonly string[]): void => {
    if (items.length === 0) return;
    lines.push(`  ${title}:`);
    for (const item of items) lines.push(`    ${item}`);
  };
  section(h.governing, diff.changes.filter((c) => c.governing).map((c) => changeLine(c, lang)));
  section(h.other, diff.changes.filter((c) => !c.governing).map((c) => changeLine(c, lang)));
  section(h.added, diff.added.map((r) => rowLine(r, 'added', lang)));
  section(h.removed, diff.removed.map((r) => rowLine(r, 'removed', lang)));
  section(h.order, diff.reordered.map((t) => reorderedLine(t, lang)));
  return lines;
}

function countsText(counts: SealHistoryEntry['counts'], lang: Lang): string {
  const { error, warning } = counts;
  return lang === 'sv'
    ? `${error} fel, ${warning} ${warning === 1 ? 'varning' : 'varningar'}`
    : `${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}`;
}

/** One line per earlier seal, oldest first: `2011-08-31 10:00 Bo Ek, Tertial 2 (0 fel, 2 varningar)`. */
export function historyText(history: readonly SealHistoryEntry[], lang: Lang): string[] {
  if (history.length === 0) return [];
  return [
    `  ${HEADINGS[lang].history}:`,
    ...history.map((e) => `    ${displayTime(e.at)} ${e.by}${e.period === null ? '' : `, ${e.period}`} (${countsText(e.counts, lang)})`),
  ];
}

export function historyJson(history: readonly SealHistoryEntry[]): object[] {
  return history.map((e) => ({ by: e.by, at: e.at, period: e.period, counts: e.counts, digest: e.digest }));
}
