/**
 * The file adapter's one error type: a file that cannot be read as a workbook. It says in one line what is
 * wrong with which file (`cannot read plan.xlsx: the file is empty`) and why, as a `reason` a caller can
 * map to its own words: the CLI turns it into its one error line and exit code 2 (src/cli/main.ts). The
 * original error, when there was one (the file system's, the zip library's), is its `cause`.
 */
import type { FileReason } from '../domain/fileReason';

export type XlsxErrorReason = FileReason;

export class XlsxError extends Error {
  override readonly name = 'XlsxError';

  constructor(
    readonly reason: XlsxErrorReason,
    /** The file, as the user named it. */
    readonly path: string,
    /** What is wrong, after `cannot read PATH: `; one line. */
    detail: string,
    options?: {
      readonly cause?: unknown;
      /** The detail in each language, naming where the file is wrong (the reader's words); else the reason's words. */
      readonly detailIn?: { readonly sv: string; readonly en: string };
    },
  ) {
    super(`cannot read ${path}: ${detail}`, options);
    this.detailIn = options?.detailIn ?? null;
  }

  readonly detailIn: { readonly sv: string; readonly en: string } | null;
}
