/** Shared by `plankoll seal`, `verify`, `record` and `report`: a workbook file's bytes and snapshot with its stored seal. */
import { sealSheetRecord } from '../../domain/seal/sheetCopy';
import { copiesOf } from '../../domain/seal/stored';
import type { WorkbookSnapshot } from '../../domain/snapshot';
import { readFileBytes, snapshotFromBytes } from '../../xlsx/file';

export interface SealFile {
  readonly bytes: Uint8Array;
  /** With `seal` set to both copies: the custom XML part and the very hidden sheet. */
  readonly snapshot: WorkbookSnapshot;
}

/**
 * Reads a workbook for sealing or verifying; any unreadable file is an XlsxError (one line, exit 2). The
 * file reader reads both copies of the seal in its one pass: the custom XML part, and the seal sheet's
 * cells like any other sheet's (an .ods file has neither).
 */
export async function readSealFile(path: string): Promise<SealFile> {
  const bytes = await readFileBytes(path);
  const snapshot = snapshotFromBytes(bytes, path);
  return { bytes, snapshot: { ...snapshot, seal: { part: copiesOf(snapshot.seal).part, sheet: sealSheetRecord(snapshot.sheets) } } };
}
