/**
 * A spreadsheet file's bytes → WorkbookSnapshot, whatever it is: .xlsx/.xlsm (readXlsx.ts) or .ods
 * (../ods). Tells apart, from the first bytes, what cannot be read: an empty file, an old .xls, a
 * password-protected workbook, anything that is no spreadsheet. Throws only UnreadableWorkbook for a
 * file that is not a readable workbook; any other exception is a bug.
 *
 * No Node imports: the CLI and the browser page share it.
 */
import type { WorkbookSnapshot } from '../../domain/snapshot';
import { readOdsSnapshot, isOdsPackage } from '../ods/readOds';
import { UnreadableWorkbook } from './errors';
import type { XlsxReadOptions } from './readXlsx';
import { DEFAULT_LIMITS, readXlsxSnapshot } from './readXlsx';
import { readPlankollSettings } from './webExtension';
import { ZipPackage, looksLikeZip } from './zip';

export { UnreadableWorkbook } from './errors';
export type { UnreadableKind } from './errors';
export type { ReaderLimits, XlsxReadOptions } from './readXlsx';
export { DEFAULT_LIMITS } from './readXlsx';
export type { WholeInflate } from './zip';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function looksLikeOle(b: Uint8Array): boolean {
  return b.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((x, i) => b[i] === x);
}

/** An encrypted Office file is an OLE compound file with an `EncryptedPackage` stream (its name is UTF-16). */
function hasEncryptedPackage(b: Uint8Array): boolean {
  const name = 'EncryptedPackage';
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) if (b[i + 2 * k] !== name.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** Reads .xlsx, .xlsm or .ods bytes. */
export function readWorkbookBytes(data: ArrayBuffer | Uint8Array, options: XlsxReadOptions = {}): WorkbookSnapshot {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new UnreadableWorkbook('empty');
  if (looksLikeOle(bytes)) throw new UnreadableWorkbook(hasEncryptedPackage(bytes) ? 'encrypted' : 'oldXls');
  if (!looksLikeZip(bytes)) throw new UnreadableWorkbook('notWorkbook');
  if (isOdsPackage(bytes)) return readOdsSnapshot(bytes, options);
  return readXlsxSnapshot(bytes, options);
}

/**
 * Plankoll's document settings stored in the file (name → the value's JSON text, as Office keeps them in
 * the add-in's web-extension part): empty for a file without them, an .ods, anything not a package, or a
 * web-extension part that is not well-formed.
 */
export function readDocumentSettings(data: ArrayBuffer | Uint8Array): Map<string, string> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (!looksLikeZip(bytes) || isOdsPackage(bytes)) return new Map();
  try {
    return readPlankollSettings(ZipPackage.open(bytes, DEFAULT_LIMITS.maxUnpackedBytes));
  } catch (e) {
    // A damaged web-extension part costs only the settings (auto-open reads as off), not the workbook.
    if (e instanceof UnreadableWorkbook) return new Map();
    throw e;
  }
}
