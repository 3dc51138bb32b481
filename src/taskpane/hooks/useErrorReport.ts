/** The pane's one error line: every failure of the gateway lands here and is shown, never swallowed. */
import { useCallback, useState } from 'react';
import { errorText } from '../../domain/errorText';

export interface ErrorReport {
  readonly message: string | null;
  readonly report: (e: unknown) => void;
  readonly dismiss: () => void;
}

export function useErrorReport(): ErrorReport {
  const [message, setMessage] = useState<string | null>(null);
  const report = useCallback((e: unknown) => setMessage(errorText(e) || String(e)), []);
  const dismiss = useCallback(() => setMessage(null), []);
  return { message, report, dismiss };
}
