import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES_README, readmeText } from '../../scripts/make-examples';
import { EXAMPLE_PROBLEMS, examplePlanWorkbook, examplePlanWorkbookWithProblems } from '../../src/domain/example';
import { readXlsx } from '../../src/xlsx/readSnapshot';
import { writePlanXlsx } from '../../src/xlsx/writePlan';
import { CLEAN, runCli, WITH_PROBLEMS } from './run';

const dir = mkdtempSync(join(tmpdir(), 'plankoll-example-'));

describe('plankoll example', () => {
  it('writes the clean example, which then validates with no findings', async () => {
    const out = join(dir, 'exempel.xlsx');
    const r = await runCli(['example', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(out);
    expect(await runCli(['validate', out])).toMatchObject({ code: 0, out: 'Inga fel eller varningar (rapportdatum 2011-12-31).\n' });
  });

  it('writes the example with problems on --with-problems', async () => {
    const out = join(dir, 'med-fel.xlsx');
    expect((await runCli(['example', '--with-problems', '-o', out])).code).toBe(0);
    expect((await runCli(['validate', out])).code).toBe(1);
  });

  it('needs -o FILE and a writable place (exit 2, one line)', async () => {
    const missing = await runCli(['example']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^plankoll example: -o saknas: filen som skrivs \(användning: plankoll example -o UT/);
    const nowhere = await runCli(['example', '-o', join(dir, 'finns', 'inte', 'x.xlsx')]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.err).toMatch(/^plankoll example: kan inte skriva .*: mappen finns inte\n$/);
    const directory = await runCli(['example', '-o', dir, '--lang', 'en']);
    expect(directory.code).toBe(2);
    expect(directory.err).toBe(`plankoll example: cannot write ${dir}: it is a directory\n`);
  });
});

describe('the committed example files', () => {
  // `npm run examples` regenerates them; this fails when the data changed and they were not regenerated.
  it.each([
    [CLEAN, examplePlanWorkbook],
    [WITH_PROBLEMS, examplePlanWorkbookWithProblems],
  ])('%s is up to date with src/domain/example', async (path, build) => {
    const committed = await readXlsx(readFileSync(path));
    const fresh = await readXlsx(await writePlanXlsx(build()));
    expect(committed).toEqual(fresh);
    expect(committed.tables.map((t) => t.name)).toEqual(['Plan', 'Finansiering', 'Mal', 'Roller', 'Atgarder', 'Uppfoljning']);
  });
});

describe('examples/README.md', () => {
  it('is generated from problems.ts and up to date', () => {
    expect(readFileSync(EXAMPLES_README, 'utf8')).toBe(readmeText());
    for (const p of EXAMPLE_PROBLEMS) expect(readmeText()).toContain(`| ${p.code} | ${p.sheet}!${p.cell} |`);
  });
});
