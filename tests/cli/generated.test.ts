/**
 * `plankoll` on workbooks a controller could make: a small English plan written with exceljs to a temp
 * directory, varied one way per test, checked through the CLI as a user runs it (in-process).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli } from './run';

type Cell = string | number | null;
type Sheets = Record<string, Cell[][]>;

/** 1 000 000 kr = 600 000 (Aby) + 400 000 (Bro); four actions; report date 2024-06-30. Validates with one P007. */
function smallPlan(): Sheets {
  return {
    Plan: [['Property', 'Value'], ['Name', 'Test plan'], ['Total budget', 1_000_000], ['Report date', '2024-06-30']],
    Funding: [['Municipality', 'Share', 'Share %'], ['Aby', 600_000, 0.6], ['Bro', 400_000, 0.4]],
    Goals: [['GoalID', 'Goal'], ['G1', 'One'], ['G2', 'Two']],
    Roles: [['Role', 'Name', 'Organisation', 'Decision limit'], ['Boss', 'Anna', 'X', 'unlimited'], ['PM', 'Cia', 'X', null]],
    Actions: [
      ['ID', 'Action', 'GoalID', 'Responsible', 'Decision maker', 'Start', 'End', 'Status', 'Budget', 'Aby', 'Bro', 'Spent'],
      ['A1', 'a1', 'G1', 'PM', 'Boss', '2024-01-01', '2024-05-31', 'In progress', 100_000, 60_000, 40_000, 10_000],
      ['A2', 'a2', 'G1', 'PM', 'Boss', '2024-01-01', '2024-12-31', 'Delayed', 200_000, 120_000, 80_000, 50_000],
      ['A3', 'a3', 'G2', 'PM', 'Boss', '2024-01-01', '2024-12-31', 'Not started', 300_000, 180_000, 120_000, 0],
      ['A4', 'a4', 'G2', 'PM', 'Boss', '2024-01-01', '2024-03-31', 'Done', 400_000, 240_000, 160_000, 400_000],
    ],
  };
}

const dir = mkdtempSync(join(tmpdir(), 'plankoll-generated-'));
let n = 0;

async function writePlan(sheets: Sheets, extra?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
  }
  extra?.(wb);
  const path = join(dir, `plan-${++n}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

interface Finding {
  code: string;
  sheet: string;
  cell: string;
}

async function findings(path: string, ...args: string[]): Promise<{ code: number; found: string[] }> {
  const r = await runCli(['validate', path, '--json', ...args]);
  expect(r.err).toBe('');
  const doc = JSON.parse(r.out) as { findings: Finding[] };
  return { code: r.code, found: doc.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`) };
}

