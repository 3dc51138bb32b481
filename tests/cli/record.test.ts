/**
 * `plankoll record`: the follow-up goes into Uppföljning at the zip level (everything else byte-identical),
 * a workbook with errors is refused, a recorded period is replaced only when told, and the recorded period
 * is the previous follow-up for a later report date.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { examplePlanWorkbook, examplePlanWorkbookWithProblems } from '../../src/domain/example';
import type { PlanWorkbook } from '../../src/domain/example';
import { previousFollowUp, followUpsOf } from '../../src/domain/followup/periods';
import { readPlan } from '../../src/domain/readPlan';
import { readXlsx } from '../../src/xlsx/readSnapshot';
import { writePlanXlsx } from '../../src/xlsx/writePlan';
import { entries } from '../seal/xlsxFixture';
import { runCli } from './run';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plankoll-record-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The example plan without its follow-up history (a workbook from before follow-ups were kept). */
function withoutHistory(plan: PlanWorkbook): PlanWorkbook {
  return { tables: plan.tables.filter((t) => t.table !== 'Uppfoljning') };
}

async function save(name: string, plan: PlanWorkbook): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await writePlanXlsx(plan));
  return file;
}

async function followUps(file: string) {
  return followUpsOf(readPlan(await readXlsx(readFileSync(file))).model);
}

const differs = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean => Buffer.compare(Buffer.from(a ?? []), Buffer.from(b ?? [])) !== 0;

