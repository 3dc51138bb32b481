/** Skapa sammanfattning: generate the summary sheet through the gateway and say where it went. */
import { useCallback, useRef, useState } from 'react';
import type { Lang } from '../../domain/finding';
import type { WorkbookGateway } from '../../domain/gateway';
import type { PaneServices } from '../services';
import { localIsoDate } from '../../domain/dates';

export interface SummaryState {
  readonly running: boolean;
  /** The sheet the last summary was written to. */
  readonly sheetName: string | null;
  readonly run: () => Promise<void>;
}

export function useSummary(
  gateway: WorkbookGateway,
  services: Pick<PaneServices, 'generateSummary' | 'now'>,
  lang: Lang,
  onError: (e: unknown) => void,
): SummaryState {
  const [running, setRunning] = useState(false);
  const [sheetName, setSheetName] = useState<string | null>(null);
  const busy = useRef(false);

  const run = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setRunning(true);
    setSheetName(null);
    try {
      const now = services.now();
      const out = await services.generateSummary(gateway, { today: localIsoDate(now), now, lang });
      setSheetName(out.sheetName);
    } catch (e) {
      // Not swallowed: the pane's error bar shows it (useErrorReport); the pane is where this failure ends.
      onError(e);
    } finally {
      busy.current = false;
      setRunning(false);
    }
  }, [gateway, services, lang, onError]);

  return { running, sheetName, run };
}
