/**
 * Another spreadsheet application opens and saves what Plankoll writes: LibreOffice Calc (Debian's
 * `libreoffice-calc`, headless) re-saves the examples, the empty template and a CLI-sealed workbook as
 * .xlsx. The re-saved files must give the same findings at the same cells, and the seal (both copies:
 * the custom XML part and the very hidden sheet) must survive the save and still verify intact. No Excel
 * here; this is the nearest real check that the packages are sound and that the fingerprint does not
 * depend on how an application stores values.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { EXAMPLE_PROBLEMS } from '../../src/domain/example';
import { followUpsOf } from '../../src/domain/followup/periods';
import { readPlan } from '../../src/domain/readPlan';
import { readXlsx } from '../../src/xlsx/readSnapshot';
import { readSealCopiesFromXlsx, removeSealPartFromXlsx } from '../../src/xlsx/sealStore';
import { CLEAN, WITH_PROBLEMS, runCli } from '../cli/run';
import { editEntry } from '../seal/xlsxFixture';

jest.setTimeout(180_000);

const SOFFICE = '/usr/bin/soffice';
const dir = mkdtempSync(join(tmpdir(), 'plankoll-libreoffice-'));

/** Opens `file` in LibreOffice Calc and saves it as .xlsx in `out/`; returns the new file. */
function resaveWithLibreOffice(file: string): string {
  const out = join(dir, 'out');
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', out, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const saved = join(out, basename(file));
  if (!existsSync(saved)) throw new Error(`LibreOffice did not write ${saved}`);
  return saved;
}

/** `code@sheet!cell` of every finding, in order. */
async function findingsOf(file: string, ...args: string[]): Promise<string[]> {
  const run = await runCli(['validate', file, '--json', ...args]);
  expect(run.err).toBe('');
  const json = JSON.parse(run.out) as { findings: { code: string; sheet: string; cell: string }[] };
  return json.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
}

beforeAll(() => {
  if (!existsSync(SOFFICE)) {
    throw new Error('LibreOffice Calc is missing: apt-get install -y --no-install-recommends libreoffice-calc (.ci/run does)');
  }
});

