/** Skriv till blad over the typed fake host: the Avvikelser sheet in three syncs, whatever the number of findings. */
import type { Finding } from '../../src/domain/finding';
import { findingsSheetLayout } from '../../src/domain/export/findings';
import { FINDINGS_OWNER, writeFindingsSheet } from '../../src/excel/findingsWriter';
import { OWNER_MARKER, writeSummarySheet } from '../../src/excel/summaryWriter';
import { FakeExcelHost } from './fake/fakeExcel';
import type { FakeWorkbookData } from './fake/workbook';
import { addSheetCells, cell, emptyWorkbook, sheetOf, tableAddress, tablesOn } from './fake/workbook';

let host: FakeExcelHost;
let restore: () => void = () => undefined;
afterEach(() => restore());

function installExcel(): FakeWorkbookData {
  const wb = emptyWorkbook();
  addSheetCells(wb, 'Åtgärder', { A1: 'ID', A2: 'A1' });
  host = new FakeExcelHost(wb);
  restore = host.install();
  return wb;
}

function findings(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    code: 'B003',
    severity: i % 2 === 0 ? 'error' : 'warning',
    sheet: 'Åtgärder',
    cell: `I${i + 2}`,
    actionId: `A${i + 1}`,
    message: i === 0 ? '=HYPERLINK("http://evil.example","klicka")' : `Andelarna summerar inte till budgeten (${i})`,
    expected: 100_000,
    actual: i === 0 ? '-1+1' : 90_000,
  }));
}

describe('writeFindingsSheet', () => {
  it.each([3, 2_000])('writes %i findings as a table of values in one Excel.run and three syncs', async (n) => {
    const wb = installExcel();
    expect(await writeFindingsSheet(findingsSheetLayout(findings(n), 'sv'))).toEqual({ sheetName: 'Avvikelser' });
    expect(host.runs).toBe(1);
    expect(host.syncs.length).toBe(3);
    const sheet = sheetOf(wb, 'Avvikelser');
    expect(wb.activeSheet).toBe('Avvikelser');
    expect(['A1', 'B1', 'F1', 'H1'].map((a) => cell(sheet, a).value)).toEqual(['Kod', 'Allvarlighetsgrad', 'Meddelande', 'Faktiskt']);
    expect(cell(sheet, 'A2')).toMatchObject({ value: 'B003', numberFormat: '@' });
    expect(cell(sheet, 'G2')).toMatchObject({ value: 100_000, isFormula: false });
    // Formula-looking text is text: the `@` format goes on before the value.
    expect(cell(sheet, 'F2')).toMatchObject({ value: '=HYPERLINK("http://evil.example","klicka")', numberFormat: '@', isFormula: false });
    expect(cell(sheet, 'H2')).toMatchObject({ value: '-1+1', numberFormat: '@', isFormula: false });
    expect(tablesOn(wb, 'Avvikelser').map((t) => [t.name, tableAddress(t)])).toEqual([['PK_Avvikelser', `A1:H${n + 1}`]]);
    expect(sheet.names.get(FINDINGS_OWNER.marker)).toMatchObject({ value: 'Avvikelser' });
    expect(sheet.names.get(OWNER_MARKER)).toBeUndefined();
  });

  it('is not the summary: each replaces only its own sheet', async () => {
    const wb = installExcel();
    await writeFindingsSheet(findingsSheetLayout(findings(2), 'sv'));
    await writeSummarySheet({ sheetName: 'Sammanfattning', blocks: [{ address: 'A1', values: [['s']] }], fills: [], tables: [], charts: [] });
    await writeFindingsSheet(findingsSheetLayout(findings(1), 'en'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Åtgärder', 'Avvikelser', 'Sammanfattning']);
    expect(cell(sheetOf(wb, 'Avvikelser'), 'A1').value).toBe('Code');
    expect(cell(sheetOf(wb, 'Sammanfattning'), 'A1').value).toBe('s');
  });
});
