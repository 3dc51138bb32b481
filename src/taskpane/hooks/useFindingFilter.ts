/** The severity toggles and the text filter over the findings, and the grouped list they give. */
import { useCallback, useMemo, useState } from 'react';
import type { Finding, Severity } from '../../domain/finding';
import type { SeverityGroup } from '../findings/group';
import { filterFindings, groupFindings, SEVERITY_ORDER } from '../findings/group';

/** Findings rendered at a time: a 20 000-action plan can give thousands; the rest come on request. */
export const PAGE_SIZE = 200;

export interface FindingFilterState {
  readonly severities: ReadonlySet<Severity>;
  readonly toggleSeverity: (s: Severity) => void;
  readonly text: string;
  readonly setText: (text: string) => void;
  /** Every finding that passes the filter. */
  readonly matching: readonly Finding[];
  /** The first of them, as many as are rendered. */
  readonly shown: readonly Finding[];
  readonly groups: readonly SeverityGroup[];
  readonly showMore: (() => void) | null;
}

export function useFindingFilter(findings: readonly Finding[]): FindingFilterState {
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITY_ORDER));
  const [text, setText] = useState('');
  const toggleSeverity = useCallback((s: Severity) => {
    setSeverities((prev) => {
      const next = new Set(prev);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });
  }, []);
  const matching = useMemo(() => filterFindings(findings, { severities, text }), [findings, severities, text]);
  // "Show more" belongs to one list: new findings or another filter start again at one page (derived during
  // render, not reset in an effect, so the long list is never rendered first).
  const [more, setMore] = useState<{ readonly of: readonly Finding[]; readonly limit: number } | null>(null);
  const limit = more !== null && more.of === matching ? more.limit : PAGE_SIZE;
  const shown = useMemo(() => matching.slice(0, limit), [matching, limit]);
  const groups = useMemo(() => groupFindings(shown), [shown]);
  const showMore = useCallback(() => setMore({ of: matching, limit: limit + PAGE_SIZE }), [matching, limit]);
  return { severities, toggleSeverity, text, setText, matching, shown, groups, showMore: matching.length > shown.length ? showMore : null };
}
