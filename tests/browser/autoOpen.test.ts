/**
 * Issue 16 in the browser page: a workbook sealed by `plankoll seal` opens the pane on the director's view.
 * Before anything is clicked the pane shows the seal's state (the seal line) on its Försegling tab, in view
 * without scrolling, with the switch *Öppna Plankoll när arbetsboken öppnas* on as the file's web-extension
 * part says. A workbook never sealed opens as before, on Avvikelser.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import { ROOT, routeOfficeJs } from './chromium';
import { browserSuite, openHarness, watchErrors } from './harnessPage';

jest.setTimeout(180_000);

const suite = browserSuite();
const VIEWPORT = { width: 1280, height: 900 };
let sealed: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plankoll-autoopen-browser-'));
  sealed = join(dir, 'forseglad.xlsx');
  const out: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), today: '2011-12-31' };
  const code = await main(['seal', join(ROOT, 'examples', 'handlingsplan-is-it-2011.xlsx'), '--by', 'Anna Berg', '-o', sealed], io);
  expect({ code, out: out.join('') }).toMatchObject({ code: 0 });
});

async function openFile(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.browser.newPage({ viewport: VIEWPORT });
  const errors = watchErrors(page);
  await routeOfficeJs(page, suite.server.url);
  await openHarness(page, suite.server.url);
  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles(path);
  return { page, errors };
}

test('the page opened on a sealed workbook shows the seal state first, before anything is clicked', async () => {
  const { page, errors } = await openFile(sealed);
  const pane = page.getByRole('complementary');
  const line = pane.getByText(/^Validerad av Anna Berg \d{4}-\d{2}-\d{2} \d{2}:\d{2} för .*, oförändrad · fingeravtryck [0-9a-f]{12}$/);
  await line.waitFor();
  // The pane opened on the Försegling tab; nothing was validated: the seal was checked on its own, at open.
  expect(await pane.getByRole('tab', { name: 'Försegling', selected: true }).count()).toBe(1);
  expect(await pane.getByText('Arbetsboken är inte validerad ännu. Välj Validera.').isVisible()).toBe(true);
  const box = await line.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThan(VIEWPORT.height);
  // Validera and the other tabs are one click away.
  expect(await pane.getByRole('button', { name: 'Validera' }).isVisible()).toBe(true);
  expect(await pane.getByRole('tab', { name: 'Avvikelser', selected: false }).isVisible()).toBe(true);
  expect(await pane.getByRole('switch', { name: 'Öppna Plankoll när arbetsboken öppnas' }).isChecked()).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test('a workbook never sealed opens as before: on Avvikelser, the seal in its own tab without the switch', async () => {
  const { page, errors } = await openFile(join(ROOT, 'examples', 'handlingsplan-is-it-2011.xlsx'));
  const pane = page.getByRole('complementary');
  await pane.getByRole('tab', { name: 'Avvikelser', selected: true }).waitFor();
  await pane.getByRole('tab', { name: 'Försegling' }).click();
  await pane.getByText('Ej förseglad').waitFor();
  expect(await pane.getByRole('switch', { name: 'Öppna Plankoll när arbetsboken öppnas' }).count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
