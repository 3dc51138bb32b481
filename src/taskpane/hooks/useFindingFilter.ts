/** The severity toggles and the text filter over the findings, and the grouped list they give. */
import { useCallback, useEffect, useMemo, useState } from 'react';
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
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => setLimit(PAGE_SIZE), [findings, severities, text]);
  const matching = useMemo(() => filterFindings(findings, { severities, text }), [findings, severities, text]);
  const shown = useMemo(() => matching.slice(0, limit), [matching, limit]);
  const groups = useMemo(() => groupFindings(shown), [shown]);
  const showMore = useCallback(() => setLimit((n) => n + PAGE_SIZE), []);
  return { severities, toggleSeverity, text, setText, matching, shown, groups, showMore: matching.length > shown.length ? showMore : null };
}
