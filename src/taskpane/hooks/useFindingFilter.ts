/** The severity toggles and the text filter over the findings, and the grouped list they give. */
import { useCallback, useMemo, useState } from 'react';
import type { Finding, Severity } from '../../domain/finding';
import type { SeverityGroup } from '../findings/group';
import { filterFindings, groupFindings, SEVERITY_ORDER } from '../findings/group';

export interface FindingFilterState {
  readonly severities: ReadonlySet<Severity>;
  readonly toggleSeverity: (s: Severity) => void;
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly shown: readonly Finding[];
  readonly groups: readonly SeverityGroup[];
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
  const shown = useMemo(() => filterFindings(findings, { severities, text }), [findings, severities, text]);
  const groups = useMemo(() => groupFindings(shown), [shown]);
  return { severities, toggleSeverity, text, setText, shown, groups };
}
