/**
 * The page's parts fetched on demand (issue 12's ≤ 200 KB first load, bench/page.bench.ts): at start the
 * page fetches its one script; the .ods reader comes when an .ods file is opened, the dialogs when one is
 * asked for, the findings' list (and the tables its export buttons copy or write) with the first
 * Validera, the list of a seal's changes when a check finds one (tests/seal/SealPanel.test.tsx). A part
 * that cannot be fetched is one clear line, not a crash, and the next try fetches it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, routeOfficeJs } from './chromium';
import { browserSuite, openHarness, openPaneTab, validate, watchErrors } from './harnessPage';

jest.setTimeout(180_000);

const suite = browserSuite();
const ODS = join(ROOT, 'tests', 'corpus', 'calamine', 'tests_date.ods');
const ODS_CHUNK = /\/ods\.[0-9a-f]{8}\.js$/;
const DIALOGS_CHUNK = /\/dialogs\.[0-9a-f]{8}\.js$/;

/** The names of the page's own scripts fetched so far (office.js from the CDN aside). */
function scriptsFetched(page: Page, baseUrl: string): string[] {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(baseUrl) && r.url().endsWith('.js')) fetched.push(r.url().slice(baseUrl.length));
  });
  return fetched;
}

/** A script that did not arrive is logged by the browser; anything else is a failure of the test. */
const notTheAbortedScript = (e: string): boolean => !/^console: Failed to load resource/.test(e);

async function newPage(): Promise<{ page: Page; errors: string[]; fetched: string[] }> {
  const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  const fetched = scriptsFetched(page, suite.server.url);
  await routeOfficeJs(page, suite.server.url);
  await openHarness(page, suite.server.url);
  return { page, errors, fetched };
}

test('at start the page fetches one script; the .ods reader comes with the first .ods file, and reads it', async () => {
  const { page, errors, fetched } = await newPage();
  expect(fetched).toEqual([expect.stringMatching(/^harness\.[0-9a-f]{8}\.js$/)]);
  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles(ODS);
  await page.getByText('Öppen arbetsbok: tests_date.ods').waitFor();
  expect(fetched.some((f) => ODS_CHUNK.test(`/${f}`))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test('a reader that cannot be fetched: one line, the workbook still open, and the next try reads the file', async () => {
  const { page, errors } = await newPage();
  await page.route(ODS_CHUNK, (route) => route.abort());
  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles(ODS);
  await page.getByText('En del av Plankoll kunde inte hämtas.').waitFor();
  await page.getByText(/^Kontrollera nätverksanslutningen och försök igen\./).waitFor();
  await page.getByText('handlingsplan-is-it-2011-med-fel.xlsx är fortfarande öppen i Plankoll.').waitFor();
  await page.unroute(ODS_CHUNK);
  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles(ODS);
  await page.getByText('Öppen arbetsbok: tests_date.ods').waitFor();
  expect(errors.filter(notTheAbortedScript)).toEqual([]);
  await page.close();
});

test('a dialog that cannot be fetched: one line in the seal panel, nothing asked; the next Försegla asks', async () => {
  const { page, errors, fetched } = await newPage();
  await page.route(DIALOGS_CHUNK, (route) => route.abort());
  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles(join(ROOT, 'examples', 'handlingsplan-is-it-2011.xlsx'));
  await page.getByText('Öppen arbetsbok: handlingsplan-is-it-2011.xlsx').waitFor();
  await page.getByRole('button', { name: 'Validera' }).click();
  await openPaneTab(page, 'Försegling');
  const seal = page.getByRole('button', { name: 'Försegla', exact: true });
  await seal.click();
  const panel = page.getByRole('tabpanel', { name: 'Försegling' });
  await panel.getByText('En del av Plankoll kunde inte hämtas.').waitFor();
  expect(await page.getByRole('dialog').count()).toBe(0);
  expect(fetched.some((f) => DIALOGS_CHUNK.test(`/${f}`))).toBe(true);
  await page.unroute(DIALOGS_CHUNK);
  await seal.click();
  await page.getByRole('dialog', { name: 'Vem förseglar?' }).waitFor();
  expect(errors.filter(notTheAbortedScript)).toEqual([]);
  await page.close();
});

test('a findings view that cannot be fetched: Validera says so in one line; the next Validera lists the findings', async () => {
  const FINDINGS_CHUNK = /\/findings\.[0-9a-f]{8}\.js$/;
  const { page, errors } = await newPage();
  await page.route(FINDINGS_CHUNK, (route) => route.abort());
  await page.getByRole('button', { name: 'Validera' }).click();
  await page.getByText('En del av Plankoll kunde inte hämtas.').waitFor();
  expect(await page.getByRole('heading', { name: 'Avvikelser', includeHidden: true }).count()).toBe(0);
  await page.unroute(FINDINGS_CHUNK);
  await validate(page);
  expect(await page.getByRole('heading', { level: 4, name: /^Budgetfördelning \(\d+\)$/ }).count()).toBeGreaterThan(0);
  expect(errors.filter(notTheAbortedScript)).toEqual([]);
  await page.close();
});
