/**
 * Reading an .xlsx file from disk for the CLI: the bytes, then the snapshot. Every way a file can be
 * unreadable becomes an `XlsxError` with one clear line (the CLI's exit code 2), never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../domain/snapshot';
import { XlsxError, firstLine } from './errors';
import type { SnapshotOptions } from './readSnapshot';
import { loadWorkbook, snapshotFromWorkbook } from './readSnapshot';

/** Reads a file's bytes; a missing file, a directory or no permission is an XlsxError. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new XlsxError('notFound', path, 'no such file', { cause: e });
    if (code === 'EISDIR') throw new XlsxError('directory', path, 'it is a directory, not an .xlsx file', { cause: e });
    if (code === 'EACCES' || code === 'EPERM') throw new XlsxError('permission', path, 'permission denied', { cause: e });
    throw new XlsxError('io', path, firstLine(e), { cause: e });
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && ZIP_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** An OLE compound file: an old .xls workbook, or an .xlsx that Excel encrypted with a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function looksLikeOle(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Loads .xlsx bytes (named `path` in messages) into an exceljs workbook, or throws a one-line XlsxError. */
export async function workbookFromBytes(bytes: Uint8Array, path: string): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new XlsxError('empty', path, 'the file is empty');
  if (looksLikeOle(bytes)) {
    throw new XlsxError('encrypted', path, 'a password-protected workbook or an old .xls file; save it in Excel as .xlsx without a password');
  }
  if (!looksLikeZip(bytes)) {
    throw new XlsxError('notZip', path, 'not an Excel workbook (.xlsx files are zip packages; this is not one)');
  }
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(bytes);
  } catch (e) {
    throw new XlsxError('damaged', path, `the workbook is damaged (${firstLine(e)})`, { cause: e });
  }
  if (wb.worksheets.length === 0) {
    throw new XlsxError('noWorksheets', path, 'no worksheets found (is it an .xlsx workbook?)');
  }
  return wb;
}

/** The snapshot of an .xlsx file; a missing, non-xlsx or corrupt file is a one-line XlsxError. */
export async function readSnapshotFromFile(path: string, options: SnapshotOptions = {}): Promise<WorkbookSnapshot> {
  const bytes = await readFileBytes(path);
  const wb = await workbookFromBytes(bytes, path);
  return snapshotFromWorkbook(wb, options);
}
