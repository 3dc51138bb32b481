/**
 * Recording a follow-up (SPEC §7) as data: the rows to record (followup/record.ts), and the change to the workbook that puts
 * them in Uppföljning. Worked out here, in the domain; written by each adapter the same way (the zip-level
 * file writer in src/xlsx/zip, the Excel adapter in src/excel, the in-memory workbook of the harness).
 */
import type { FollowUpRecordRow } from '../followup/record';
import type { ExcelError } from '../snapshot';
import type { ColumnFormat, TemplateTable } from '../template/types';

/** Why a follow-up is not recorded. */
export type RecordRefusal =
  | { readonly reason: 'errors'; readonly errors: number }
  | { readonly reason: 'noPeriod' }
  | { readonly reason: 'noActions' };

export type FollowUpRecord =
  | ({ readonly kind: 'refused' } & RecordRefusal)
  | {
      readonly kind: 'ready';
      readonly period: string;
      readonly date: string;
      readonly rows: readonly FollowUpRecordRow[];
      /**
       * Rows of this period that Uppföljning already holds (0: a new period). More than 0 means the
       * caller must ask before replacing them; only those rows are replaced.
       */
      readonly alreadyRecorded: number;
      /** The period's label and date as Uppföljning has them (its first spelling), when already recorded. */
      readonly recordedAs: string | null;
      readonly recordedDate: string | null;
    };

/** A value written into a cell: text (always as a value, never a formula), a number, an ISO date, … */
export type WriteCell = string | number | boolean | null | { readonly date: string } | ExcelError;

/** Adds the Uppföljning sheet and table (as the template has them), holding the recorded rows. */
export interface FollowUpCreate {
  readonly kind: 'create';
  /** The table to write from A1: sheet and table names, columns, formats, lists, rows. */
  readonly table: TemplateTable;
  /** True when an empty sheet of that name exists and is filled instead of adding one. */
  readonly reuseSheet: boolean;
  readonly tableStyle: string;
  readonly frozenRows: number;
}

/**
 * Rewrites the bottom of an existing Uppföljning (a table, or a plain range on its sheet): rows from
 * `startRow` down become `rows`; rows of the old extent below them are emptied (and leave the table).
 * Rows above `startRow` are not touched.
 */
export interface FollowUpRewrite {
  readonly kind: 'rewrite';
  readonly sheet: string;
  /** The Excel table to resize, or null when Uppföljning is a plain range on its sheet. */
  readonly table: string | null;
  /** Zero-based sheet row of the header and column of the first column; the width in columns. */
  readonly headerRow: number;
  readonly col: number;
  readonly width: number;
  /** Zero-based sheet row of the first row rewritten. */
  readonly startRow: number;
  /** Zero-based sheet row of the last row Uppföljning had (≥ startRow - 1). */
  readonly oldLastRow: number;
  /** Each `width` cells wide, in the table's column order. */
  readonly rows: readonly (readonly WriteCell[])[];
  /** The format of each column's values (how a writer formats the cells it writes). */
  readonly formats: readonly ColumnFormat[];
}

export type FollowUpWrite = FollowUpCreate | FollowUpRewrite;

/** The sheet rows a rewrite leaves Uppföljning with: its last row afterwards. */
export function rewriteLastRow(w: FollowUpRewrite): number {
  return w.startRow + w.rows.length - 1;
}
