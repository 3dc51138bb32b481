/**
 * What kind of spreadsheet file the bytes are, told from its first bytes and its package (index.ts reads
 * it with the reader this names), and Plankoll's document settings in it. Apart from the readers: the
 * browser page fetches the .ods reader only for an .ods file (src/taskpane/harness/loadXlsx.ts).
 *
 * No Node imports: the CLI and the browser page share it.
 */
import { isOdsPackage } from '../ods/detect';
import { UnreadableWorkbook } from './errors';
import { DEFAULT_LIMITS } from './readXlsx';
import { readPlankollSettings } from './webExtension';
import { ZipPackage, looksLikeZip } from './zip';

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

export type PackageKind = 'xlsx' | 'ods';

/**
 * Which reader the bytes need: .xlsx/.xlsm or .ods. Throws UnreadableWorkbook for an empty file, an old
 * .xls, a password-protected workbook, or anything that is not a zip package.
 */
export function workbookPackage(data: ArrayBuffer | Uint8Array): { readonly bytes: Uint8Array; readonly kind: PackageKind } {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new UnreadableWorkbook('empty');
  if (looksLikeOle(bytes)) throw new UnreadableWorkbook(hasEncryptedPackage(bytes) ? 'encrypted' : 'oldXls');
  if (!looksLikeZip(bytes)) throw new UnreadableWorkbook('notWorkbook');
  return { bytes, kind: isOdsPackage(bytes) ? 'ods' : 'xlsx' };
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
