/**
 * *Spara uppföljning* through office-js over the typed fake host: one Excel.run, two syncs whatever is
 * written, a format on every written cell before its value (text `@`, so workbook text never becomes a
 * formula), the lists of the template on a new table, and a refusal after one sync when the table moved.
 * (What is written is held by the gateway contract, tests/gateway; this is what only Excel has.)
 */
import type { FollowUpRecordRow } from '../../src/domain/followup/record';
import { planFollowUpWrite } from '../../src/domain/record/followUpWrite';
import type { FollowUpWrite } from '../../src/domain/record/types';
import type { WorkbookSnapshot } from '../../src/domain/snapshot';
import { writeFollowUpToExcel } from '../../src/excel/followUpWriter';
import { exampleSnapshot } from '../builders/snapshot';
import { FakeExcelHost } from './fake/fakeExcel';
import { workbookFromSnapshot } from './fake/fromSnapshot';
import { cell, sheetOf, tableAddress } from './fake/workbook';

function rows(period: string, n: number): FollowUpRecordRow[] {
  return Array.from({ length: n }, (_, i) => ({ period, date: '2011-12-31', id: `A${i + 1}`, spent: 100 * i, forecast: 1000, status: 'Pågår', comment: i === 0 ? '=1+1' : null }));
}

function setup(snapshot: WorkbookSnapshot, records: readonly FollowUpRecordRow[]): { host: FakeExcelHost; write: FollowUpWrite; restore: () => void } {
  const host = new FakeExcelHost(workbookFromSnapshot(snapshot));
  const plan = planFollowUpWrite(snapshot, records);
  if (plan.kind !== 'write') throw new Error('no write');
  return { host, write: plan.write, restore: host.install() };
}

const HEADER = ['Period', 'Datum', 'ID', 'Utfall (kr)', 'Prognos (kr)', 'Status', 'Kommentar'];

function withHistory(n: number): WorkbookSnapshot {
  const base = exampleSnapshot();
  const values = [HEADER, ...Array.from({ length: n }, (_, i) => ['Tertial 1', 40663, `A${i + 1}`, 1, 2, 'Klar', null])];
  const range = { row: 0, col: 0, values };
  return { ...base, sheetNames: [...base.sheetNames, 'Uppföljning'], sheets: [...base.sheets, { name: 'Uppföljning', used: range }], tables: [...base.tables, { name: 'Uppfoljning', sheet: 'Uppföljning', range }] };
}

describe('writeFollowUpToExcel', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('creates the sheet and table in one run and two syncs, with formats and the template’s lists', async () => {
    const s = setup(exampleSnapshot(), rows('Helår 2011', 5));
    restore = s.restore;
    await writeFollowUpToExcel(s.write);
    expect(s.host.runs).toBe(1);
    expect(s.host.syncs).toHaveLength(2);
    const sheet = sheetOf(s.host.wb, 'Uppföljning');
    expect(cell(sheet, 'G2')).toMatchObject({ value: '=1+1', numberFormat: '@', isFormula: false });
    expect(cell(sheet, 'B2')).toMatchObject({ value: 40908, numberFormat: 'yyyy-mm-dd' });
    expect(cell(sheet, 'D3')).toMatchObject({ value: 100, numberFormat: '#,##0 "kr"' });
    expect([...sheet.validations.keys()].sort()).toEqual(['C2:C6', 'F2:F6']);
    expect(sheet.validations.get('C2:C6')?.rule?.list?.source).toBe('=INDIRECT("Atgarder[ID]")');
    expect(sheet.frozenRows).toBe(1);
    expect(s.host.wb.activeSheet).toBe('Uppföljning');
  });

  it('appends in two syncs however many rows, formatting the new rows before their values', async () => {
    const s = setup(withHistory(2), rows('Tertial 2', 40));
    restore = s.restore;
    await writeFollowUpToExcel(s.write);
    expect(s.host.syncs).toHaveLength(2);
    const t = s.host.wb.tables.find((x) => x.name === 'Uppfoljning')!;
    expect(tableAddress(t)).toBe('A1:G43');
    expect(cell(sheetOf(s.host.wb, 'Uppföljning'), 'G4')).toMatchObject({ value: '=1+1', isFormula: false });
    expect(cell(sheetOf(s.host.wb, 'Uppföljning'), 'A43').value).toBe('Tertial 2');
  });

  it('refuses after one sync, writing nothing, when the table no longer ends where it was read', async () => {
    const s = setup(withHistory(2), rows('Tertial 2', 1));
    restore = s.restore;
    s.host.wb.tables.find((x) => x.name === 'Uppfoljning')!.area = { row: 0, col: 0, rows: 4, cols: 7 };
    await expect(writeFollowUpToExcel(s.write, 'en')).rejects.toThrow('the table Uppfoljning changed since it was read; try again');
    expect(s.host.syncs).toHaveLength(1);
    expect(cell(sheetOf(s.host.wb, 'Uppföljning'), 'A4').value).toBe('');
  });

  it('refuses to create a second table when one has the name (tables and names share a namespace)', async () => {
    const s = setup(exampleSnapshot(), rows('Helår 2011', 1));
    restore = s.restore;
    s.host.wb.definedNames.push('UPPFOLJNING');
    await expect(writeFollowUpToExcel(s.write)).rejects.toThrow('arbetsboken har redan en tabell eller ett namn UPPFOLJNING');
    expect(s.host.wb.sheets.map((x) => x.name)).not.toContain('Uppföljning');
  });
});
