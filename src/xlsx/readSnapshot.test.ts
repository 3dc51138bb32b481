import ExcelJS from 'exceljs';
import { readXlsx, snapshotFromWorkbook } from './readSnapshot';
import type { WorkbookSnapshot } from '../domain/snapshot';

async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const bytes = await wb.xlsx.writeBuffer();
  return readXlsx(new Uint8Array(bytes as ArrayBuffer));
}

describe('readXlsx', () => {
  it('lists every sheet in tab order and reads each used range with a zero-based anchor', async () => {
    const snap = await roundTrip((wb) => {
      wb.addWorksheet('Första').getCell('C4').value = 'x';
      const s = wb.addWorksheet('Andra');
      s.getCell('B2').value = 1;
      s.getCell('D5').value = 2;
      wb.addWorksheet('Tom');
    });
    expect(snap.sheetNames).toEqual(['Första', 'Andra', 'Tom']);
    expect(snap.sheets[0].used).toEqual({ row: 3, col: 2, values: [['x']] });
    expect(snap.sheets[1].used.row).toBe(1);
    expect(snap.sheets[1].used.col).toBe(1);
    expect(snap.sheets[1].used.values).toEqual([
      [1, null, null],
      [null, null, null],
      [null, null, null],
      [null, null, 2],
    ]);
    expect(snap.sheets[2].used.values).toEqual([]);
  });

  it('converts every kind of cell value', async () => {
    const snap = await roundTrip((wb) => {
      const s = wb.addWorksheet('V');
      s.getCell('A1').value = 'text';
      s.getCell('A2').value = 2_290_000.5;
      s.getCell('A3').value = true;
      s.getCell('A4').value = { richText: [{ text: 'Mo' }, { font: { bold: true }, text: 'ra' }] };
      s.getCell('A5').value = { text: 'länk', hyperlink: 'https://mora.se' };
      s.getCell('A6').value = { formula: 'SUM(1,2)', result: 3 };
      s.getCell('A7').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      s.getCell('A8').value = { error: '#REF!' };
      const d = s.getCell('A9');
      d.value = new Date(Date.UTC(2011, 11, 31));
      d.numFmt = 'yyyy-mm-dd';
      s.getCell('A10').value = '2011-12-31';
      s.getCell('A11').value = '=HYPERLINK("http://x")';
      s.getCell('A12').value = { formula: 'A1', result: 'text' };
      s.getCell('A13').value = '85 000 kr';
    });
    const col = snap.sheets[0].used.values.map((r) => r[0]);
    expect(col).toEqual([
      'text',
      2_290_000.5,
      true,
      'Mora',
      'länk',
      3,
      { error: '#DIV/0!' },
      { error: '#REF!' },
      40908, // 2011-12-31 as an Excel serial
      '2011-12-31',
      '=HYPERLINK("http://x")',
      'text',
      '85 000 kr',
    ]);
  });

  it('reads Excel tables anywhere on a sheet, without the totals row', async () => {
    const snap = await roundTrip((wb) => {
      const s = wb.addWorksheet('Åtgärder');
      s.getCell('A1').value = 'Rubrik';
      s.addTable({
        name: 'Atgarder',
        ref: 'B3',
        headerRow: true,
        totalsRow: true,
        columns: [{ name: 'ID', totalsRowLabel: 'Summa' }, { name: 'Budget (kr)', totalsRowFunction: 'sum' }],
        rows: [
          ['A01', 100],
          ['A02', 200],
        ],
      });
    });
    expect(snap.tables).toHaveLength(1);
    const t = snap.tables[0];
    expect(t.name).toBe('Atgarder');
    expect(t.sheet).toBe('Åtgärder');
    expect(t.range.row).toBe(2);
    expect(t.range.col).toBe(1);
    expect(t.range.values).toEqual([
      ['ID', 'Budget (kr)'],
      ['A01', 100],
      ['A02', 200],
    ]);
    // The sheet's used range still starts at the title and includes the totals row.
    expect(snap.sheets[0].used.row).toBe(0);
    expect(snap.sheets[0].used.values).toHaveLength(6);
  });

  it('treats merged cells other than the top-left one as empty', async () => {
    const snap = await roundTrip((wb) => {
      const s = wb.addWorksheet('M');
      s.getCell('A1').value = 'rubrik';
      s.mergeCells('A1:C1');
      s.getCell('A2').value = 1;
    });
    // Without the merge rule exceljs would echo 'rubrik' into B1 and C1.
    expect(snap.sheets[0].used.values).toEqual([['rubrik'], [1]]);
  });

  it('reads number formats only when asked', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('F');
    s.getCell('A1').value = 5;
    s.getCell('A1').numFmt = '# ##0 "kr"';
    s.getCell('B1').value = 'x';
    expect(snapshotFromWorkbook(wb).sheets[0].used.numberFormats).toBeUndefined();
    expect(snapshotFromWorkbook(wb, { numberFormats: true }).sheets[0].used.numberFormats).toEqual([['# ##0 "kr"', '']]);
  });

  it('gives a table without a header row its column names as header', async () => {
    const snap = await roundTrip((wb) => {
      wb.addWorksheet('Roller').addTable({
        name: 'Roller',
        ref: 'B2',
        headerRow: false,
        columns: [{ name: 'Roll' }, { name: 'Namn' }],
        rows: [['IT-chef', 'Mikael']],
      });
    });
    expect(snap.tables[0].range).toEqual({ row: 0, col: 1, values: [['Roll', 'Namn'], ['IT-chef', 'Mikael']] });
  });

  it('reads dates of a 1904-system workbook as 1900-system serials', async () => {
    const snap = await roundTrip((wb) => {
      wb.properties.date1904 = true;
      const c = wb.addWorksheet('D').getCell('A1');
      c.value = new Date(Date.UTC(2011, 11, 31));
      c.numFmt = 'yyyy-mm-dd';
    });
    expect(snap.sheets[0].used.values).toEqual([[40908]]);
  });

  it('reads a used range too large for a dense block as ragged rows (a stray far cell)', async () => {
    const snap = await roundTrip((wb) => {
      const s = wb.addWorksheet('Anteckningar');
      s.getCell('A1').value = 'x';
      s.getCell('B2').value = 2;
      s.getCell('Z200000').value = 'y';
    });
    const values = snap.sheets[0].used.values;
    expect(values).toHaveLength(200_000);
    expect(values[0]).toEqual(['x']);
    expect(values[1]).toEqual([null, 2]);
    expect(values[2]).toEqual([]);
    expect(values[199_999]).toHaveLength(26);
    expect(values[199_999][25]).toBe('y');
  });

  it('rejects bytes that are not a workbook', async () => {
    await expect(readXlsx(new TextEncoder().encode('not a zip'))).rejects.toThrow();
  });
});
