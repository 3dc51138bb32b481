import ExcelJS from 'exceljs';
import type { PlanWorkbook } from '../domain/example/workbook';
import { readXlsx } from './readSnapshot';
import { NUMBER_FORMATS, writePlanXlsx } from './writePlan';

const plan: PlanWorkbook = {
  tables: [
    {
      sheet: 'Åtgärder',
      table: 'Atgarder',
      columns: [
        { header: 'ID', kind: 'text', width: 6 },
        { header: 'Åtgärd', kind: 'text', width: 40 },
        { header: 'Slut', kind: 'date', width: 12 },
        { header: 'Budget (kr)', kind: 'amount', width: 14 },
        { header: 'Andel (%)', kind: 'percent', width: 10 },
      ],
      rows: [
        ['A01', '=HYPERLINK("http://intranet/x";"Klicka")', { date: '2011-06-30' }, 180_000, 0.5857],
        ['A02', 'Servicedesk', { date: '2011-02-30' }, '85 000 kr', { error: '#REF!' }],
        ['A03', null, { date: '2011-12-31' }, { error: '#DIV/0!' }, null],
      ],
    },
  ],
};

async function written(): Promise<{ bytes: Uint8Array; wb: ExcelJS.Workbook }> {
  const bytes = await writePlanXlsx(plan);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { bytes, wb };
}

describe('writePlanXlsx', () => {
  it('writes a real Excel table that reads back with the exact values', async () => {
    const { bytes } = await written();
    const snap = await readXlsx(bytes);
    expect(snap.tables.map((t) => [t.name, t.sheet])).toEqual([['Atgarder', 'Åtgärder']]);
    expect(snap.tables[0].range.values).toEqual([
      ['ID', 'Åtgärd', 'Slut', 'Budget (kr)', 'Andel (%)'],
      ['A01', '=HYPERLINK("http://intranet/x";"Klicka")', 40724, 180_000, 0.5857],
      ['A02', 'Servicedesk', '2011-02-30', '85 000 kr', { error: '#REF!' }],
      ['A03', null, 40908, { error: '#DIV/0!' }, null],
    ]);
  });

  it('keeps formula-looking text as a text value, never a formula', async () => {
    const { wb } = await written();
    const cell = wb.getWorksheet('Åtgärder')!.getCell('B2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe('@');
  });

  it('writes dates as real dates and amounts with the kronor format', async () => {
    const { wb } = await written();
    const ws = wb.getWorksheet('Åtgärder')!;
    expect(ws.getCell('C2').value).toEqual(new Date(Date.UTC(2011, 5, 30)));
    expect(ws.getCell('C2').numFmt).toBe(NUMBER_FORMATS.date);
    expect(ws.getCell('D2').numFmt).toBe(NUMBER_FORMATS.amount);
    expect(ws.getCell('E2').numFmt).toBe(NUMBER_FORMATS.percent);
  });

  it('writes error values as formulas whose cached result is the error', async () => {
    const { wb } = await written();
    const value = wb.getWorksheet('Åtgärder')!.getCell('E3').value as ExcelJS.CellFormulaValue;
    expect(value.result).toEqual({ error: '#REF!' });
  });

  it('freezes the header row and sets column widths', async () => {
    const { wb } = await written();
    const ws = wb.getWorksheet('Åtgärder')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getCell('A1').font?.bold).toBe(true);
  });
});
