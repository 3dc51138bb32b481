/** "Ny handlingsplan" through office-js (office-addin-mock): two syncs, the plan's tables, never the user's sheets. */
import { createTemplateInExcel } from '../../src/excel/templateWriter';
import { TemplateConflictError } from '../../src/domain/template/placement';
import { exampleTemplateOptions } from './exampleRows';
import { TemplateFakeWorkbook } from './templateMock';
import type { FakeSheet } from './templateMock';

const PLAN_SHEETS = ['Plan', 'Finansiering', 'Mål', 'Roller', 'Åtgärder'];

function snapshotOf(sheet: FakeSheet): unknown {
  return JSON.parse(JSON.stringify({ ...sheet, cells: [...sheet.cells], validations: [...sheet.validations], columnWidths: [...sheet.columnWidths] }));
}

function setup(build: (wb: TemplateFakeWorkbook) => void): TemplateFakeWorkbook {
  const wb = new TemplateFakeWorkbook();
  build(wb);
  wb.install();
  return wb;
}

describe('createTemplateInExcel in a new workbook', () => {
  let wb: TemplateFakeWorkbook;
  let result: { created: string[] };
  beforeAll(async () => {
    wb = setup((w) => w.addSheet('Blad1'));
    result = await createTemplateInExcel();
  });

  it('uses one Excel.run and two syncs', () => {
    expect(wb.runs).toBe(1);
    expect(wb.syncs).toBe(2);
  });

  it('renames the empty Blad1 to Plan and adds the other four sheets, in order', () => {
    expect(result.created).toEqual(PLAN_SHEETS);
    expect(wb.sheets.map((s) => s.name)).toEqual(PLAN_SHEETS);
    expect(wb.active?.name).toBe('Plan');
    expect(wb.selection).toEqual({ sheet: 'Plan', address: 'B2' });
  });

  it('creates the five Excel tables with headers, over header and data rows', () => {
    expect(wb.sheets.map((s) => s.tables)).toEqual([
      [{ name: 'Plan', address: 'A1:B8', hasHeaders: true, style: 'TableStyleMedium2' }],
      [{ name: 'Finansiering', address: 'A1:C4', hasHeaders: true, style: 'TableStyleMedium2' }],
      [{ name: 'Mal', address: 'A1:B2', hasHeaders: true, style: 'TableStyleMedium2' }],
      [{ name: 'Roller', address: 'A1:D2', hasHeaders: true, style: 'TableStyleMedium2' }],
      [{ name: 'Atgarder', address: 'A1:O2', hasHeaders: true, style: 'TableStyleMedium2' }],
    ]);
    const actions = wb.sheet('Åtgärder');
    const headers = 'ABCDEFGHIJKLMNO'.split('').map((c) => actions.cells.get(`${c}1`)?.value);
    expect(headers).toEqual(['ID', 'Åtgärd', 'MålID', 'Ansvarig', 'Beslutsfattare', 'Start', 'Slut', 'Status', 'Budget (kr)', 'Mora', 'Orsa', 'Älvdalen', 'Utfall (kr)', 'Prognos (kr)', 'Kommentar']);
    expect(wb.sheet('Finansiering').cells.get('A3')?.value).toBe('Orsa');
    expect(wb.sheet('Plan').cells.get('A5')?.value).toBe('Total budget (kr)');
    expect(wb.sheet('Plan').cells.get('B7')?.value).toBe(0.5);
  });

  it('formats amounts, dates and text, freezes every header row, sets widths', () => {
    const actions = wb.sheet('Åtgärder');
    expect(actions.cells.get('I2')?.numberFormat).toBe('#,##0 "kr"');
    expect(actions.cells.get('J2')?.numberFormat).toBe('#,##0 "kr"');
    expect(actions.cells.get('F2')?.numberFormat).toBe('yyyy-mm-dd');
    expect(actions.cells.get('A2')?.numberFormat).toBe('@');
    expect(wb.sheet('Finansiering').cells.get('C2')?.numberFormat).toBe('0.00%');
    expect(wb.sheet('Plan').cells.get('B3')?.numberFormat).toBe('yyyy-mm-dd'); // Beslutsdatum
    expect(wb.sheet('Plan').cells.get('B5')?.numberFormat).toBe('#,##0 "kr"'); // Total budget
    for (const s of wb.sheets) expect(s.frozenRows).toBe(1);
    expect(actions.columnWidths.get('B')).toBeGreaterThan(actions.columnWidths.get('A') ?? Infinity);
    expect(actions.columnWidths.size).toBe(15);
  });

  it('adds the drop-down lists to Åtgärder', () => {
    const v = wb.sheet('Åtgärder').validations;
    expect([...v.keys()].sort()).toEqual(['C2:C2', 'D2:D2', 'E2:E2', 'H2:H2']);
    expect(v.get('H2:H2')).toMatchObject({
      rule: { list: { inCellDropDown: true, source: 'Ej påbörjad,Pågår,Klar,Försenad,Avbruten' } },
      errorAlert: { showAlert: true, style: 'Stop' },
      ignoreBlanks: true,
    });
    expect(v.get('D2:D2')?.rule).toEqual({ list: { inCellDropDown: true, source: '=INDIRECT("Roller[Roll]")' } });
    expect(v.get('E2:E2')?.errorAlert?.style).toBe('Warning');
    expect(v.get('C2:C2')?.rule?.list?.source).toBe('=INDIRECT("Mal[MålID]")');
    expect(v.get('C2:C2')?.prompt).toMatchObject({ showPrompt: true, title: 'MålID' });
  });
});

