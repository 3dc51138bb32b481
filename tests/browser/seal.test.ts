/**
 * A workbook sealed by the CLI shows as sealed when the harness opens it (SPEC §4, issue "Done when"), and
 * a copy whose values changed after sealing shows what changed — before anyone presses Validera.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import { examplePlanWorkbook } from '../../src/domain/example';
import { readSealFromXlsx, writeSealToXlsx } from '../../src/xlsx/sealStore';
import { writePlanXlsx } from '../../src/xlsx/writePlan';
import { ROOT, routeOfficeJs } from './chromium';
import { browserSuite, openHarness, openPaneTab, watchErrors } from './harnessPage';

jest.setTimeout(180_000);

const suite = browserSuite();
let dir: string;
let sealed: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plankoll-seal-browser-'));
  sealed = join(dir, 'forseglad.xlsx');
  const out: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), today: '2011-12-31' };
  const code = await main(['seal', join(ROOT, 'examples', 'handlingsplan-is-it-2011.xlsx'), '--by', 'Anna Berg', '-o', sealed], io);
  expect({ code, out: out.join('') }).toMatchObject({ code: 0 });
  expect(await main(['verify', sealed], io)).toBe(0);
});

async function openFile(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await routeOfficeJs(page, suite.server.url);
  await openHarness(page, suite.server.url);
  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles(path);
  await page.getByText(`Öppen arbetsbok: ${basename(path)}`).waitFor();
  await openPaneTab(page, 'Försegling');
  return { page, errors };
}

test('a workbook sealed by the CLI shows as sealed and unchanged when opened', async () => {
  const { page, errors } = await openFile(sealed);
  await page.getByText(/Validerad av Anna Berg .*oförändrad/).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test('a sealed workbook whose action name changed afterwards shows the table and the action', async () => {
  const record = await readSealFromXlsx(readFileSync(sealed));
  expect(record).not.toBeNull();
  const plan = examplePlanWorkbook();
  const actions = plan.tables[4];
  const [first, ...rest] = actions.rows;
  const changedId = String(first[0]);
  const edited = { ...plan, tables: [...plan.tables.slice(0, 4), { ...actions, rows: [[first[0], 'Ett annat namn', ...first.slice(2)], ...rest] }] };
  const changed = join(dir, 'andrad.xlsx');
  writeFileSync(changed, await writeSealToXlsx(await writePlanXlsx(edited), record as string));

  const { page, errors } = await openFile(changed);
  await page.getByText(new RegExp(`Ändrad sedan valideringen.*Åtgärder.*${changedId} ändrad`)).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});
