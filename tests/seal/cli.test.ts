import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { examplePlanWorkbook } from '../../src/domain/example';
import type { PlanWorkbook } from '../../src/domain/example';
import { readPlan } from '../../src/domain/readPlan';
import { readXlsx } from '../../src/xlsx/readSnapshot';
import { readSealFromXlsx, writeSealToXlsx } from '../../src/xlsx/sealStore';
import { writePlanXlsx } from '../../src/xlsx/writePlan';
import { CLEAN, runCli, WITH_PROBLEMS } from '../cli/run';
import { editEntry, entries } from './xlsxFixture';

const dir = mkdtempSync(join(tmpdir(), 'plankoll-seal-cli-'));
let n = 0;
function copyOf(source: string): string {
  const path = join(dir, `arbetsbok-${++n}.xlsx`);
  writeFileSync(path, readFileSync(source));
  return path;
}

async function sealedCopy(): Promise<string> {
  const file = copyOf(CLEAN);
  const r = await runCli(['seal', file, '--by', 'Anna Berg']);
  expect(r).toMatchObject({ code: 0, err: '' });
  return file;
}

async function editFile(file: string, entry: string, edit: (xml: string) => string): Promise<void> {
  writeFileSync(file, await editEntry(readFileSync(file), entry, edit));
}

const WHEN = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/;