describe('createTemplateInExcel next to the user’s sheets', () => {
  it('adds its sheets and leaves a user sheet exactly as it was', async () => {
    const wb = setup((w) => w.addSheet('Budget 2012', { A1: 'Konto', B1: '=SUM(B2:B9)', B2: 1200 }));
    const before = snapshotOf(wb.sheet('Budget 2012'));
    const result = await createTemplateInExcel();
    expect(result.created).toEqual(PLAN_SHEETS);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Budget 2012', ...PLAN_SHEETS]);
    expect(snapshotOf(wb.sheet('Budget 2012'))).toEqual(before);
    expect(wb.syncs).toBe(2);
  });

  it('does not reuse a single empty sheet the user has named', async () => {
    const wb = setup((w) => w.addSheet('Anteckningar'));
    await createTemplateInExcel();
    expect(wb.sheets.map((s) => s.name)).toEqual(['Anteckningar', ...PLAN_SHEETS]);
  });

  it('does not reuse Blad1 when it has content', async () => {
    const wb = setup((w) => w.addSheet('Blad1', { C3: 'mina siffror' }));
    await createTemplateInExcel();
    expect(wb.sheets.map((s) => s.name)).toEqual(['Blad1', ...PLAN_SHEETS]);
    expect(wb.sheet('Blad1').cells.get('C3')?.value).toBe('mina siffror');
  });
});

describe('createTemplateInExcel when the workbook already has a plan', () => {
  it('refuses, after one sync, with a Swedish message and nothing changed', async () => {
    const wb = setup((w) => {
      w.addSheet('Plan', { A1: 'Egenskap' });
      w.addSheet('ATGARDER', { A1: 'ID' });
    });
    const before = wb.sheets.map(snapshotOf);
    const error = await createTemplateInExcel().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateConflictError);
    expect((error as Error).message).toBe('Arbetsboken har redan en handlingsplan (Plan, ATGARDER). Inget har ändrats. Välj Ny handlingsplan i en ny, tom arbetsbok.');
    expect(wb.syncs).toBe(1);
    expect(wb.sheets.map(snapshotOf)).toEqual(before);
  });

  it('refuses, with nothing written, when a defined name already has a plan table’s name (tables and names share one namespace)', async () => {
    const wb = setup((w) => {
      w.addSheet('Budget 2012', { A1: 'Konto' });
      w.definedNames.push('plan');
    });
    const before = wb.sheets.map(snapshotOf);
    const error = await createTemplateInExcel().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateConflictError);
    expect((error as TemplateConflictError).conflicts).toEqual(['plan']);
    expect(wb.syncs).toBe(1);
    expect(wb.sheets.map(snapshotOf)).toEqual(before);
  });

  it('refuses when a plan table sits on a sheet of another name (English message on request)', async () => {
    const wb = setup((w) => w.addSheet('Data', { A1: 'Role' }, ['Roles']));
    await expect(createTemplateInExcel({}, 'en')).rejects.toThrow('The workbook already has an action plan (Roles). Nothing was changed.');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Data']);
  });
});

describe('createTemplateInExcel with data', () => {
  it('writes text as values: a formula-looking action name stays text', async () => {
    const wb = setup((w) => w.addSheet('Sheet1'));
    const options = exampleTemplateOptions();
    const actions = options.rows!.actions!.map((r) => [...r]);
    actions[0][1] = '=HYPERLINK("http://example.com","klicka")';
    await createTemplateInExcel({ ...options, rows: { ...options.rows, actions } });
    const cell = wb.sheet('Åtgärder').cells.get('B2');
    expect(cell).toEqual({ value: '=HYPERLINK("http://example.com","klicka")', numberFormat: '@', isFormula: false });
    for (const s of wb.sheets) for (const c of s.cells.values()) expect(c.isFormula).toBe(false);
    expect(wb.sheet('Åtgärder').cells.get('F2')).toMatchObject({ numberFormat: 'yyyy-mm-dd' });
    expect(typeof wb.sheet('Åtgärder').cells.get('F2')?.value).toBe('number');
    expect(wb.syncs).toBe(2);
  });
});
