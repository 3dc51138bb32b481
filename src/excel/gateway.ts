/**
 * The WorkbookGateway over Excel (office-js): what the task pane uses inside Excel.
 *
 * Each operation is its own `Excel.run` in the module that owns it (reader, summary writer, seal
 * store, highlight, select). Failures propagate, never swallowed, as an Error whose message says in
 * Swedish what failed followed by Excel's own message and code, e.g.
 * "Kunde inte läsa arbetsboken: The requested resource doesn't exist. (ItemNotFound)"; the original
 * error is its `cause`.
 *
 * The gateway remembers the sheet names of the last snapshot it read, so highlighting and clearing
 * need no extra round trip to list the sheets (highlight.ts).
 */
import type { Finding } from '../domain/finding';
import type { WorkbookGateway, WriteResult } from '../domain/gateway';
import type { WorkbookSnapshot } from '../domain/snapshot';
import type { SheetLayout } from '../domain/summary/layout';
import { clearHighlights, highlightFindings } from './highlight';
import { readSnapshotFromExcel } from './readSnapshot';
import { readSealFromExcel, writeSealToExcel } from './sealStore';
import { selectCell } from './select';
import { writeSummarySheet } from './summaryWriter';

/** The parts of an error worth showing: message, then office-js's code and where it failed. */
export function describeOfficeError(e: unknown): string {
  if (typeof e !== 'object' || e === null) return String(e);
  const { message, code, debugInfo } = e as { message?: unknown; code?: unknown; debugInfo?: { errorLocation?: unknown } };
  const text = typeof message === 'string' && message.trim() !== '' ? message.trim() : String(e);
  const details = [code, debugInfo?.errorLocation].filter((d): d is string => typeof d === 'string' && d !== '' && !text.includes(d));
  return details.length > 0 ? `${text} (${details.join(', ')})` : text;
}

async function attempt<T>(what: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (e) {
    throw new Error(`${what}: ${describeOfficeError(e)}`, { cause: e });
  }
}

export function createExcelGateway(): WorkbookGateway {
  let knownSheets: readonly string[] | undefined;
  return {
    async readSnapshot(): Promise<WorkbookSnapshot> {
      const snapshot = await attempt('Kunde inte läsa arbetsboken', () => readSnapshotFromExcel());
      const seal = await attempt('Kunde inte läsa förseglingen', () => readSealFromExcel());
      knownSheets = snapshot.sheetNames;
      return { ...snapshot, seal };
    },
    writeSummary(layout: SheetLayout): Promise<WriteResult> {
      return attempt('Kunde inte skriva sammanfattningen', () => writeSummarySheet(layout));
    },
    async highlight(findings: readonly Finding[]): Promise<void> {
      await attempt('Kunde inte markera fynden i arbetsboken', () => highlightFindings(findings, knownSheets));
    },
    async clearHighlights(): Promise<void> {
      await attempt('Kunde inte ta bort markeringarna', () => clearHighlights(knownSheets));
    },
    selectCell(sheet: string, cell: string): Promise<void> {
      return attempt(`Kunde inte gå till ${sheet}!${cell}`, () => selectCell(sheet, cell));
    },
    writeSeal(record: string): Promise<void> {
      return attempt('Kunde inte spara förseglingen', () => writeSealToExcel(record));
    },
  };
}
