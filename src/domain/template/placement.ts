/**
 * Where "Ny handlingsplan" may write: never over anything the user has. It refuses when the workbook
 * already holds any plan sheet or table (by the reader's name matching, so `Atgarder` or `ACTIONS` count),
 * and reuses a sheet only in a brand-new workbook: a single, empty sheet with Excel's default name.
 */
import type { Lang } from '../finding';
import { objectKindOf } from '../names';

export interface ExistingSheet {
  readonly name: string;
  /** No used range at all (no values, no formatting). */
  readonly empty: boolean;
}

export interface ExistingWorkbook {
  readonly sheets: readonly ExistingSheet[];
  readonly tables: readonly string[];
}

export interface Placement {
  /** Names of existing sheets/tables that are already plan objects; non-empty means refuse. */
  readonly conflicts: readonly string[];
  /** The empty default sheet to rename and fill instead of adding a sheet, or null. */
  readonly reuseSheet: string | null;
}

/** Excel's default sheet names in the UI languages a Nordic municipality meets (`Sheet1`, `Blad1`, `Ark1`, `Taulukko1`). */
const DEFAULT_SHEET_NAME = /^(sheet|blad|ark|taulukko)\s?\d+$/i;

export function planPlacement(existing: ExistingWorkbook): Placement {
  const names = [...existing.sheets.map((s) => s.name), ...existing.tables];
  const conflicts = [...new Set(names.filter((n) => objectKindOf(n) !== null))];
  const only = existing.sheets.length === 1 ? existing.sheets[0] : null;
  const reuseSheet = only !== null && only.empty && DEFAULT_SHEET_NAME.test(only.name.trim()) ? only.name : null;
  return { conflicts, reuseSheet };
}

/** Thrown by the writers when the workbook already has a plan; the message is for the user. */
export class TemplateConflictError extends Error {
  readonly conflicts: readonly string[];
  constructor(conflicts: readonly string[], lang: Lang = 'sv') {
    super(conflictMessage(conflicts, lang));
    this.name = 'TemplateConflictError';
    this.conflicts = conflicts;
  }
}

export function conflictMessage(conflicts: readonly string[], lang: Lang): string {
  const list = conflicts.join(', ');
  return lang === 'sv'
    ? `Arbetsboken har redan en handlingsplan (${list}). Inget har ändrats. Välj Ny handlingsplan i en ny, tom arbetsbok.`
    : `The workbook already has an action plan (${list}). Nothing was changed. Choose New action plan in a new, empty workbook.`;
}
