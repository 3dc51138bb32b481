/**
 * Whether a zip package is an .ods: apart from the .ods reader (readOds.ts), so that what only tells the
 * kinds of file apart (../read/open.ts) does not bring the reader with it (the browser page fetches the
 * .ods reader only when an .ods file is opened).
 */
import { UnreadableWorkbook } from '../read/errors';
import { ZipPackage } from '../read/zip';

const MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/** True for a zip package whose `mimetype` entry says it is an OpenDocument spreadsheet. */
export function isOdsPackage(bytes: Uint8Array): boolean {
  try {
    const zip = ZipPackage.open(bytes, 1024);
    return zip.entry('mimetype') !== undefined && zip.text('mimetype')?.trim() === MIME;
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return false;
    throw e;
  }
}
