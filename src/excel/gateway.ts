/**
 * The WorkbookGateway over Excel (office-js): what the task pane uses inside Excel.
 *
 * Each operation is its own `Excel.run` in the module that owns it (reader — the snapshot with its seal —,
 * summary writer, seal store, highlight, select, follow-up writer). Failures propagate, never swallowed, as an Error whose message says in
 * the pane's language what failed followed by Excel's own message and code, e.g.
 * "Kunde inte läsa arbetsboken: The requested resource doesn't exist. (ItemNotFound)"; the original
 * error is its `cause`.
 *
 * The gateway remembers the sheet names of the last snapshot it read, so highlighting and clearing
 * need no extra round trip to list the sheets (highlight.ts).
 */
import type { Finding, Lang } from '../domain/finding';
import type { WorkbookGateway, WriteResult } from '../domain/gateway';
import type { WorkbookSnapshot } from '../domain/snapshot';
import type { SheetLayout } from '../domain/summary/layout';
import { readAutoOpenFromOffice, writeAutoOpenToOffice } from './autoOpen';
import { clearHighlights, highlightFindings } from './highlight';
import { readSnapshotFromExcel } from './readSnapshot';
import { describeOfficeError } from './officeError';
import { writeFollowUpToExcel } from './followUpWriter';
import type { FollowUpWrite } from '../domain/record/types';
import { readSealCopiesFromExcel, writeSealToExcel } from './sealStore';
import type { SealCopies } from '../domain/seal/stored';
import { selectCell } from './select';
import { writeSummarySheet } from './summaryWriter';
import { writeFindingsSheet } from './findingsWriter';
import { createTemplateInExcel } from './templateWriter';
import type { TemplateOptions } from '../domain/template/buildTemplate';
import { TemplateConflictError } from '../domain/template/placement';
import type { GatewayOperation } from '../domain/hostErrors';
import { GatewayError, officeErrorCode } from '../domain/hostErrors';

export { describeOfficeError } from './officeError';

/** Runs one operation; a failure becomes a GatewayError saying what failed, with Excel's message and code. */
async function attempt<T>(operation: GatewayOperation, what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const detail = describeOfficeError(e);
    throw new GatewayError(operation, `${what}: ${detail}`, officeErrorCode(e), detail, { cause: e });
  }
}

/** What failed, in the pane's language. */
const FAILED: Readonly<Record<Lang, {
  readonly read: string;
  readonly writeSummary: string;
  readonly writeFindings: string;
  readonly highlight: string;
  readonly clear: string;
  readonly select: (address: string) => string;
  readonly writeSeal: string;
  readonly writeFollowUp: string;
  readonly createPlan: string;
  readonly readSeal: string;
  readonly readAutoOpen: string;
  readonly setAutoOpen: string;
}>> = {
  sv: {
    read: 'Kunde inte läsa arbetsboken',
    writeSummary: 'Kunde inte skriva sammanfattningen',
    writeFindings: 'Kunde inte skriva avvikelserna till bladet',
    highlight: 'Kunde inte markera fynden i arbetsboken',
    clear: 'Kunde inte ta bort markeringarna',
    select: (address) => `Kunde inte gå till ${address}`,
    writeSeal: 'Kunde inte spara förseglingen',
    writeFollowUp: 'Kunde inte spara uppföljningen',
    createPlan: 'Kunde inte skapa handlingsplanen',
    readSeal: 'Kunde inte läsa tillbaka förseglingen',
    readAutoOpen: 'Kunde inte läsa om Plankoll öppnas med arbetsboken',
    setAutoOpen: 'Kunde inte spara om Plankoll öppnas med arbetsboken',
  },
  en: {
    read: 'Could not read the workbook',
    writeSummary: 'Could not write the summary',
    writeFindings: 'Could not write the findings to the sheet',
    highlight: 'Could not highlight the findings in the workbook',
    clear: 'Could not remove the highlights',
    select: (address) => `Could not go to ${address}`,
    writeSeal: 'Could not save the seal',
    writeFollowUp: 'Could not save the follow-up',
    createPlan: 'Could not create the action plan',
    readSeal: 'Could not read the seal back',
    readAutoOpen: 'Could not read whether Plankoll opens with the workbook',
    setAutoOpen: 'Could not save whether Plankoll opens with the workbook',
  },
};

export function createExcelGateway(lang: Lang = 'sv'): WorkbookGateway {
  const failed = FAILED[lang];
  let knownSheets: readonly string[] | undefined;
  return {
    async readSnapshot(): Promise<WorkbookSnapshot> {
      // The snapshot and the seal in one Excel.run and, for a normal plan, two syncs (readSnapshot.ts).
      const snapshot = await attempt('read', failed.read, () => readSnapshotFromExcel({ lang }));
      knownSheets = snapshot.sheetNames;
      return snapshot;
    },
    writeSummary(layout: SheetLayout): Promise<WriteResult> {
      return attempt('writeSummary', failed.writeSummary, () => writeSummarySheet(layout));
    },
    writeFindings(layout: SheetLayout): Promise<WriteResult> {
      return attempt('writeFindings', failed.writeFindings, () => writeFindingsSheet(layout));
    },
    async highlight(findings: readonly Finding[]): Promise<void> {
      await attempt('highlight', failed.highlight, () => highlightFindings(findings, knownSheets));
    },
    async clearHighlights(): Promise<void> {
      await attempt('clear', failed.clear, () => clearHighlights(knownSheets));
    },
    selectCell(sheet: string, cell: string): Promise<void> {
      return attempt('select', failed.select(`${sheet}!${cell}`), () => selectCell(sheet, cell));
    },
    writeSeal(record: string): Promise<void> {
      return attempt('writeSeal', failed.writeSeal, () => writeSealToExcel(record));
    },
    writeFollowUp(write: FollowUpWrite): Promise<void> {
      return attempt('writeFollowUp', failed.writeFollowUp, () => writeFollowUpToExcel(write, lang));
    },
    async createPlan(options: TemplateOptions = {}): Promise<{ readonly created: readonly string[] }> {
      try {
        return await createTemplateInExcel(options, lang);
      } catch (e) {
        // A refusal is already the user's message, in their language; anything else is Excel's failure.
        if (e instanceof TemplateConflictError) throw e;
        const detail = describeOfficeError(e);
        throw new GatewayError('createPlan', `${failed.createPlan}: ${detail}`, officeErrorCode(e), detail, { cause: e });
      }
    },
    readSeal(): Promise<SealCopies> {
      return attempt('readSeal', failed.readSeal, () => readSealCopiesFromExcel());
    },
    readAutoOpen(): Promise<boolean> {
      return attempt('readAutoOpen', failed.readAutoOpen, () => Promise.resolve().then(readAutoOpenFromOffice));
    },
    setAutoOpen(on: boolean): Promise<void> {
      return attempt('setAutoOpen', failed.setAutoOpen, () => writeAutoOpenToOffice(on));
    },
  };
}
