/** .ods (OpenDocument spreadsheet) → WorkbookSnapshot. */
import type { WorkbookSnapshot } from '../../domain/snapshot';
import { UnreadableWorkbook } from '../read/errors';
import type { XlsxReadOptions } from '../read/readXlsx';

export function isOdsPackage(_bytes: Uint8Array): boolean {
  return false;
}

export function readOdsSnapshot(_bytes: Uint8Array, _options: XlsxReadOptions): WorkbookSnapshot {
  throw new UnreadableWorkbook('notWorkbook');
}
