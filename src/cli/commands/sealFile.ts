/** Shared by `plankoll seal` and `verify`: a workbook file's bytes, snapshot and stored seal (both copies). */
import type { WorkbookSnapshot } from '../../domain/snapshot';
import { readFileBytes, snapshotFromBytes } from '../../xlsx/file';
import { readSealCopiesFromXlsx } from '../../xlsx/sealStore';
import { XlsxError } from '../../xlsx/errors';

export interface SealFile {
  readonly bytes: Uint8Array;
  /** With `seal` set to both copies: the custom XML part and the very hidden sheet. */
  readonly snapshot: WorkbookSnapshot;
}

/** Reads a workbook for sealing or verifying; any unreadable file is an XlsxError (one line, exit 2). */
export async function readSealFile(path: string): Promise<SealFile> {
  const bytes = await readFileBytes(path);
  const snapshot = snapshotFromBytes(bytes, path);
  try {
    return { bytes, snapshot: { ...snapshot, seal: await readSealCopiesFromXlsx(bytes) } };
  } catch (e) {
    throw new XlsxError('damaged', path, 'the seal cannot be read', { cause: e });
  }
}
