/**
 * A spreadsheet file's bytes → WorkbookSnapshot, whatever it is: .xlsx/.xlsm (readXlsx.ts) or .ods
 * (../ods). Tells apart (open.ts), from the first bytes, what cannot be read: an empty file, an old .xls, a
 * password-protected workbook, anything that is no spreadsheet. Throws only UnreadableWorkbook for a
 * file that is not a readable workbook; any other exception is a bug.
 *
 * No Node imports: the CLI and the browser page share it.
 */
import type { WorkbookSnapshot } from '../../domain/snapshot';
import { readOdsSnapshot } from '../ods/readOds';
import { workbookPackage } from './open';
import type { XlsxReadOptions } from './readXlsx';
import { readXlsxSnapshot } from './readXlsx';

export { UnreadableWorkbook } from './errors';
export type { UnreadableKind } from './errors';
export type { ReaderLimits, XlsxReadOptions } from './readXlsx';
export { DEFAULT_LIMITS } from './readXlsx';
export type { WholeInflate } from './zip';
export { readDocumentSettings, workbookPackage } from './open';
export type { PackageKind } from './open';

/** Reads .xlsx, .xlsm or .ods bytes. */
export function readWorkbookBytes(data: ArrayBuffer | Uint8Array, options: XlsxReadOptions = {}): WorkbookSnapshot {
  const { bytes, kind } = workbookPackage(data);
  return kind === 'ods' ? readOdsSnapshot(bytes, options) : readXlsxSnapshot(bytes, options);
}
