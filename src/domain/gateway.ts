/**
 * The one boundary between the task pane and its host (STYLE §1). Implemented over Excel (src/excel)
 * and over an in-memory workbook (src/taskpane/harness) for browser tests.
 */
import type { Finding } from './finding';
import type { FollowUpWrite } from './record/types';
import type { SealCopies } from './seal/stored';
import type { WorkbookSnapshot } from './snapshot';
import type { SheetLayout } from './summary/layout';
import type { TemplateOptions } from './template/buildTemplate';

export interface WriteResult {
  /** The sheet actually written (may differ from the preferred name if a user's sheet had it). */
  readonly sheetName: string;
}

export interface WorkbookGateway {
  /** Reads the plan's tables/sheets (and the stored seal) into a snapshot. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Creates or replaces the add-in's own summary sheet. */
  writeSummary(layout: SheetLayout): Promise<WriteResult>;
  /**
   * *Skriv till blad*: creates or replaces the add-in's own findings sheet (`Avvikelser`, laid out by
   * `findingsSheetLayout` in src/domain/export/findings.ts), as the summary sheet: never a user's sheet of
   * that name, values only, text as text. Activates it.
   */
  writeFindings(layout: SheetLayout): Promise<WriteResult>;
  /** Marks the findings' cells so that clearHighlights restores the exact original look. */
  highlight(findings: readonly Finding[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Activates `sheet` and selects `cell` (A1 address or range). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Stores the seal record (JSON text) in the workbook, in both copies: the custom XML part and the very hidden seal sheet. */
  writeSeal(record: string): Promise<void>;
  /**
   * Records a follow-up into Uppföljning as `write` says (worked out from a fresh snapshot by
   * src/domain/record): creates the sheet and table, or rewrites the table's bottom rows. Touches nothing
   * else; throws when the workbook no longer is as it was read.
   */
  writeFollowUp(write: FollowUpWrite): Promise<void>;
  /**
   * "Ny handlingsplan": adds the plan's sheets and tables and returns the sheet names created. Refuses with
   * TemplateConflictError (src/domain/template/placement.ts), nothing written, when the workbook has a plan.
   */
  createPlan(options?: TemplateOptions): Promise<{ readonly created: readonly string[] }>;
  /** Reads both copies of the seal back (each null when missing), without reading the plan. */
  readSeal(): Promise<SealCopies>;
  /**
   * Whether the workbook opens Plankoll's pane by itself: its document setting `AUTO_OPEN_SETTING`
   * (src/domain/autoOpen.ts) is `true` — set by the pane, or written into the file by `plankoll seal`.
   */
  readAutoOpen(): Promise<boolean>;
  /** Turns auto-open on (sets the setting to `true`) or off (removes it), and saves the document's settings. */
  setAutoOpen(on: boolean): Promise<void>;
}
