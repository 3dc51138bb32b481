/**
 * The severity toggles, the text filter and the folded groups over the findings, and the list they give.
 * Built for thousands of findings: the filter text is deferred (the field answers each keystroke at once,
 * the list follows when React has time), each finding's searchable text is folded once, and the list is
 * rendered a page at a time ("Visa fler"). bench/filter.bench.ts measures a keystroke at 5 000 findings.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Finding, FindingCounts, Severity } from '../../domain/finding';
import { countFindings } from '../../domain/finding';
import type { VisibleList } from '../findings/group';
import { groupFindings, matchText, SEVERITY_ORDER, visibleList } from '../findings/group';
import type { KeyValueStore } from '../storage';

/** Findings rendered at a time: a 20 000-action plan can give thousands; the rest come on request. */
export const PAGE_SIZE = 200;

const COLLAPSED_KEY = 'plankoll.collapsedGroups';

export interface FindingFilterState {
  readonly severities: ReadonlySet<Severity>;
  readonly toggleSeverity: (s: Severity) => void;
  readonly text: string;
  readonly setText: (text: string) => void;
  /** Findings per severity that match the text: what each severity toggle would show. */
  readonly bySeverity: FindingCounts;
  /** How many pass the whole filter (text and severities). */
  readonly matching: number;
  readonly list: VisibleList;
  readonly toggleGroup: (key: string) => void;
  readonly showMore: (() => void) | null;
}

function readCollapsed(store: KeyValueStore): ReadonlySet<string> {
  try {
    const parsed: unknown = JSON.parse(store.get(COLLAPSED_KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    // Not JSON (written by hand, or by an older version): every group open, as the first time.
    return new Set();
  }
}

export function useFindingFilter(findings: readonly Finding[], store: KeyValueStore): FindingFilterState {
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITY_ORDER));
  const [text, setText] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => readCollapsed(store));
  const toggleSeverity = useCallback((s: Severity) => {
    setSeverities((prev) => {
      const next = new Set(prev);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });
  }, []);
  const toggleGroup = useCallback(
    (key: string) => {
      setCollapsed((prev) => {
        const next = new Set(prev);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        store.set(COLLAPSED_KEY, JSON.stringify([...next].sort()));
        return next;
      });
    },
    [store],
  );
  const query = useDeferredValue(text);
  const textMatches = useMemo(() => matchText(findings, query), [findings, query]);
  const bySeverity = useMemo(() => countFindings(textMatches), [textMatches]);
  const matching = useMemo(() => textMatches.filter((f) => severities.has(f.severity)), [textMatches, severities]);
  const groups = useMemo(() => groupFindings(matching), [matching]);
  // "Show more" belongs to one list: new findings or another filter start again at one page (derived during
  // render, not reset in an effect, so the long list is never rendered first).
  const [more, setMore] = useState<{ readonly of: readonly Finding[]; readonly limit: number } | null>(null);
  const limit = more !== null && more.of === matching ? more.limit : PAGE_SIZE;
  const list = useMemo(() => visibleList(groups, collapsed, limit), [groups, collapsed, limit]);
  const showMore = useCallback(() => setMore({ of: matching, limit: limit + PAGE_SIZE }), [matching, limit]);
  return {
    severities,
    toggleSeverity,
    text,
    setText,
    bySeverity,
    matching: matching.length,
    list,
    toggleGroup,
    showMore: list.more > 0 ? showMore : null,
  };
}