describe('plankoll record', () => {
  it('creates Uppföljning in a workbook without one, and changes nothing else', async () => {
    const file = await save('plan.xlsx', withoutHistory(examplePlanWorkbook()));
    const out = join(dir, 'uppfoljd.xlsx');
    const run = await runCli(['record', file, '--period', 'Helår 2011', '-o', out]);
    expect(run).toEqual({ code: 0, err: '', out: `Uppföljningen Helår 2011 (2011-12-31) sparad i ${out}: 18 åtgärder.\nBladet Uppföljning skapades.\nArbetsboken var förseglad; förseglingen omfattar bladet Uppföljning, så försegla den igen (plankoll seal).\n` });
    const before = await entries(readFileSync(file));
    const after = await entries(readFileSync(out));
    const changed = [...before.keys()].filter((k) => differs(before.get(k), after.get(k)));
    expect(changed.every((k) => ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'].includes(k))).toBe(true);
    const [helar] = await followUps(out);
    expect([helar.period, helar.date, helar.rows.length]).toEqual(['Helår 2011', '2011-12-31', 18]);
    expect(helar.rows[0]).toMatchObject({ id: { value: 'A01' }, spent: { value: 172_400 }, forecast: { value: 172_400 }, status: { value: 'done' } });
    // The recorded workbook still validates clean.
    expect((await runCli(['validate', out])).code).toBe(0);
  });

  it('takes the period from the Plan, and writes text that looks like a formula as text', async () => {
    const plan = withoutHistory(examplePlanWorkbook());
    const tables = plan.tables.map((t) => {
      if (t.table === 'Plan') return { ...t, rows: [...t.rows, ['Uppföljningsperiod', 'Delår 2011']] };
      if (t.table !== 'Atgarder') return t;
      const c = t.columns.findIndex((col) => col.header === 'Kommentar');
      return { ...t, rows: t.rows.map((r, i) => (i === 0 ? r.map((v, j) => (j === c ? '=HYPERLINK("http://x")' : v)) : r)) };
    });
    const file = await save('plan.xlsx', { tables });
    expect((await runCli(['record', file, '--report-date', '2011-08-31', '--lang', 'en'])).out).toMatch(/^Follow-up Delår 2011 \(2011-08-31\) recorded in/);
    const [delar] = await followUps(file);
    expect(delar.rows[0].comment?.raw).toBe('=HYPERLINK("http://x")');
    const sheetXml = new TextDecoder().decode((await entries(readFileSync(file))).get('xl/worksheets/sheet6.xml'));
    expect(sheetXml).not.toMatch(/<f[ >]/);
  });

  it('appends to the history, and the recorded period is the previous follow-up for a later report date', async () => {
    const file = await save('plan.xlsx', withoutHistory(examplePlanWorkbook()));
    expect((await runCli(['record', file, '--period', 'Tertial 2', '--report-date', '2011-08-31'])).code).toBe(0);
    expect((await runCli(['record', file, '--period', 'Tertial 3', '--report-date', '2011-12-31'])).code).toBe(0);
    const model = readPlan(await readXlsx(readFileSync(file))).model;
    expect(followUpsOf(model).map((f) => [f.period, f.date, f.rows.length])).toEqual([
      ['Tertial 2', '2011-08-31', 18],
      ['Tertial 3', '2011-12-31', 18],
    ]);
    expect(previousFollowUp(model, '2012-04-30')?.period).toBe('Tertial 3');
    expect(previousFollowUp(model, '2011-12-31')?.period).toBe('Tertial 2');
    // And the summary of a later report says so: Tertial 3 is its previous follow-up, last in the history before now.
    const later = await runCli(['summary', file, '--json', '--report-date', '2012-04-30']);
    const summary = JSON.parse(later.out) as { previous: { period: string; date: string }; history: { period: string }[] };
    expect(summary.previous).toEqual({ period: 'Tertial 3', date: '2011-12-31' });
    expect(summary.history.map((h) => h.period)).toEqual(['Tertial 2', 'Tertial 3', '2012-04-30']);
  });

  it('refuses to replace a recorded period unless told, then replaces only its rows', async () => {
    const file = await save('plan.xlsx', withoutHistory(examplePlanWorkbook()));
    await runCli(['record', file, '--period', 'Tertial 2', '--report-date', '2011-08-31']);
    await runCli(['record', file, '--period', 'Delårsrapport', '--report-date', '2011-08-31']);
    const before = readFileSync(file);
    const again = await runCli(['record', file, '--period', 'tertial 2', '--report-date', '2011-08-31']);
    expect(again).toEqual({ code: 1, out: '', err: 'plankoll record: Tertial 2 finns redan på bladet Uppföljning (18 rader, 2011-08-31); lägg till --replace för att ersätta just de raderna\n' });
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
    const replaced = await runCli(['record', file, '--period', 'Tertial 2', '--report-date', '2011-08-31', '--replace']);
    expect(replaced.code).toBe(0);
    expect(replaced.out).toContain('De 18 tidigare raderna för perioden ersattes.');
    // The other period's rows keep their values and move up; the replaced period's rows come last.
    expect((await followUps(file)).map((f) => [f.period, f.date, f.rows.length, f.rows[0].row])).toEqual([
      ['Delårsrapport', '2011-08-31', 18, 1],
      ['Tertial 2', '2011-08-31', 18, 19],
    ]);
  });

  it('refuses a workbook with errors and writes nothing', async () => {
    const file = await save('med-fel.xlsx', withoutHistory(examplePlanWorkbookWithProblems()));
    const before = readFileSync(file);
    const run = await runCli(['record', file, '--period', 'Helår 2011']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^plankoll record: .*med-fel\.xlsx har \d+ fel; uppföljningen sparas inte/);
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
  });

  it('needs a period: --period, or the Plan’s Uppföljningsperiod (exit 2)', async () => {
    const file = await save('plan.xlsx', withoutHistory(examplePlanWorkbook()));
    const run = await runCli(['record', file, '--lang', 'en']);
    expect(run).toEqual({ code: 2, out: '', err: 'plankoll record: missing --period, and the Plan sheet has no Uppföljningsperiod: name the follow-up, e.g. --period "Tertial 2"\n' });
    expect((await runCli(['record', file, '--period', ' '])).code).toBe(2);
  });

  it('does not write an .ods, and does not replace another file without --force', async () => {
    const file = await save('plan.xlsx', withoutHistory(examplePlanWorkbook()));
    expect((await runCli(['record', join(dir, 'plan.ods'), '--period', 'T'])).code).toBe(2);
    const other = join(dir, 'annan.xlsx');
    copyFileSync(file, other);
    const run = await runCli(['record', file, '--period', 'T', '-o', other]);
    expect(run.code).toBe(2);
    expect(existsSync(other)).toBe(true);
  });

  it('says that a sealed workbook must be sealed again', async () => {
    const file = await save('plan.xlsx', withoutHistory(examplePlanWorkbook()));
    expect((await runCli(['seal', file, '--by', 'Anna Berg'])).code).toBe(0);
    const run = await runCli(['record', file, '--period', 'Helår 2011']);
    expect(run.out).toContain('Arbetsboken var förseglad; förseglingen omfattar bladet Uppföljning, så försegla den igen (plankoll seal).');
  });
});
