/**
 * Which view the pane opens on (issue 16): a sealed workbook opens on the director's view, the seal and
 * whether anything changed since, shown first; a workbook never sealed opens as it always did, on the
 * validation. Decided once, at open, from the seal's two copies (read without the plan, so it is quick);
 * the seal panel checks the seal itself. If the copies cannot be read, the pane opens as for an unsealed
 * workbook (the seal panel then says why it could not read the seal).
 */
import { useEffect, useState } from 'react';
import type { WorkbookGateway } from '../../domain/gateway';
import type { SealCopies } from '../../domain/seal/stored';

/** `pending` until the seal's copies are read. */
export type OpeningView = 'pending' | 'seal' | 'work';

/** The director's view for a workbook that holds a seal in either copy (even one that no longer reads), else the work. */
export function openingView(copies: SealCopies | null): Exclude<OpeningView, 'pending'> {
  return copies !== null && (copies.part !== null || copies.sheet !== null) ? 'seal' : 'work';
}

export function useOpeningView(gateway: WorkbookGateway): OpeningView {
  const [view, setView] = useState<{ readonly of: WorkbookGateway; readonly view: OpeningView } | null>(null);
  useEffect(() => {
    let live = true;
    gateway
      .readSeal()
      .then((copies) => {
        if (live) setView({ of: gateway, view: openingView(copies) });
      })
      .catch(() => {
        // Not lost: the seal panel reads the workbook itself and shows the failure; the pane opens as usual.
        if (live) setView({ of: gateway, view: 'work' });
      });
    return () => {
      live = false;
    };
  }, [gateway]);
  return view !== null && view.of === gateway ? view.view : 'pending';
}
