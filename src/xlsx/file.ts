/**
 * Reading an .xlsx file from disk for the CLI: the bytes, then the snapshot. Every way a file can be
 * unreadable becomes a `CliError` with one clear line (exit code 2), never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { CliError } from '../cli/io';
import type { WorkbookSnapshot } from '../domain/snapshot';
import type { SnapshotOptions } from './readSnapshot';
import { loadWorkbook, snapshotFromWorkbook } from './readSnapshot';

/** Reads a file's bytes; a missing file, a directory or no permission is a CliError. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`cannot read ${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`cannot read ${path}: it is a directory, not an .xlsx file`);
    if (code === 'EACCES' || code === 'EPERM') throw new CliError(`cannot read ${path}: permission denied`);
    throw new CliError(`cannot read ${path}: ${firstLine(e)}`);
  }
}

function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0];
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

/** Loads .xlsx bytes (named `path` in messages) into an exceljs workbook, or throws a one-line CliError. */
export async function workbookFromBytes(bytes: Uint8Array, path: string): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new CliError(`cannot read ${path}: the file is empty`);
  if (looksLikeOle(bytes)) {
    throw new CliError(`cannot read ${path}: a password-protected workbook or an old .xls file; save it in Excel as .xlsx without a password`);
  }
  if (!looksLikeZip(bytes)) {
    throw new CliError(`cannot read ${path}: not an Excel workbook (.xlsx files are zip packages; this is not one)`);
  }
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(bytes);
  } catch (e) {
    throw new CliError(`cannot read ${path}: the workbook is damaged (${firstLine(e)})`);
  }
  if (wb.worksheets.length === 0) {
    throw new CliError(`cannot read ${path}: no worksheets found (is it an .xlsx workbook?)`);
  }
  return wb;
}

/** The snapshot of an .xlsx file; a missing, non-xlsx or corrupt file is a one-line CliError. */
export async function readSnapshotFromFile(path: string, options: SnapshotOptions = {}): Promise<WorkbookSnapshot> {
  const bytes = await readFileBytes(path);
  const wb = await workbookFromBytes(bytes, path);
  return snapshotFromWorkbook(wb, options);
}