describe('plankoll on generated workbooks', () => {
  it('a column filled down: at most 1 000 findings per code, exact counts, and what was left out', async () => {
    const sheets = smallPlan();
    const filled = 1_500;
    for (let i = 0; i < filled; i++) sheets.Actions.push([null, null, 'G9']); // GoalID filled down, nothing else
    const path = await writePlan(sheets);
    const r = await runCli(['validate', path, '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as { counts: { error: number; warning: number }; findings: (Finding & { severity: string })[]; omitted: Record<string, number> };
    expect(Object.keys(doc)).toEqual(['file', 'reportDate', 'counts', 'findings', 'omitted']);
    const p003 = doc.findings.filter((f) => f.code === 'P003');
    expect(p003).toHaveLength(1_000);
    expect(p003[0].cell).toBe('C6');
    expect(p003[999].cell).toBe('C1005');
    expect(doc.omitted.P003).toBe(filled - 1_000);
    const listed = new Map<string, number>();
    for (const f of doc.findings) listed.set(f.code, (listed.get(f.code) ?? 0) + 1);
    for (const k of listed.values()) expect(k).toBeLessThanOrEqual(1_000);
    for (const code of Object.keys(doc.omitted)) expect(listed.get(code)).toBe(1_000);
    const errorsListed = doc.findings.filter((f) => f.severity === 'error').length;
    const omittedTotal = Object.values(doc.omitted).reduce((a, b) => a + b, 0);
    expect(doc.counts.error + doc.counts.warning).toBe(doc.findings.length + omittedTotal);
    expect(doc.counts.error).toBeGreaterThan(errorsListed);

    const text = await runCli(['validate', path, '--lang', 'en']);
    const lines = text.out.trimEnd().split('\n');
    expect(lines).toHaveLength(doc.findings.length + 2);
    expect(lines[lines.length - 2]).toMatch(/^[\d,]+ more findings are not listed \(at most 1,000 per code\): .*P003 500\b/);
    const sv = await runCli(['validate', path]);
    expect(sv.out).toMatch(/\nYtterligare [\d ]+ avvikelser visas inte \(högst 1 000 per kod\): .*P003 500\b/);
  });

  it('the small English plan has only its overdue action', async () => {
    expect(await findings(await writePlan(smallPlan()))).toEqual({ code: 0, found: ['P007 Actions!G2'] });
  });

  it('an empty Funding (header only) does not finance the total budget: B006', async () => {
    const sheets = smallPlan();
    sheets.Funding = [sheets.Funding[0]];
    const { code, found } = await findings(await writePlan(sheets));
    expect(code).toBe(1);
    expect(found).toContain('B006 Plan!B3');
  });

  it('--report-date with surrounding spaces is the same date, in the JSON and for overdue', async () => {
    const path = await writePlan(smallPlan());
    const r = await runCli(['validate', path, '--json', '--report-date', ' 2024-07-01 ']);
    const doc = JSON.parse(r.out) as { reportDate: string; findings: Finding[] };
    expect(doc.reportDate).toBe('2024-07-01');
    expect(doc.findings.map((f) => f.code)).toEqual(['P007']);
    const s = await runCli(['summary', path, '--json', '--report-date', '2024-07-01 ']);
    const summary = JSON.parse(s.out) as { plan: { reportDate: string }; overdue: { id: string; daysLate: number }[] };
    expect(summary.plan.reportDate).toBe('2024-07-01');
    expect(summary.overdue).toEqual([expect.objectContaining({ id: 'A1', daysLate: 31 })]);
  });

  it('summary --json keeps a huge Spent a number (not null) in the totals', async () => {
    const sheets = smallPlan();
    sheets.Actions[3][11] = 1e308;
    const r = await runCli(['summary', await writePlan(sheets), '--json']);
    const totals = (JSON.parse(r.out) as { totals: Record<string, number | null> }).totals;
    expect(totals.spent).toBe(1e308);
    expect(totals.remaining).toBe(-1e308);
    const v = await runCli(['validate', await writePlan(sheets), '--lang', 'en']);
    expect(v.out).not.toMatch(/Infinity|NaN/);
  });

  it('seal -o DIRECTORY says so in one line, without the temporary file name', async () => {
    const r = await runCli(['seal', await writePlan(smallPlan()), '--by', 'Anna Berg', '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`plankoll seal: kan inte skriva ${dir}: det är en mapp\n`);
  });

  it('a budget that is a number with a hyperlink (to the decision) is read as that number', async () => {
    const path = await writePlan(smallPlan());
    // Excel keeps a hyperlinked number a number (exceljs cannot write one): add the link in the package.
    const zip = await JSZip.loadAsync(readFileSync(path));
    const sheet = 'xl/worksheets/sheet5.xml';
    const xml = await zip.file(sheet)!.async('string');
    expect(xml).toMatch(/<c r="I2"><v>100000<\/v><\/c>/);
    zip.file(sheet, xml.replace('</sheetData>', '</sheetData><hyperlinks><hyperlink ref="I2" r:id="rIdBeslut"/></hyperlinks>'));
    zip.file(
      'xl/worksheets/_rels/sheet5.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rIdBeslut" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://mora.se/beslut.pdf" TargetMode="External"/></Relationships>',
    );
    writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
    expect(await findings(path)).toEqual({ code: 0, found: ['P007 Actions!G2'] });
  });

  it('a stray value in XFD1048576 of another sheet does not exhaust memory', async () => {
    const path = await writePlan(smallPlan(), (wb) => {
      const notes = wb.addWorksheet('Anteckningar');
      notes.getCell('A1').value = 'x';
      notes.getCell('XFD1048576').value = 'y';
    });
    expect(await findings(path)).toEqual({ code: 0, found: ['P007 Actions!G2'] });
  }, 30_000);

  it('a stray value in XFD1048576 of Actions is refused in time with one line naming the cell (plan sheets are read to row 200 000)', async () => {
    const path = await writePlan(smallPlan(), (wb) => (wb.getWorksheet('Actions')!.getCell('XFD1048576').value = 'junk'));
    const r = await runCli(['validate', path, '--json']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/rad 200\s000 \(XFD1048576\)/);
  }, 30_000);
});
