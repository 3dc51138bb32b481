import { OWNER_MARKER, writeSummarySheet } from '../../src/excel/summaryWriter';
import { layoutSummary } from '../../src/domain/summary/layoutSummary';
import { summarize } from '../../src/domain/summary/summarize';
import type { SheetLayout } from '../../src/domain/summary/layout';
import { makeAction, makeInfo, makePlan } from '../builders/model';
import { FakeExcelHost } from './fake/fakeExcel';
import type { FakeWorkbookData } from './fake/workbook';
import { addSheetCells, addTable, cell, cells, emptyWorkbook, renameSheet, sheetOf, tableAddress, tablesOn } from './fake/workbook';
import { generateSummary } from '../../src/domain/summary/generate';
import type { WorkbookGateway } from '../../src/domain/gateway';
import { readSnapshotFromFile } from '../../src/xlsx/file';

const META = { generatedAt: '2011-06-30T14:05', counts: { error: 0, warning: 2, info: 0 }, seal: 'Ej förseglad' };

function layoutOf(actions = makePlan().actions ?? [], name = 'Handlingsplan för styrning av IS/IT'): SheetLayout {
  return layoutSummary(summarize(makePlan({ info: makeInfo({ name }), actions }), '2011-06-30'), META);
}

function planWorkbook(): FakeWorkbookData {
  const wb = emptyWorkbook();
  addSheetCells(wb, 'Plan', { A1: 'Egenskap', B1: 'Värde' });
  addSheetCells(wb, 'Åtgärder', { A1: 'ID', A2: 'A1' });
  return wb;
}

let host: FakeExcelHost;
let restore: () => void = () => undefined;
afterEach(() => restore());

function installExcel(wb: FakeWorkbookData): FakeExcelHost {
  host = new FakeExcelHost(wb);
  restore = host.install();
  return host;
}

/** The tables of a sheet as [name, address, has headers, style]. */
function tableRows(wb: FakeWorkbookData, sheet: string): unknown[][] {
  return tablesOn(wb, sheet).map((t) => [t.name, tableAddress(t), t.showHeaders, t.style]);
}

