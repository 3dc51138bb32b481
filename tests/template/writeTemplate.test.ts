/** The template as a real .xlsx file: tables, formats, lists, frozen headers; and it validates once filled. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildTemplate } from '../../src/domain/template/buildTemplate';
import { readPlan } from '../../src/domain/readPlan';
import { validate } from '../../src/domain/validate';
import { readXlsx } from '../../src/xlsx/readSnapshot';
import { writeTemplateXlsx } from '../../src/xlsx/writeTemplate';
import { exampleTemplateOptions } from './exampleRows';

const TODAY = '2012-01-15';

async function reload(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('writeTemplateXlsx (empty template)', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeTemplateXlsx(buildTemplate());
  });

  it('has the six sheets, each with its Excel table at A1', async () => {
    const snapshot = await readXlsx(bytes);
    expect(snapshot.sheetNames).toEqual(['Plan', 'Finansiering', 'Mål', 'Roller', 'Åtgärder', 'Uppföljning']);
    expect(snapshot.tables.map((t) => [t.name, t.sheet, t.range.row, t.range.col])).toEqual([
      ['Plan', 'Plan', 0, 0],
      ['Finansiering', 'Finansiering', 0, 0],
      ['Mal', 'Mål', 0, 0],
      ['Roller', 'Roller', 0, 0],
      ['Atgarder', 'Åtgärder', 0, 0],
      ['Uppfoljning', 'Uppföljning', 0, 0],
    ]);
    const actions = snapshot.tables[4];
    expect(actions.range.values[0]).toEqual(['ID', 'Åtgärd', 'MålID', 'Ansvarig', 'Beslutsfattare', 'Start', 'Slut', 'Status', 'Budget (kr)', 'Mora', 'Orsa', 'Älvdalen', 'Utfall (kr)', 'Prognos (kr)', 'Kommentar']);
  });

  it('is read by the plan reader with every required object and column found', async () => {
    const { findings } = readPlan(await readXlsx(bytes));
    expect(findings.filter((f) => /^S00[1-5]$/.test(f.code))).toEqual([]);
  });

  it('reports what a controller still has to fill in, and nothing about structure', async () => {
    const result = validate(await readXlsx(bytes), { today: TODAY });
    const codes = new Set(result.findings.map((f) => f.code));
    expect([...codes].filter((c) => c.startsWith('S'))).toEqual([]);
    // Blank shares in Finansiering are what is missing.
    expect(result.findings.some((f) => f.code === 'B001' && f.sheet === 'Finansiering')).toBe(true);
  });

  it('freezes the header row, sets column formats and widths', async () => {
    const wb = await reload(bytes);
    const ws = wb.getWorksheet('Åtgärder')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(9).numFmt).toBe('#,##0 "kr"'); // Budget (kr)
    expect(ws.getColumn(6).numFmt).toBe('yyyy-mm-dd'); // Start
    expect(ws.getColumn(1).numFmt).toBe('@'); // ID
    expect(ws.getColumn(2).width).toBe(50);
    expect(wb.getWorksheet('Finansiering')!.getColumn(3).numFmt).toBe('0.00%');
    const followUp = wb.getWorksheet('Uppföljning')!;
    expect(followUp.getColumn(2).numFmt).toBe('yyyy-mm-dd'); // Datum
    expect(followUp.getColumn(4).numFmt).toBe('#,##0 "kr"'); // Utfall (kr)
    expect(followUp.getColumn(5).numFmt).toBe('#,##0 "kr"'); // Prognos (kr)
    for (const name of ['Plan', 'Finansiering', 'Mål', 'Roller', 'Uppföljning']) expect(wb.getWorksheet(name)!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes the drop-down lists into the sheet XML', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheetFiles = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const xml = (await Promise.all(sheetFiles.map((f) => zip.file(f)!.async('string')))).join('\n');
    expect(xml).toContain('<formula1>&quot;Ej påbörjad,Pågår,Klar,Försenad,Avbruten&quot;</formula1>');
    expect(xml).toContain('<formula1>INDIRECT(&quot;Roller[Roll]&quot;)</formula1>');
    expect(xml).toContain('<formula1>INDIRECT(&quot;Mal[MålID]&quot;)</formula1>');
    expect(xml).toContain('<formula1>INDIRECT(&quot;Atgarder[ID]&quot;)</formula1>');
    // Åtgärder: MålID, Ansvarig, Beslutsfattare, Status; Uppföljning: ID, Status.
    expect(xml.match(/<dataValidation /g)).toHaveLength(6);
    expect(xml).toMatch(/<dataValidation type="list"[^>]*errorStyle="warning"[^>]*sqref="D2"/);
  });

  it('writes the Plan properties with the default tolerance', async () => {
    const snapshot = await readXlsx(bytes);
    expect(snapshot.tables[0].range.values.map((r) => r[0])).toEqual(['Egenskap', 'Namn', 'Beslutsdatum', 'Beslutsorgan', 'Total budget (kr)', 'Rapportdatum', 'Tolerans fördelning (%-enheter)', 'Uppföljningsperiod']);
    expect(snapshot.tables[0].range.values[6][1]).toBe(0.5);
  });
});

describe('writeTemplateXlsx filled with the example plan', () => {
  it('validates with zero errors (and zero findings: the example is clean)', async () => {
    const bytes = await writeTemplateXlsx(buildTemplate(exampleTemplateOptions()));
    const result = validate(await readXlsx(bytes), { today: TODAY });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.model.actions?.length).toBeGreaterThan(10);
    expect(result.model.info.totalBudget?.value).toBe(3_910_000);
    expect(result.reportDate).toBe('2011-12-31');
  });

  it('keeps text that looks like a formula as text, and dates as real dates', async () => {
    const options = exampleTemplateOptions();
    const actions = options.rows!.actions!.map((r) => [...r]);
    actions[0][1] = '=HYPERLINK("http://example.com","klicka")';
    const bytes = await writeTemplateXlsx(buildTemplate({ ...options, rows: { ...options.rows, actions } }));
    const wb = await reload(bytes);
    const cell = wb.getWorksheet('Åtgärder')!.getCell('B2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://example.com","klicka")');
    expect(cell.numFmt).toBe('@');
    const start = wb.getWorksheet('Åtgärder')!.getCell('F2');
    expect(start.value).toBeInstanceOf(Date);
    expect(start.numFmt).toBe('yyyy-mm-dd');
  });
});
