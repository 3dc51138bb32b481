/**
 * Reading a workbook file from disk for the CLI: the bytes, then the snapshot (src/xlsx/read: .xlsx,
 * .xlsm or .ods). Every way a file can be unreadable becomes an `XlsxError` with one clear line (the
 * CLI's exit code 2), never a stack trace or a library's message.
 */
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import type { WorkbookSnapshot } from '../domain/snapshot';
import type { XlsxErrorReason } from './errors';
import { XlsxError } from './errors';
import type { UnreadableKind, XlsxReadOptions } from './read';
import { UnreadableWorkbook, readWorkbookBytes } from './read';

/** Reads a file's bytes; a missing file, a directory or no permission is an XlsxError. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new XlsxError('notFound', path, 'no such file', { cause: e });
    if (code === 'EISDIR') throw new XlsxError('directory', path, 'it is a directory, not a workbook file', { cause: e });
    if (code === 'EACCES' || code === 'EPERM') throw new XlsxError('permission', path, 'permission denied', { cause: e });
    if (code === 'ERR_FS_FILE_TOO_LARGE') throw new XlsxError('tooLarge', path, 'the file is too large to be a workbook', { cause: e });
    throw new XlsxError('io', path, `the file cannot be opened (${code ?? 'unknown reason'})`, { cause: e });
  }
}

const REASON: Readonly<Record<UnreadableKind, XlsxErrorReason>> = {
  empty: 'empty',
  notWorkbook: 'notWorkbook',
  oldXls: 'oldXls',
  encrypted: 'encrypted',
  damaged: 'damaged',
  tooLarge: 'tooLarge',
  beyondLimits: 'beyondLimits',
  tooManyCells: 'tooLarge',
  unsupported: 'damaged',
};

/**
 * Node's zlib inflates a part several times faster than fflate (native code, no JIT warm-up): the
 * reader uses it for parts up to its whole-part limit. Any failure (a damaged stream, more than
 * `maxOutputLength`) is null: the reader then streams the part through fflate, which names the damage.
 */
export function nodeInflate(compressed: Uint8Array, maxOutputLength: number, sizeHint = 0): Uint8Array | null {
  try {
    // Output in one piece of the stated size, not 16 KB pieces joined at the end (a directory that
    // understates it only costs the joining again: never less than zlib's usual 16 KB pieces).
    const out = inflateRawSync(compressed, { maxOutputLength, chunkSize: Math.max(16 * 1024, sizeHint + 1) });
    // A plain Uint8Array view, not a Buffer: the scanner then sees one kind of array (faster element access).
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch {
    return null;
  }
}

/** The snapshot of a workbook's bytes (named `path` in messages), or a one-line XlsxError. */
export function snapshotFromBytes(bytes: Uint8Array, path: string, options: XlsxReadOptions = {}): WorkbookSnapshot {
  try {
    return readWorkbookBytes(bytes, { inflate: nodeInflate, ...options });
  } catch (e) {
    if (e instanceof UnreadableWorkbook) {
      throw new XlsxError(REASON[e.kind], path, e.describe('en'), { cause: e, detailIn: { sv: e.describe('sv'), en: e.describe('en') } });
    }
    throw e;
  }
}

/** The snapshot of a workbook file; a missing, non-workbook or damaged file is a one-line XlsxError. */
export async function readSnapshotFromFile(path: string, options: XlsxReadOptions = {}): Promise<WorkbookSnapshot> {
  return snapshotFromBytes(await readFileBytes(path), path, options);
}
