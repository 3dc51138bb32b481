/**
 * The pane's one error bar: every failure of the gateway lands here and is shown, never swallowed, in the
 * words of the one mapping (src/i18n/failure.ts), in the pane's language.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Lang } from '../../domain/finding';
import type { FailureText } from '../../i18n/failure';
import { failureText } from '../../i18n/failure';

export interface ErrorReport {
  readonly failure: FailureText | null;
  readonly report: (e: unknown) => void;
  readonly dismiss: () => void;
}

export function useErrorReport(lang: Lang): ErrorReport {
  // The error itself is kept, so the words follow a change of language.
  const [error, setError] = useState<{ readonly e: unknown } | null>(null);
  const report = useCallback((e: unknown) => setError({ e }), []);
  const dismiss = useCallback(() => setError(null), []);
  const failure = useMemo(() => (error === null ? null : failureText(error.e, lang)), [error, lang]);
  return { failure, report, dismiss };
}