describe('plankoll seal', () => {
  it('seals a copy of a workbook without errors and leaves the original as it was', async () => {
    const source = copyOf(CLEAN);
    const before = readFileSync(source);
    const out = join(dir, 'förseglad.xlsx');
    const r = await runCli(['seal', source, '--by', 'Anna Berg', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(new RegExp(`^Förseglad: ${out.replace(/[.]/g, '\\.')}\\nValiderad av Anna Berg ${WHEN.source} för 2011-12-31, inga fel, 0 varningar\\.\\n$`));
    expect(readFileSync(source).equals(before)).toBe(true);
    const record = JSON.parse((await readSealFromXlsx(readFileSync(out))) ?? 'null') as { by: string; counts: unknown };
    expect(record).toMatchObject({ by: 'Anna Berg', counts: { error: 0, warning: 0, info: 0 } });
  });

  it('seals in place by default, and sealing again replaces the seal', async () => {
    const file = await sealedCopy();
    expect((await runCli(['seal', file, '--by', 'Per Olsson'])).code).toBe(0);
    const parts = [...(await entries(readFileSync(file))).keys()].filter((k) => k.startsWith('customXml/'));
    expect(parts.sort()).toEqual(['customXml/_rels/item1.xml.rels', 'customXml/item1.xml', 'customXml/itemProps1.xml']);
    const verified = (await runCli(['verify', file])).out;
    expect(verified).toContain('Validerad av Per Olsson');
    // The earlier seal is kept in the history.
    expect(verified).toMatch(new RegExp(`Tidigare förseglingar:\\n    ${WHEN.source} Anna Berg, 2011-12-31 \\(0 fel, 0 varningar\\)\\n$`));
    expect((await runCli(['seal', file, '--by', 'Karin Lind'])).out).toContain('2 tidigare förseglingar i historiken (plankoll verify visar dem).');
  });

  it('refuses a workbook with errors: exit 1, how many, one line, no file written', async () => {
    const source = copyOf(WITH_PROBLEMS);
    const before = readFileSync(source);
    const out = join(dir, 'ska-inte-finnas.xlsx');
    const r = await runCli(['seal', source, '--by', 'Anna Berg', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^plankoll seal: .* har \d+ fel och förseglas inte \(se plankoll validate .*\)\n$/);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(source).equals(before)).toBe(true);
    expect((await runCli(['seal', source, '--by', 'A', '--lang', 'en'])).err).toMatch(/has \d+ errors and is not sealed/);
  });

  it('needs FILE and --by, and a writable OUT (exit 2, one line, nothing left behind)', async () => {
    for (const argv of [['seal'], ['seal', CLEAN], ['seal', CLEAN, '--by', '  '], ['seal', CLEAN, '--by', 'A', '--lang', 'fi']]) {
      const r = await runCli(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^plankoll seal: [^\n]+\n$/);
    }
    const nowhere = join(dir, 'saknas', 'ut.xlsx');
    const r = await runCli(['seal', CLEAN, '--by', 'A', '-o', nowhere]);
    expect(r).toMatchObject({ code: 2, err: `plankoll seal: kan inte skriva ${nowhere}: mappen finns inte\n` });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an .ods file or OUT in one line (the seal lives in the .xlsx package), and verify calls an .ods unsealed', async () => {
    const ods = join(dir, 'kalkylark.xlsx');
    writeFileSync(ods, readFileSync(join(__dirname, '..', 'corpus', 'calamine', 'tests_any_sheets.ods')));
    expect(await runCli(['seal', ods, '--by', 'A'])).toMatchObject({ code: 2, out: '', err: `plankoll seal: ${ods} är ingen .xlsx- eller .xlsm-arbetsbok; spara den i Excel-format för att försegla den\n` });
    const out = join(dir, 'ut.ods');
    expect(await runCli(['seal', CLEAN, '--by', 'A', '-o', out, '--lang', 'en'])).toMatchObject({ code: 2, err: `plankoll seal: ${out} is not an .xlsx or .xlsm workbook; save it in Excel format to seal it\n` });
    expect(existsSync(out)).toBe(false);
    expect(await runCli(['verify', ods])).toMatchObject({ code: 1, out: `${ods}: Ej förseglad\n`, err: '' });
  });
});

describe('plankoll verify', () => {
  it('exit 0 and who/when for an intact seal', async () => {
    const file = await sealedCopy();
    const r = await runCli(['verify', file]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^.*: Validerad av Anna Berg ${WHEN.source}, oförändrad\\n  Period: 2011-12-31 \\(förseglad ${WHEN.source}\\)\\n$`));
    expect((await runCli(['verify', file, '--lang', 'en'])).out).toMatch(/Validated by Anna Berg on .*, unchanged\n/);
  });

  it('exit 1 for a workbook without a seal', async () => {
    expect(await runCli(['verify', CLEAN])).toMatchObject({ code: 1, out: `${CLEAN}: Ej förseglad\n` });
  });

  it('exit 2 with one line for a missing or non-xlsx file', async () => {
    const missing = await runCli(['verify', join(dir, 'finns-inte.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^plankoll verify: kan inte läsa .*: filen finns inte\n$/);
    const text = join(dir, 'text.xlsx');
    writeFileSync(text, 'inte en arbetsbok');
    const r = await runCli(['verify', text]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(2);
    expect((await runCli(['verify'])).code).toBe(2);
  });

  describe('after another tool edited the sealed file at the XML level', () => {
    it('a changed cell value (worksheet XML) breaks it, naming Åtgärder and the action', async () => {
      const file = await sealedCopy();
      const firstId = readPlan(await readXlsx(readFileSync(file))).model.actions?.[0].id.value;
      await editFile(file, 'xl/worksheets/sheet5.xml', (xml) => xml.replace(/(<c r="M2"[^>]*><v>)(\d+)(<\/v>)/, (_m, a: string, v: string, b: string) => `${a}${Number(v) + 1}${b}`));
      const r = await runCli(['verify', file]);
      expect(r.code).toBe(1);
      expect(r.out).toContain(`Ändrad sedan valideringen (Anna Berg `);
      expect(r.out).toContain(`: Åtgärder (${firstId} ändrad)`);
      expect(r.out).toMatch(new RegExp(`Övriga ändringar:\\n    Åtgärder ${firstId} · Utfall \\(kr\\): [\\d\\u00a0]+\\u00a0kr → [\\d\\u00a0]+\\u00a0kr \\(Åtgärder!M2\\)\\n`));
      const json = JSON.parse((await runCli(['verify', file, '--json'])).out) as Record<string, unknown>;
      expect(json).toMatchObject({
        file,
        state: 'changed',
        by: 'Anna Berg',
        changes: [{ table: 'Åtgärder', key: firstId, field: 'Utfall (kr)', sheet: 'Åtgärder', cell: 'M2', governing: false }],
        added: [],
        removed: [],
        history: [],
      });
      expect(Object.keys(json).slice(0, 5)).toEqual(['file', 'state', 'by', 'at', 'period']);
      expect(json).not.toHaveProperty('record');
    });

    it('a changed shared string breaks it, naming the table that uses it', async () => {
      const file = await sealedCopy();
      await editFile(file, 'xl/sharedStrings.xml', (xml) => xml.replace('<t>Handlingsplan för styrning av IS/IT</t>', '<t>Handlingsplan för IS/IT</t>'));
      const r = await runCli(['verify', file]);
      expect(r.code).toBe(1);
      expect(r.out).toContain(': Plan (Namn ändrad)\n');
      expect(r.out).toContain('    Plan Namn · Värde: Handlingsplan för styrning av IS/IT → Handlingsplan för IS/IT (Plan!B2)\n');
    });

    it('formatting, column widths and a renamed sheet tab keep it intact', async () => {
      const file = await sealedCopy();
      await editFile(file, 'xl/worksheets/sheet5.xml', (xml) => xml.replace(/(<c r="M2" s=")\d+"/, '$12"').replace('width="60"', 'width="75"'));
      await editFile(file, 'xl/workbook.xml', (xml) => xml.replace('name="Åtgärder"', 'name="Atgarder 2011"'));
      expect(await runCli(['verify', file])).toMatchObject({ code: 0, out: expect.stringMatching(/oförändrad\n/) });
    });

    it('a changed comment breaks it: the director asks whether anything changed', async () => {
      const file = await sealedCopy();
      const comment = readPlan(await readXlsx(readFileSync(file))).model.actions?.find((a) => a.comment?.value)?.comment?.value;
      expect(comment).toBeTruthy();
      await editFile(file, 'xl/sharedStrings.xml', (xml) => xml.replace(`<t>${comment}</t>`, '<t>Helt ny kommentar</t>'));
      expect(await runCli(['verify', file])).toMatchObject({ code: 1, out: expect.stringMatching(/Åtgärder/) });
    });
  });

  it('names an added and a removed action', async () => {
    const sealed = readFileSync(await sealedCopy());
    const record = (await readSealFromXlsx(sealed)) ?? '';
    const plan = examplePlanWorkbook();
    const actions = plan.tables[4];
    const removedId = String(actions.rows[1][0]);
    const edited: PlanWorkbook = {
      tables: [...plan.tables.slice(0, 4), { ...actions, rows: [actions.rows[0], ...actions.rows.slice(2), ['A99', ...actions.rows[1].slice(1)]] }],
    };
    const file = join(dir, 'ändrad.xlsx');
    writeFileSync(file, await writeSealToXlsx(await writePlanXlsx(edited), record));
    const r = await runCli(['verify', file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Åtgärder (A99 tillagd; ${removedId} borttagen)`);
  });
});