describe('saved again by LibreOffice Calc', () => {
  it('the clean example still has no findings', async () => {
    const local = join(dir, 'ren.xlsx');
    copyFileSync(CLEAN, local);
    expect(await findingsOf(resaveWithLibreOffice(local))).toEqual([]);
  });

  it('the example with problems gives the same findings at the same cells', async () => {
    const local = join(dir, 'med-fel.xlsx');
    copyFileSync(WITH_PROBLEMS, local);
    const before = await findingsOf(local);
    expect(before.length).toBe(EXAMPLE_PROBLEMS.length);
    expect(await findingsOf(resaveWithLibreOffice(local))).toEqual(before);
  });

  it('the empty template keeps its tables: only the four amounts a controller must fill in are missing', async () => {
    const template = join(dir, 'tom.xlsx');
    expect((await runCli(['template', '-o', template])).code).toBe(0);
    const expected = ['B001@Plan!B5', 'B001@Finansiering!B2', 'B001@Finansiering!B3', 'B001@Finansiering!B4'];
    expect(await findingsOf(template)).toEqual(expected);
    expect(await findingsOf(resaveWithLibreOffice(template))).toEqual(expected);
  });

  it('a CLI-sealed workbook keeps its seal and still verifies intact', async () => {
    const sealed = join(dir, 'forseglad.xlsx');
    expect((await runCli(['seal', CLEAN, '--by', 'Anna Berg', '-o', sealed])).code).toBe(0);
    const resaved = resaveWithLibreOffice(sealed);
    const verify = await runCli(['verify', resaved]);
    expect(verify).toMatchObject({ code: 0, out: expect.stringMatching(/Validerad av Anna Berg .*oförändrad/) });
    // Both copies came through: the custom XML part and the hidden sheet (LibreOffice rewrites its cells
    // as shared strings; the seal sheet stays out of the plan).
    const json = JSON.parse((await runCli(['verify', resaved, '--json'])).out) as { state: string; copies: string[] };
    expect(json).toMatchObject({ state: 'intact', copies: ['part', 'sheet'] });
    const copies = await readSealCopiesFromXlsx(readFileSync(resaved));
    expect(copies.sheet).not.toBeNull();
    expect(copies.sheet).toBe(copies.part);
    expect(await findingsOf(resaved)).toEqual([]);
  });

  it('a seal that lost one copy still verifies after LibreOffice saves it, and a value edited there is told', async () => {
    const sealed = join(dir, 'forseglad-utan-del.xlsx');
    expect((await runCli(['seal', CLEAN, '--by', 'Anna Berg', '-o', sealed])).code).toBe(0);
    writeFileSync(sealed, await removeSealPartFromXlsx(readFileSync(sealed)));
    const resaved = resaveWithLibreOffice(sealed);
    const verify = await runCli(['verify', resaved, '--json']);
    expect(JSON.parse(verify.out)).toMatchObject({ state: 'intact', copies: ['sheet'] });
    // Edit one amount in the re-saved file and check the change is named at its cell.
    const edited = join(dir, 'andrad.xlsx');
    writeFileSync(edited, await editEntry(readFileSync(resaved), 'xl/worksheets/sheet5.xml', (xml) => xml.replace(/(<c r="M2"[^>]*><v>)(\d+)(<\/v>)/, (_m, a: string, v: string, b: string) => `${a}${Number(v) + 1}${b}`)));
    const changed = JSON.parse((await runCli(['verify', edited, '--json'])).out) as { state: string; changes: { sheet: string; cell: string; field: string }[] };
    expect(changed).toMatchObject({ state: 'changed', changes: [{ sheet: 'Åtgärder', cell: 'M2', field: 'Utfall (kr)' }] });
  });

  it('a recorded follow-up is read back by LibreOffice, and a file LibreOffice saved takes the next one', async () => {
    const recorded = join(dir, 'uppfoljd.xlsx');
    expect((await runCli(['record', CLEAN, '--period', 'Helår 2011', '--report-date', '2011-12-31', '-o', recorded])).code).toBe(0);
    /** Every follow-up row as period, date, ID, spent, forecast, status, comment (what the reader finds). */
    const rows = async (file: string): Promise<unknown[][]> =>
      followUpsOf(readPlan(await readXlsx(readFileSync(file))).model).flatMap((f) =>
        f.rows.map((r) => [f.period, r.date.value, r.id.value, r.spent.value, r.forecast?.value ?? null, r.status.value, r.comment?.value ?? null]),
      );
    const ours = await rows(recorded);
    expect(ours.filter((r) => r[0] === 'Helår 2011')).toHaveLength(18);
    const resaved = resaveWithLibreOffice(recorded);
    expect(await rows(resaved)).toEqual(ours);
    expect(await findingsOf(resaved)).toEqual([]);
    // LibreOffice writes its own package (shared strings, its styles): the zip-level writer appends to it too.
    expect((await runCli(['record', resaved, '--period', 'Uppföljning 2012', '--report-date', '2012-04-30'])).code).toBe(0);
    const after = await rows(resaved);
    expect(after.slice(0, ours.length)).toEqual(ours);
    expect(after.slice(ours.length).map((r) => [r[0], r[1]])).toEqual(Array.from({ length: 18 }, () => ['Uppföljning 2012', '2012-04-30']));
    // The new follow-up is dated 2012-04-30: validated as of that date (an earlier one would rightly give U004),
    // the history is sound (no U001, U002, U004, U005) and LibreOffice's copy reads exactly the same.
    const asOfThen = await findingsOf(resaved, '--report-date', '2012-04-30');
    expect(asOfThen.filter((f) => /^U00[1245]@/.test(f))).toEqual([]);
    expect(await findingsOf(resaveWithLibreOffice(resaved), '--report-date', '2012-04-30')).toEqual(asOfThen);
  });
});
