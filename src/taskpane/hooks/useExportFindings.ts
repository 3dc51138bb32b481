/**
 * *Kopiera avvikelser* and *Skriv till blad*: the findings as a table on the clipboard (an HTML table and
 * tab-separated text in one ClipboardItem, so Excel and Word paste a table; text only where the browser
 * has no ClipboardItem) or on the add-in's own `Avvikelser` sheet through the gateway. The tables are the
 * domain's (src/domain/export/findings.ts).
 */
import { useCallback, useRef, useState } from 'react';
import type { Finding, Lang } from '../../domain/finding';
import type { WorkbookGateway } from '../../domain/gateway';
import type * as ExportTables from '../../domain/export/findings';

/**
 * The tables' makers, from the findings chunk (components/findingsView.ts), which the first Validera
 * fetches: the export buttons are only shown with findings, so they are always there by then, and the
 * pane's first load does not carry them. null: not loaded yet (nothing is exported).
 */
export type FindingTables = Pick<typeof ExportTables, 'findingsHtml' | 'findingsSheetLayout' | 'findingsTsv'>;

export type ExportDone = { readonly kind: 'copied'; readonly count: number } | { readonly kind: 'written'; readonly sheet: string; readonly count: number };

export interface ExportState {
  readonly busy: boolean;
  /** What the last export did, for the status line. */
  readonly done: ExportDone | null;
  readonly copy: () => Promise<void>;
  readonly write: () => Promise<void>;
}

/** Puts `text` (and `html`, where the browser can) on the clipboard. */
export async function copyTable(text: string, html: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard.write === 'function') {
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(text);
}

export function useExportFindings(
  gateway: WorkbookGateway,
  findings: readonly Finding[],
  lang: Lang,
  onError: (e: unknown) => void,
  tables: FindingTables | null,
): ExportState {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ExportDone | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async (work: () => Promise<ExportDone>) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setDone(null);
      try {
        setDone(await work());
      } catch (e) {
        // Not swallowed: the pane's error bar says what failed (a refused clipboard, Excel's refusal).
        onError(e);
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [onError],
  );

  const copy = useCallback(async () => {
    if (tables === null) return;
    await run(async () => {
      await copyTable(tables.findingsTsv(findings, lang), tables.findingsHtml(findings, lang));
      return { kind: 'copied', count: findings.length };
    });
  }, [run, findings, lang, tables]);
  const write = useCallback(async () => {
    if (tables === null) return;
    await run(async () => {
      const { sheetName } = await gateway.writeFindings(tables.findingsSheetLayout(findings, lang));
      return { kind: 'written', sheet: sheetName, count: findings.length };
    });
  }, [run, gateway, findings, lang, tables]);
  return { busy, done, copy, write };
}
