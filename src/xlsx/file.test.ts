import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XlsxError } from './errors';
import type { XlsxErrorReason } from './errors';
import { readSnapshotFromFile } from './file';

const dir = mkdtempSync(join(tmpdir(), 'plankoll-file-'));

async function xlsxBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Roller').getCell('A1').value = 'Roll';
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function expectXlsxError(path: string, reason: XlsxErrorReason, pattern: RegExp): Promise<void> {
  const error = await readSnapshotFromFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxError);
  expect((error as XlsxError).reason).toBe(reason);
  const message = (error as XlsxError).message;
  expect(message).toMatch(pattern);
  expect(message).not.toContain('\n');
}

describe('readSnapshotFromFile', () => {
  it('reads a real workbook', async () => {
    const path = join(dir, 'ok.xlsx');
    writeFileSync(path, await xlsxBytes());
    const snap = await readSnapshotFromFile(path);
    expect(snap.sheetNames).toEqual(['Roller']);
    expect(snap.sheets[0].used.values).toEqual([['Roll']]);
  });

  it('says so when the file does not exist', async () => {
    await expectXlsxError(join(dir, 'saknas.xlsx'), 'notFound', /saknas\.xlsx: no such file/);
  });

  it('says so when the path is a directory', async () => {
    await expectXlsxError(dir, 'directory', /directory/);
  });

  it('refuses a file that is not a zip package', async () => {
    const path = join(dir, 'plan.csv');
    writeFileSync(path, 'ID;Åtgärd\nA01;x\n');
    await expectXlsxError(path, 'notWorkbook', /plan\.csv: not an Excel workbook \(\.xlsx\/\.xlsm\) or an \.ods spreadsheet$/);
  });

  const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const utf16 = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

  it('names an old .xls workbook as such, not as "not an Excel workbook"', async () => {
    const path = join(dir, 'gammal.xls');
    writeFileSync(path, new Uint8Array([...OLE, ...new Array<number>(504).fill(0), ...utf16('Workbook')]));
    await expectXlsxError(path, 'oldXls', /gammal\.xls: an old \.xls workbook; save it in Excel as \.xlsx$/);
  });

  it('names a password-protected workbook as such (an OLE file with an EncryptedPackage stream)', async () => {
    const path = join(dir, 'losenord.xlsx');
    writeFileSync(path, new Uint8Array([...OLE, ...new Array<number>(504).fill(0), ...utf16('EncryptedPackage')]));
    await expectXlsxError(path, 'encrypted', /losenord\.xlsx: the workbook is password-protected \(encrypted\)/);
  });

  it('refuses an empty file', async () => {
    const path = join(dir, 'empty.xlsx');
    writeFileSync(path, '');
    await expectXlsxError(path, 'empty', /empty/);
  });

  it('refuses a truncated (corrupt) workbook', async () => {
    const bytes = await xlsxBytes();
    const path = join(dir, 'trasig.xlsx');
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectXlsxError(path, 'damaged', /trasig\.xlsx: the workbook is damaged: the zip directory at the end of the file is missing/);
  });

  it('refuses a zip that holds no workbook', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hej');
    const path = join(dir, 'annan.zip');
    writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
    await expectXlsxError(path, 'notWorkbook', /cannot read .*annan\.zip: not an Excel workbook/);
  });
});
