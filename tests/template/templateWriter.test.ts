/** "Ny handlingsplan" through office-js (the typed fake host): two syncs, the plan's tables, never the user's sheets. */
import { createTemplateInExcel } from '../../src/excel/templateWriter';
import { TemplateConflictError } from '../../src/domain/template/placement';
import { exampleTemplateOptions } from './exampleRows';
import { FakeExcelHost } from '../excel/fake/fakeExcel';
import type { FakeSheetData, FakeWorkbookData } from '../excel/fake/workbook';
import { addSheetCells, addTable, cell, cells, emptyWorkbook, sheetOf, tableAddress, tablesOn } from '../excel/fake/workbook';

const PLAN_SHEETS = ['Plan', 'Finansiering', 'Mål', 'Roller', 'Åtgärder', 'Uppföljning'];

/** Everything about a sheet a test can see, as plain data. */
function snapshotOf(wb: FakeWorkbookData, sheet: FakeSheetData): unknown {
  return JSON.parse(
    JSON.stringify({
      name: sheet.name,
      cells: [...cells(sheet)],
      tables: tablesOn(wb, sheet.name),
      validations: [...sheet.validations],
      columnWidths: [...sheet.columnWidths],
      frozenRows: sheet.frozenRows,
    }),
  );
}

/** The workbook and its host: `syncs` and `runs` count what the writer did. */
interface Setup {
  readonly wb: FakeWorkbookData;
  readonly host: FakeExcelHost;
  readonly sheets: FakeSheetData[];
  sheet(name: string): FakeSheetData;
}

let restore: () => void = () => undefined;
afterEach(() => restore());

function setup(build: (wb: FakeWorkbookData) => void): Setup {
  const wb = emptyWorkbook();
  build(wb);
  const host = new FakeExcelHost(wb);
  restore();
  restore = host.install();
  return { wb, host, sheets: wb.sheets, sheet: (name) => sheetOf(wb, name) };
}

describe('createTemplateInExcel in a new workbook', () => {
  let wb: Setup;
  let result: { created: string[] };
  beforeAll(async () => {
    wb = setup((w) => addSheetCells(w, 'Blad1'));
    result = await createTemplateInExcel();
  });

  it('uses one Excel.run and two syncs', () => {
    expect(wb.host.runs).toBe(1);
    expect(wb.host.syncs).toHaveLength(2);
  });

  it('renames the empty Blad1 to Plan and adds the other five sheets, in order', () => {
    expect(result.created).toEqual(PLAN_SHEETS);
    expect(wb.sheets.map((s) => s.name)).toEqual(PLAN_SHEETS);
    expect(wb.wb.activeSheet).toBe('Plan');
    expect(wb.wb.selection).toEqual({ sheet: 'Plan', address: 'B2' });
  });

  it('creates the six Excel tables with headers, over header and data rows', () => {
    expect(wb.sheets.map((s) => tablesOn(wb.wb, s.name).map((t) => [t.name, tableAddress(t), t.showHeaders, t.style]))).toEqual([
      [['Plan', 'A1:B8', true, 'TableStyleMedium2']],
      [['Finansiering', 'A1:C4', true, 'TableStyleMedium2']],
      [['Mal', 'A1:B2', true, 'TableStyleMedium2']],
      [['Roller', 'A1:D2', true, 'TableStyleMedium2']],
      [['Atgarder', 'A1:O2', true, 'TableStyleMedium2']],
      [['Uppfoljning', 'A1:G2', true, 'TableStyleMedium2']],
    ]);
    const actions = wb.sheet('Åtgärder');
    const headers = 'ABCDEFGHIJKLMNO'.split('').map((c) => cell(actions, `${c}1`).value);
    expect(headers).toEqual(['ID', 'Åtgärd', 'MålID', 'Ansvarig', 'Beslutsfattare', 'Start', 'Slut', 'Status', 'Budget (kr)', 'Mora', 'Orsa', 'Älvdalen', 'Utfall (kr)', 'Prognos (kr)', 'Kommentar']);
    expect(cell(wb.sheet('Finansiering'), 'A3').value).toBe('Orsa');
    expect(cell(wb.sheet('Plan'), 'A5').value).toBe('Total budget (kr)');
    expect(cell(wb.sheet('Plan'), 'B7').value).toBe(0.5);
  });

  it('formats amounts, dates and text, freezes every header row, sets widths', () => {
    const actions = wb.sheet('Åtgärder');
    expect(cell(actions, 'I2').numberFormat).toBe('#,##0 "kr"');
    expect(cell(actions, 'J2').numberFormat).toBe('#,##0 "kr"');
    expect(cell(actions, 'F2').numberFormat).toBe('yyyy-mm-dd');
    expect(cell(actions, 'A2').numberFormat).toBe('@');
    expect(cell(wb.sheet('Finansiering'), 'C2').numberFormat).toBe('0.00%');
    expect(cell(wb.sheet('Plan'), 'B3').numberFormat).toBe('yyyy-mm-dd'); // Beslutsdatum
    expect(cell(wb.sheet('Plan'), 'B5').numberFormat).toBe('#,##0 "kr"'); // Total budget
    for (const s of wb.sheets) expect(s.frozenRows).toBe(1);
    expect(actions.columnWidths.get('B')).toBeGreaterThan(actions.columnWidths.get('A') ?? Infinity);
    expect(actions.columnWidths.size).toBe(15);
  });

  it('adds the drop-down lists to Åtgärder', () => {
    const v = wb.sheet('Åtgärder').validations;
    expect([...v.keys()].sort()).toEqual(['C2', 'D2', 'E2', 'H2']);
    expect(v.get('H2')).toMatchObject({
      rule: { list: { inCellDropDown: true, source: 'Ej påbörjad,Pågår,Klar,Försenad,Avbruten' } },
      errorAlert: { showAlert: true, style: 'Stop' },
      ignoreBlanks: true,
    });
    expect(v.get('D2')?.rule).toEqual({ list: { inCellDropDown: true, source: '=INDIRECT("Roller[Roll]")' } });
    expect(v.get('E2')?.errorAlert?.style).toBe('Warning');
    expect(v.get('C2')?.rule?.list?.source).toBe('=INDIRECT("Mal[MålID]")');
    expect(v.get('C2')?.prompt).toMatchObject({ showPrompt: true, title: 'MålID' });
  });
});

