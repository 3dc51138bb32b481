/**
 * A part of the pane fetched when it is first needed, not with the page: the dialogs, which only a click
 * opens (Fluent's Dialog and its motion are a fifth of the pane's own code). `onDemand` names the part once,
 * at module level, so a part fetched once is there at once for every later pane (the harness remounts the
 * pane per workbook); `useOnDemand` fetches it while `wanted`.
 *
 * A part that cannot be fetched (the network went away after the page loaded) is no crash: `failure` holds
 * the error for the pane to show as one line (src/i18n/failure.ts words webpack's ChunkLoadError), the
 * caller's `onFailure` backs out of what wanted it, and the next time it is wanted it is fetched again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface OnDemandPart<T> {
  /** The part, once fetched. */
  loaded: T | null;
  readonly load: () => Promise<T>;
}

export function onDemand<T>(load: () => Promise<T>): OnDemandPart<T> {
  const part: OnDemandPart<T> = {
    loaded: null,
    load: async () => {
      const m = await load();
      part.loaded = m;
      return m;
    },
  };
  return part;
}

export interface OnDemand<T> {
  readonly loaded: T | null;
  /** Why the part could not be fetched the last time it was wanted; null when it was (or is on its way). */
  readonly failure: unknown;
  readonly dismiss: () => void;
}

export function useOnDemand<T>(part: OnDemandPart<T>, wanted: boolean, onFailure?: () => void): OnDemand<T> {
  const [loaded, setLoaded] = useState<T | null>(part.loaded);
  const [failure, setFailure] = useState<unknown>(null);
  const onFailureRef = useRef(onFailure);
  useEffect(() => {
    onFailureRef.current = onFailure;
  }, [onFailure]);
  useEffect(() => {
    if (!wanted || loaded !== null) return;
    let live = true;
    part.load().then(
      (m) => {
        if (!live) return;
        setFailure(null);
        setLoaded(() => m);
      },
      (e: unknown) => {
        if (!live) return;
        setFailure(e);
        onFailureRef.current?.();
      },
    );
    return () => {
      live = false;
    };
  }, [part, wanted, loaded]);
  const dismiss = useCallback(() => setFailure(null), []);
  return { loaded, failure, dismiss };
}