describe('writeSummarySheet', () => {
  it('writes values, formats, tables and charts in one Excel.run with at most 3 syncs', async () => {
    const wb = planWorkbook();
    installExcel(wb);
    const result = await writeSummarySheet(layoutOf());

    expect(result).toEqual({ sheetName: 'Sammanfattning' });
    expect(host.runs).toBe(1);
    expect(host.syncs.length).toBeLessThanOrEqual(3);
    expect(wb.calculationSuspensions).toBe(1);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Plan', 'Åtgärder', 'Sammanfattning']);
    const sheet = sheetOf(wb, 'Sammanfattning');
    expect(wb.activeSheet).toBe('Sammanfattning');
    expect(cell(sheet, 'A1')).toMatchObject({ value: 'Handlingsplan för styrning av IS/IT', bold: true, size: 16, numberFormat: '@' });
    expect(cell(sheet, 'B9')).toMatchObject({ value: 3_910_000, numberFormat: '#,##0 "kr"', isFormula: false });
    expect(cell(sheet, 'B2')).toMatchObject({ value: 40_724, numberFormat: 'yyyy-mm-dd' });
    expect(cell(sheet, 'G42')).toMatchObject({ value: 'Grön', fill: '#C6EFCE', fontColor: '#006100' });
    expect(tableRows(wb, 'Sammanfattning')).toEqual([
      ['PK_Kommuner', 'A35:D38', true, 'TableStyleMedium2'],
      ['PK_Mal', 'A41:H44', true, 'TableStyleMedium2'],
      ['PK_Status', 'A47:B52', true, 'TableStyleMedium2'],
    ]);
    expect(sheet.charts.map((c) => [c.type, c.source, c.seriesBy, c.title, c.position])).toEqual([
      ['ColumnClustered', 'A35:C38', 'Columns', 'Budget och utfall per kommun', ['A17', 'D32']],
      ['Doughnut', 'A47:B52', 'Columns', 'Åtgärder per status', ['E17', 'H32']],
      ['BarClustered', 'A41:B44', 'Columns', 'Budget per mål', ['I17', 'N32']],
    ]);
    expect(sheet.columnWidths.get('H')).toBeGreaterThan(sheet.columnWidths.get('E') ?? Infinity);
    expect(sheet.names.get(OWNER_MARKER)).toMatchObject({ value: 'Sammanfattning' });
  });

  it('draws each chart from its description: colours, value labels in the number format, legend below', async () => {
    const wb = planWorkbook();
    installExcel(wb);
    await writeSummarySheet(layoutOf());
    const charts = sheetOf(wb, 'Sammanfattning').charts;
    const municipality = charts.find((c) => c.name === 'PK_Diagram_Kommuner');
    expect(municipality).toMatchObject({
      legendPosition: 'Bottom',
      dataLabels: { showValue: true, numberFormat: '#,##0 "kr"' },
      valueAxisFormat: '#,##0 "kr"',
      seriesColors: { 0: '#1F4E79', 1: '#5B9BD5' },
    });
    const status = charts.find((c) => c.name === 'PK_Diagram_Status');
    expect(status).toMatchObject({ dataLabels: { showValue: true, showCategoryName: true, numberFormat: '0' } });
    expect(Object.keys(status?.pointColors ?? {})).toHaveLength(5);
    // The default plan has no delayed or cancelled action: those slices are empty and carry no label.
    expect(status?.pointsWithoutLabel).toEqual(expect.arrayContaining([3, 4]));
    expect(status?.valueAxisFormat).toBeUndefined();
  });

  it('sets the page layout: A4 landscape, one page wide, print area, header, footer, page break, no gridlines', async () => {
    const wb = planWorkbook();
    installExcel(wb);
    const layout = layoutOf();
    await writeSummarySheet(layout);
    const sheet = sheetOf(wb, 'Sammanfattning');
    expect(sheet.print).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printGridlines: false,
      centerHorizontally: true,
      printArea: layout.print?.area,
    });
    expect(sheet.print.printArea).toMatch(/^A1:N\d+$/);
    expect(sheet.print.headersFooters).toEqual({
      leftHeader: '',
      centerHeader: '&"-,Bold"&12Handlingsplan för styrning av IS/IT',
      rightHeader: '',
      leftFooter: 'Rapportdatum 2011-06-30 · Validering: 0 fel, 2 varningar',
      centerFooter: 'Ej förseglad',
      rightFooter: 'Sida &P av &N',
    });
    // Page 1: heading, totals, charts; the tables start on page 2.
    expect(sheet.pageBreaks).toEqual(['A34']);
    expect(host.syncs).toHaveLength(3);
  });

  it('keeps workbook text that looks like a formula as text', async () => {
    const wb = planWorkbook();
    installExcel(wb);
    const layout = layoutOf(
      [makeAction({ id: 'A1', name: '=HYPERLINK("http://evil.example","x")', responsible: '=CMD()', end: '2011-05-31', status: 'inProgress' })],
      '=HYPERLINK("http://evil.example","Plan")',
    );
    await writeSummarySheet(layout);
    const sheet = sheetOf(wb, 'Sammanfattning');
    const formulas = [...cells(sheet).entries()].filter(([, c]) => c.isFormula).map(([a]) => a);
    expect(formulas).toEqual([]);
    expect(cell(sheet, 'A1')).toMatchObject({ value: '=HYPERLINK("http://evil.example","Plan")', numberFormat: '@' });
    const texts = [...cells(sheet).values()].map((c) => c.value);
    expect(texts).toContain('=HYPERLINK("http://evil.example","x")');
    expect(texts).toContain('=CMD()');
  });

  it('never overwrites a user’s own Sammanfattning: writes Sammanfattning (2) and leaves the user’s sheet alone', async () => {
    const wb = planWorkbook();
    const own = addSheetCells(wb, 'Sammanfattning', { A1: 'Mina anteckningar', B2: 42 });
    installExcel(wb);
    const result = await writeSummarySheet(layoutOf());
    expect(result.sheetName).toBe('Sammanfattning (2)');
    expect(sheetOf(wb, 'Sammanfattning')).toBe(own);
    expect([...cells(own).entries()]).toEqual([
      ['A1', { value: 'Mina anteckningar', numberFormat: 'General', isFormula: false }],
      ['B2', { value: 42, numberFormat: 'General', isFormula: false }],
    ]);
    expect(tablesOn(wb, 'Sammanfattning')).toEqual([]);
    expect(own.names.size).toBe(0);
    expect(tablesOn(wb, 'Sammanfattning (2)')).toHaveLength(3);
  });

  it('regenerating replaces its own sheet in place: same name and position, fresh content, table names kept', async () => {
    const wb = planWorkbook();
    installExcel(wb);
    await writeSummarySheet(layoutOf());
    // The user moves the summary between the plan's sheets and adds a sheet of their own last.
    const first = sheetOf(wb, 'Sammanfattning');
    wb.sheets.splice(wb.sheets.indexOf(first), 1);
    wb.sheets.splice(1, 0, first);
    addSheetCells(wb, 'Anteckningar', { A1: 'egen text' });
    const syncsBefore = host.syncs.length;

    const result = await writeSummarySheet(layoutOf([makeAction({ id: 'X1', budget: 500_000, shares: { Mora: 500_000, Orsa: 0, Älvdalen: 0 } })]));

    expect(result.sheetName).toBe('Sammanfattning');
    expect(host.syncs.length - syncsBefore).toBeLessThanOrEqual(3);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Plan', 'Sammanfattning', 'Åtgärder', 'Anteckningar']);
    const second = sheetOf(wb, 'Sammanfattning');
    expect(second).not.toBe(first);
    expect(cell(second, 'B9').value).toBe(500_000);
    expect(wb.tables.map((t) => t.name).sort()).toEqual(['PK_Kommuner', 'PK_Mal', 'PK_Status']);
    expect(second.charts).toHaveLength(3);
    expect(cell(sheetOf(wb, 'Anteckningar'), 'A1').value).toBe('egen text');
  });

  it('finds its own sheet after the user renamed it, and keeps that name', async () => {
    const wb = planWorkbook();
    installExcel(wb);
    await writeSummarySheet(layoutOf());
    renameSheet(wb, sheetOf(wb, 'Sammanfattning'), 'Status juni');
    const result = await writeSummarySheet(layoutOf());
    expect(result.sheetName).toBe('Status juni');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Plan', 'Åtgärder', 'Status juni']);
  });

  it('gives its tables free names when a user’s table already has one', async () => {
    const wb = planWorkbook();
    addTable(wb, { name: 'PK_Status', sheet: 'Plan', rows: [['Egenskap', 'Värde'], ['Status', 'Klar'], ['Kommun', 'Mora']] });
    installExcel(wb);
    await writeSummarySheet(layoutOf());
    expect(tablesOn(wb, 'Sammanfattning').map((t) => t.name)).toEqual(['PK_Kommuner', 'PK_Mal', 'PK_Status2']);
    expect(tablesOn(wb, 'Plan').map((t) => t.name)).toEqual(['PK_Status']);
  });

  it('uses 3 syncs however many actions are overdue (2 000 here)', async () => {
    const wb = planWorkbook();
    installExcel(wb);
    const actions = Array.from({ length: 2000 }, (_, i) =>
      makeAction({ id: `A${i + 1}`, end: '2011-01-31', status: 'inProgress', budget: 1000, shares: { Mora: 1000, Orsa: 0, Älvdalen: 0 } }),
    );
    await writeSummarySheet(layoutOf(actions));
    expect(host.syncs).toHaveLength(3);
    const overdue = tablesOn(wb, 'Sammanfattning').find((t) => t.name === 'PK_Forsenade');
    const address = overdue ? tableAddress(overdue) : '';
    expect(address).toMatch(/^A\d+:E\d+$/);
    const [from, to] = address.split(':').map((a) => Number(a.slice(1)));
    expect(to - from).toBe(2000);
  });

  it('writes content over Excel on the web’s 5 MB request limit in batches under it, the old sheet kept until the last', async () => {
    const wb = planWorkbook();
    installExcel(wb);
    await writeSummarySheet(layoutOf());
    const before = sheetOf(wb, 'Sammanfattning');
    // 60 000 rows of long text in one block: some 6.5 MB of values and formats.
    const text = 'Åtgärd med ett långt namn som fyller cellen, för att ge ett stort sheet ';
    const big: SheetLayout = { ...layoutOf(), blocks: [...layoutOf().blocks, { address: 'A200', values: Array.from({ length: 60_000 }, (_, i) => [`${text}${i}`, i]) }] };
    host.syncs.length = 0;
    await writeSummarySheet(big);
    expect(host.syncs.length).toBeGreaterThan(3);
    expect(Math.max(...host.syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(4_000_000);
    // More than one request can carry.
    expect(host.syncs.reduce((n, s) => n + s.requestBytes, 0)).toBeGreaterThan(5_000_000);
    const sheet = sheetOf(wb, 'Sammanfattning');
    expect(sheet).not.toBe(before);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Plan', 'Åtgärder', 'Sammanfattning']);
    expect(cell(sheet, 'A200')).toMatchObject({ value: `${text}0`, numberFormat: '@' });
    expect(cell(sheet, 'A60199')).toMatchObject({ value: `${text}59999`, numberFormat: '@' });
    expect(cell(sheet, 'B60199')).toMatchObject({ value: 59_999 });
    expect(cell(sheet, 'A1')).toMatchObject({ value: 'Handlingsplan för styrning av IS/IT', bold: true });
    expect(sheet.names.get(OWNER_MARKER)).toMatchObject({ value: 'Sammanfattning' });
    expect(tableRows(wb, 'Sammanfattning').map((t) => t[0])).toEqual(['PK_Kommuner', 'PK_Mal', 'PK_Status']);
  });

  it('leaves no half-written sheet when a batch fails: the old summary stays as it was', async () => {
    const wb = planWorkbook();
    installExcel(wb);
    await writeSummarySheet(layoutOf());
    const before = sheetOf(wb, 'Sammanfattning');
    const text = 'x'.repeat(200);
    // 6 MB in batches the writer sends, then one row over the whole limit: its batch is refused whatever the writer does.
    const row = Array.from({ length: 16_000 }, () => 'y'.repeat(400));
    const huge: SheetLayout = { ...layoutOf(), blocks: [...layoutOf().blocks, { address: 'A200', values: Array.from({ length: 30_000 }, () => [text]) }, { address: 'A40000', values: [row] }] };
    host.syncs.length = 0;
    await expect(writeSummarySheet(huge)).rejects.toThrow(/request payload size \(\d+ bytes\) has exceeded the limit/);
    expect(host.syncs.length).toBeGreaterThan(4);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Plan', 'Åtgärder', 'Sammanfattning']);
    expect(sheetOf(wb, 'Sammanfattning')).toBe(before);
  });

  it('propagates a failed write instead of swallowing it', async () => {
    const wb = planWorkbook();
    installExcel(wb);
    const layout = layoutOf();
    // Two tables of the same name: Excel refuses the second at sync, and the writer must let that through.
    const clash: SheetLayout = { ...layout, tables: [...layout.tables, layout.tables[0]] };
    await expect(writeSummarySheet(clash)).rejects.toThrow(/ItemAlreadyExists/);
  });
});