describe('createTemplateInExcel next to the user’s sheets', () => {
  it('adds its sheets and leaves a user sheet exactly as it was', async () => {
    const wb = setup((w) => addSheetCells(w, 'Budget 2012', { A1: 'Konto', B1: '=SUM(B2:B9)', B2: 1200 }));
    const before = snapshotOf(wb.wb, wb.sheet('Budget 2012'));
    const result = await createTemplateInExcel();
    expect(result.created).toEqual(PLAN_SHEETS);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Budget 2012', ...PLAN_SHEETS]);
    expect(snapshotOf(wb.wb, wb.sheet('Budget 2012'))).toEqual(before);
    expect(wb.host.syncs).toHaveLength(2);
  });

  it('does not reuse a single empty sheet the user has named', async () => {
    const wb = setup((w) => addSheetCells(w, 'Anteckningar'));
    await createTemplateInExcel();
    expect(wb.sheets.map((s) => s.name)).toEqual(['Anteckningar', ...PLAN_SHEETS]);
  });

  it('does not reuse Blad1 when it has content', async () => {
    const wb = setup((w) => addSheetCells(w, 'Blad1', { C3: 'mina siffror' }));
    await createTemplateInExcel();
    expect(wb.sheets.map((s) => s.name)).toEqual(['Blad1', ...PLAN_SHEETS]);
    expect(cell(wb.sheet('Blad1'), 'C3').value).toBe('mina siffror');
  });
});

describe('createTemplateInExcel when the workbook already has a plan', () => {
  it('refuses, after one sync, with a Swedish message and nothing changed', async () => {
    const wb = setup((w) => {
      addSheetCells(w, 'Plan', { A1: 'Egenskap' });
      addSheetCells(w, 'ATGARDER', { A1: 'ID' });
    });
    const before = wb.sheets.map((s) => snapshotOf(wb.wb, s));
    const error = await createTemplateInExcel().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateConflictError);
    expect((error as Error).message).toBe('Arbetsboken har redan en handlingsplan (Plan, ATGARDER). Inget har ändrats. Välj Ny handlingsplan i en ny, tom arbetsbok.');
    expect(wb.host.syncs).toHaveLength(1);
    expect(wb.sheets.map((s) => snapshotOf(wb.wb, s))).toEqual(before);
  });

  it('refuses, with nothing written, when a defined name already has a plan table’s name (tables and names share one namespace)', async () => {
    const wb = setup((w) => {
      addSheetCells(w, 'Budget 2012', { A1: 'Konto' });
      w.definedNames.push('plan');
    });
    const before = wb.sheets.map((s) => snapshotOf(wb.wb, s));
    const error = await createTemplateInExcel().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateConflictError);
    expect((error as TemplateConflictError).conflicts).toEqual(['plan']);
    expect(wb.host.syncs).toHaveLength(1);
    expect(wb.sheets.map((s) => snapshotOf(wb.wb, s))).toEqual(before);
  });

  it('refuses when a plan table sits on a sheet of another name (English message on request)', async () => {
    const wb = setup((w) => addTable(w, { name: 'Roles', sheet: 'Data', rows: [['Role'], ['Controller']] }));
    await expect(createTemplateInExcel({}, 'en')).rejects.toThrow('The workbook already has an action plan (Roles). Nothing was changed.');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Data']);
  });
});

describe('createTemplateInExcel with data', () => {
  it('writes text as values: a formula-looking action name stays text', async () => {
    const wb = setup((w) => addSheetCells(w, 'Sheet1'));
    const options = exampleTemplateOptions();
    const actions = options.rows!.actions!.map((r) => [...r]);
    actions[0][1] = '=HYPERLINK("http://example.com","klicka")';
    await createTemplateInExcel({ ...options, rows: { ...options.rows, actions } });
    expect(cell(wb.sheet('Åtgärder'), 'B2')).toEqual({ value: '=HYPERLINK("http://example.com","klicka")', numberFormat: '@', isFormula: false });
    for (const s of wb.sheets) for (const c of cells(s).values()) expect(c.isFormula).toBe(false);
    expect(cell(wb.sheet('Åtgärder'), 'F2')).toMatchObject({ numberFormat: 'yyyy-mm-dd' });
    expect(typeof cell(wb.sheet('Åtgärder'), 'F2').value).toBe('number');
    expect(wb.host.syncs).toHaveLength(2);
  });
});
