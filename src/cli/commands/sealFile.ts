/** Shared by `plankoll seal` and `verify`: a workbook file's bytes, snapshot and stored seal. */
import type { WorkbookSnapshot } from '../../domain/snapshot';
import { readFileBytes, workbookFromBytes } from '../../xlsx/file';
import { snapshotFromWorkbook } from '../../xlsx/readSnapshot';
import { readSealFromXlsx } from '../../xlsx/sealStore';
import { CliError } from '../io';

export interface SealFile {
  readonly bytes: Uint8Array;
  /** With `seal` set from the file's custom XML part. */
  readonly snapshot: WorkbookSnapshot;
}

/** Reads a workbook for sealing or verifying; any unreadable file is a one-line CliError (exit 2). */
export async function readSealFile(path: string): Promise<SealFile> {
  const bytes = await readFileBytes(path);
  const snapshot = snapshotFromWorkbook(await workbookFromBytes(bytes, path));
  let seal: string | null;
  try {
    seal = await readSealFromXlsx(bytes);
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  return { bytes, snapshot: { ...snapshot, seal } };
}
