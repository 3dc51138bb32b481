import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { examplePlanWorkbook } from '../../src/domain/example';
import type { PlanCell } from '../../src/domain/example';
import { isAmountCell, isDateCell } from '../../src/domain/example/workbook';
import { writePlanXlsx } from '../../src/xlsx/writePlan';
import { CLEAN, runCli } from '../cli/run';
import { editEntry } from './xlsxFixture';

const dir = mkdtempSync(join(tmpdir(), 'plankoll-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function copyOf(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, readFileSync(CLEAN));
  return path;
}

describe('plankoll diff OLD NEW', () => {
  it('two copies of a plan: no changes, exit 0', async () => {
    const r = await runCli(['diff', CLEAN, copyOf('kopia.xlsx')]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/: inga ändringar i planen\n$/);
  });

  it('a seal is not a change to the plan (its very hidden sheet is no part of it)', async () => {
    const sealed = copyOf('forseglad.xlsx');
    expect((await runCli(['seal', sealed, '--by', 'Anna Berg'])).code).toBe(0);
    expect((await runCli(['diff', CLEAN, sealed])).code).toBe(0);
  });

  it('one amount edited: named by key and field, before and after, at its cell; exit 1', async () => {
    const edited = copyOf('andrad.xlsx');
    let was = 0;
    writeFileSync(
      edited,
      await editEntry(readFileSync(edited), 'xl/worksheets/sheet5.xml', (xml) =>
        xml.replace(/(<c r="M2"[^>]*><v>)(\d+)(<\/v>)/, (_m, a: string, v: string, b: string) => {
          was = Number(v);
          return `${a}${was + 1000}${b}`;
        }),
      ),
    );
    expect(was).toBeGreaterThan(0);
    const json = await runCli(['diff', CLEAN, edited, '--json']);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.out) as { changes: { table: string; key: string; field: string; sheet: string; cell: string; governing: boolean; before: string; after: string }[]; added: unknown[]; removed: unknown[] };
    expect(doc.changes).toHaveLength(1);
    expect(doc.changes[0]).toMatchObject({ key: 'A01', field: 'Utfall (kr)', sheet: 'Åtgärder', cell: 'M2', governing: false });
    expect(doc.added).toEqual([]);
    expect(doc.removed).toEqual([]);
    const text = await runCli(['diff', CLEAN, edited, '--lang', 'en']);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/the plan has changed/);
    expect(text.out).toMatch(/A01/);
  });

  it('layout is not a change: English sheets and headers, columns reversed, plain ranges elsewhere on the sheet, dates as ISO text, other formats, sheets in another order', async () => {
    const plan = examplePlanWorkbook();
    const tablesFile = join(dir, 'tabeller.xlsx');
    writeFileSync(tablesFile, await writePlanXlsx(plan));
    const SHEETS: Readonly<Record<string, string>> = { Plan: 'Plan', Finansiering: 'Funding', Mal: 'Goals', Roller: 'Roles', Atgarder: 'Actions', Uppfoljning: 'Follow-up' };
    const HEADERS: Readonly<Record<string, string>> = {
      Egenskap: 'Property', Värde: 'Value', Kommun: 'Municipality', 'Andel (kr)': 'Share', 'Andel (%)': 'Share %', MålID: 'GoalID', Mål: 'Goal',
      Roll: 'Role', Namn: 'Name', 'Beslutsrätt (kr)': 'Decision limit', Åtgärd: 'Action', Ansvarig: 'Responsible', Beslutsfattare: 'Decision maker',
      Slut: 'End', 'Budget (kr)': 'Budget', 'Utfall (kr)': 'Spent', 'Prognos (kr)': 'Forecast', Kommentar: 'Comment', Datum: 'Date',
    };
    const value = (c: PlanCell | undefined): ExcelJS.CellValue => (c === undefined || c === null ? null : isDateCell(c) ? c.date : isAmountCell(c) ? c.amount : typeof c === 'object' ? null : c);
    const wb = new ExcelJS.Workbook();
    for (const t of [...plan.tables].reverse()) {
      const ws = wb.addWorksheet(SHEETS[t.table]);
      const order = t.columns.map((_, i) => t.columns.length - 1 - i);
      order.forEach((c, j) => {
        const header = ws.getCell(3, j + 2);
        header.value = HEADERS[t.columns[c].header] ?? t.columns[c].header;
        header.font = { italic: true };
        t.rows.forEach((r, i) => {
          const cell = ws.getCell(4 + i, j + 2);
          cell.value = value(r[c]);
          cell.numFmt = '0.000';
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEEAA' } };
        });
      });
    }
    const rangesFile = join(dir, 'omraden.xlsx');
    writeFileSync(rangesFile, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(await runCli(['validate', rangesFile])).toMatchObject({ code: 0 });
    const r = await runCli(['diff', tablesFile, rangesFile]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/: inga ändringar i planen\n$/);

    // One value changed in that layout is exactly one change, at its cell there (Actions: Budget is column H of B…P).
    const budget = wb.getWorksheet('Actions')?.getCell('H4');
    if (budget === undefined) throw new Error('no Actions!H4');
    budget.value = Number(budget.value) + 1000;
    writeFileSync(rangesFile, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const changed = await runCli(['diff', tablesFile, rangesFile, '--json']);
    expect(changed.code).toBe(1);
    const doc = JSON.parse(changed.out) as { changes: unknown[] };
    expect(doc.changes).toEqual([expect.objectContaining({ table: 'Åtgärder', key: 'A01', field: 'Budget (kr)', sheet: 'Actions', cell: 'H4', governing: true })]);
  });

  it('an unreadable file is one line and exit 2', async () => {
    const bad = join(dir, 'inte.xlsx');
    writeFileSync(bad, 'not a workbook');
    const r = await runCli(['diff', CLEAN, bad]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
