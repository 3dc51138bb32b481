/**
 * "Färgmarkera avvikelser": on marks the findings' cells through the gateway, off restores the workbook's look.
 * While on, a new validation result re-marks the new findings.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../../domain/finding';
import type { WorkbookGateway } from '../../domain/gateway';

export interface HighlightState {
  readonly on: boolean;
  readonly busy: boolean;
  readonly setOn: (on: boolean) => Promise<void>;
}

export function useHighlight(
  gateway: WorkbookGateway,
  findings: readonly Finding[],
  onError: (e: unknown) => void,
): HighlightState {
  const [on, setOnState] = useState(false);
  const [busy, setBusy] = useState(false);
  const marked = useRef<readonly Finding[] | null>(null);

  const apply = useCallback(
    async (wantOn: boolean, list: readonly Finding[]) => {
      setBusy(true);
      try {
        if (wantOn) {
          await gateway.highlight(list);
          marked.current = list;
        } else {
          await gateway.clearHighlights();
          marked.current = null;
        }
        setOnState(wantOn);
      } catch (e) {
        // Not swallowed: the pane's error bar shows it (useErrorReport); the pane is where this failure ends.
        onError(e);
      } finally {
        setBusy(false);
      }
    },
    [gateway, onError],
  );

  const setOn = useCallback((wantOn: boolean) => apply(wantOn, findings), [apply, findings]);

  useEffect(() => {
    if (on && marked.current !== null && marked.current !== findings) void apply(true, findings);
  }, [on, findings, apply]);

  return { on, busy, setOn };
}
