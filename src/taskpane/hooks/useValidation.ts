/**
 * Validera: read the workbook through the gateway, then validate. The result is recomputed (cheaply, no
 * host call) when the language changes, so messages follow the language switch. `prepare` (the pane's
 * findings view, fetched on demand) is awaited with the read: a result is set only once what shows it is
 * there, and a failed fetch is reported like a failed read.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../../domain/finding';
import type { WorkbookGateway } from '../../domain/gateway';
import type { WorkbookSnapshot } from '../../domain/snapshot';
import type { ValidationResult } from '../../domain/validation';
import type { PaneServices } from '../services';
import { localIsoDate } from '../../domain/dates';

export interface ValidationState {
  readonly running: boolean;
  readonly snapshot: WorkbookSnapshot | null;
  readonly result: ValidationResult | null;
  readonly run: () => Promise<void>;
}

export function useValidation(
  gateway: WorkbookGateway,
  services: Pick<PaneServices, 'validate' | 'now'>,
  lang: Lang,
  onError: (e: unknown) => void,
  prepare?: () => Promise<unknown>,
): ValidationState {
  const [running, setRunning] = useState(false);
  const [read, setRead] = useState<{ snapshot: WorkbookSnapshot; today: string } | null>(null);
  const busy = useRef(false);

  const run = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setRunning(true);
    try {
      const [snapshot] = await Promise.all([gateway.readSnapshot(), prepare?.()]);
      setRead({ snapshot, today: localIsoDate(services.now()) });
    } catch (e) {
      // Not swallowed: the pane's error bar shows it (useErrorReport); the pane is where this failure ends.
      onError(e);
    } finally {
      busy.current = false;
      setRunning(false);
    }
  }, [gateway, services, onError, prepare]);

  const outcome = useMemo((): { result: ValidationResult | null; failure: unknown } => {
    if (read === null) return { result: null, failure: null };
    try {
      return { result: services.validate(read.snapshot, { lang, today: read.today }), failure: null };
    } catch (e) {
      // validate never throws for bad input; if it does, that is a bug the user must see.
      return { result: null, failure: e };
    }
  }, [read, lang, services]);

  useEffect(() => {
    if (outcome.failure !== null) onError(outcome.failure);
  }, [outcome, onError]);

  return { running, snapshot: read?.snapshot ?? null, result: outcome.result, run };
}