describe('the example workbook end to end: file snapshot -> generateSummary -> office-js writer', () => {
  it('writes the 2011 plan’s summary with its nine goals, M5 amber, in 3 syncs', async () => {
    const snapshot = await readSnapshotFromFile('examples/handlingsplan-is-it-2011.xlsx');
    const wb = planWorkbook();
    installExcel(wb);
    const gateway: Pick<WorkbookGateway, 'readSnapshot' | 'writeSummary'> = {
      readSnapshot: async () => snapshot,
      writeSummary: writeSummarySheet,
    };
    const result = await generateSummary(gateway as WorkbookGateway, { today: '2026-11-27', now: new Date(2026, 10, 27, 8, 0), lang: 'sv' });
    expect(result).toEqual({ sheetName: 'Sammanfattning', counts: { error: 0, warning: 0, info: 0 } });
    expect(host.syncs).toHaveLength(3);
    const sheet = sheetOf(wb, 'Sammanfattning');
    expect(cell(sheet, 'B2')).toMatchObject({ value: 40_908, numberFormat: 'yyyy-mm-dd' }); // 2011-12-31, the Plan's Rapportdatum
    expect(cell(sheet, 'B5').value).toBe('0 fel, 0 varningar');
    expect(['B9', 'B10', 'B11'].map((a) => cell(sheet, a).value)).toEqual([3_910_000, 2_289_700, 1_620_300]);
    // The example carries follow-up data, so the sheet has more sections: find the tables by name.
    const own = tablesOn(wb, 'Sammanfattning');
    const municipalities = own.find((t) => t.name === 'PK_Kommuner')!;
    const m = municipalities.area;
    expect([1, 2, 3].map((i) => cell(sheet, `B${m.row + 1 + i}`).value)).toEqual([2_290_000, 790_000, 830_000]);
    const goals = own.find((t) => t.name === 'PK_Mal')!;
    const g = goals.area;
    expect(g.rows).toBe(10);
    const light = String.fromCharCode(65 + g.col + goals.columnNames.indexOf('Läge'));
    const lights = Array.from({ length: 9 }, (_, i) => cell(sheet, `${light}${g.row + 2 + i}`));
    expect(lights.map((c) => c.value)).toEqual(['Grön', 'Grön', 'Grön', 'Grön', 'Gul', 'Grön', 'Grön', 'Grön', 'Grön']);
    expect(lights[4].fill).toBe('#FFEB9C');
    expect(sheet.charts.find((c) => c.type === 'BarClustered')?.source).toBe(`A${g.row + 1}:B${g.row + g.rows}`);
  });

  it('prints the seal with its fingerprint in the footer once the workbook is sealed', async () => {
    const { createSeal, sealToJson } = await import('../../src/domain/seal');
    const { readPlan } = await import('../../src/domain/readPlan');
    const snapshot = await readSnapshotFromFile('examples/handlingsplan-is-it-2011.xlsx');
    const record = await createSeal(readPlan(snapshot).model, { error: 0, warning: 0, info: 0 }, 'Anna Berg', '2011-12-31T10:15:00+01:00');
    const wb = planWorkbook();
    installExcel(wb);
    const gateway: Pick<WorkbookGateway, 'readSnapshot' | 'writeSummary'> = {
      readSnapshot: async () => ({ ...snapshot, seal: sealToJson(record) }),
      writeSummary: writeSummarySheet,
    };
    await generateSummary(gateway as WorkbookGateway, { today: '2026-11-27', now: new Date(2026, 10, 27, 8, 0), lang: 'sv' });
    const footer = sheetOf(wb, 'Sammanfattning').print.headersFooters.centerFooter ?? '';
    expect(footer).toMatch(/^Validerad av Anna Berg .*, oförändrad · [0-9a-f]{12}$/);
    expect(footer.endsWith(record.digest.slice(0, 12))).toBe(true);
  });
});
