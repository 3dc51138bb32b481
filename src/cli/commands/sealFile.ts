/** Shared by `plankoll seal` and `verify`: a workbook file's bytes, snapshot and stored seal. */
import type { WorkbookSnapshot } from '../../domain/snapshot';
import { readFileBytes, snapshotFromBytes } from '../../xlsx/file';
import { readSealFromXlsx } from '../../xlsx/sealStore';
import { XlsxError } from '../../xlsx/errors';

export interface SealFile {
  readonly bytes: Uint8Array;
  /** With `seal` set from the file's custom XML part. */
  readonly snapshot: WorkbookSnapshot;
}

/** Reads a workbook for sealing or verifying; any unreadable file is an XlsxError (one line, exit 2). */
export async function readSealFile(path: string): Promise<SealFile> {
  const bytes = await readFileBytes(path);
  const snapshot = snapshotFromBytes(bytes, path);
  let seal: string | null;
  try {
    seal = await readSealFromXlsx(bytes);
  } catch (e) {
    throw new XlsxError('damaged', path, 'the seal part cannot be read', { cause: e });
  }
  return { bytes, snapshot: { ...snapshot, seal } };
}
