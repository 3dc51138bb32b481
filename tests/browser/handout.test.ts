/**
 * The browser page's charts and meeting handout: the summary sheet's charts drawn as SVG with the
 * example's values and words, and *Ladda ner mötesunderlag (PDF)* giving the same handout as
 * `plankoll report` (checked through pdftotext).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, routeOfficeJs } from './chromium';
import { browserSuite, openHarness, openPaneTab, watchErrors } from './harnessPage';
import { pdfFonts, pdfPages, pdfText } from '../report/pdfText';

jest.setTimeout(180_000);

const suite = browserSuite();
let page: Page;
let errors: string[];

async function openClean(): Promise<void> {
  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles(join(DIST, 'examples', 'handlingsplan-is-it-2011.xlsx'));
  await page.getByText('Öppen arbetsbok: handlingsplan-is-it-2011.xlsx').waitFor();
}

beforeEach(async () => {
  page = await suite.browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  errors = watchErrors(page);
  await routeOfficeJs(page, suite.server.url);
  await openHarness(page, suite.server.url);
  await openClean();
});

afterEach(async () => {
  await page.close();
});

async function chartTexts(id: string): Promise<string[]> {
  await page.locator(`figure[data-chart="${id}"] svg text`).first().waitFor();
  return (await page.locator(`figure[data-chart="${id}"] svg text`).allTextContents()).map((t) => t.replace(/\s/g, ' '));
}

test('the summary sheet shows its four charts (the fourth, the follow-up history) as SVG, with the example’s values and labels', async () => {
  await openPaneTab(page, 'Sammanfattning och uppföljning');
  await page.getByRole('button', { name: 'Skapa sammanfattning' }).click();
  await page.getByText('Sammanfattningen finns på bladet Sammanfattning.').waitFor();
  const figures = page.getByRole('group', { name: 'Diagram' }).getByRole('figure');
  expect(await figures.count()).toBe(4);
  expect(await page.getByRole('figure', { name: 'Budget och utfall per kommun' }).count()).toBe(1);

  const municipality = await chartTexts('municipality');
  expect(municipality).toEqual(
    expect.arrayContaining(['Budget och utfall per kommun', 'Mora', 'Orsa', 'Älvdalen', 'Budget', 'Utfall', '2 290 000 kr', '790 000 kr', '830 000 kr']),
  );
  // Every bar has its value in whole kronor: three budgets and three spent amounts.
  expect(municipality.filter((t) => /^\d{1,3}( \d{3})* kr$/.test(t))).toHaveLength(6);
  const status = await chartTexts('status');
  expect(status).toContain('Åtgärder per status');
  expect(status.filter((t) => /^(Ej påbörjad|Pågår|Klar|Försenad|Avbruten): [1-9]\d*$/.test(t)).length).toBeGreaterThanOrEqual(3);
  expect(await chartTexts('goal')).toEqual(expect.arrayContaining(['Budget per mål', 'M1', 'M9', '320 000 kr', '900 000 kr']));
  // Bars are SVG shapes in the series' colours.
  expect(await page.locator('figure[data-chart="municipality"] svg path[fill="#1F4E79"], figure[data-chart="municipality"] svg path[fill="#1f4e79"]').count()).toBe(3);

  // The cells show their number formats: whole kronor and a one-decimal percent, as Excel does.
  expect(await page.locator('td', { hasText: /^2\s290\s000 kr$/ }).count()).toBeGreaterThan(0);
  expect(await page.locator('td', { hasText: /^\d+,\d\s%$/ }).count()).toBe(1);
  expect(await page.locator('td', { hasText: /\d,\d\d kr$/ }).count()).toBe(0);
  expect(errors).toEqual([]);
});

test('Ladda ner mötesunderlag (PDF) downloads the same handout as plankoll report', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner mötesunderlag (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Mötesunderlag 2011-12-31.pdf');
  const file = join(mkdtempSync(join(tmpdir(), 'plankoll-handout-')), 'handout.pdf');
  await download.saveAs(file);
  await page.getByText('Mötesunderlaget är nedladdat: Mötesunderlag 2011-12-31.pdf').waitFor();
  expect(pdfPages(file)).toBeLessThanOrEqual(3);
  expect(pdfFonts(file)).toMatch(/Roboto-Regular/);
  const text = pdfText(file);
  expect(text).toContain('Handlingsplan för styrning av IS/IT');
  expect(text).toMatch(/Budget\s+3 910 000 kr/);
  expect(text).toMatch(/Mora\s+2 290 000 kr\s+\d{1,3}( \d{3})* kr/);
  expect(text).toMatch(/Pågår: \d+/);
  expect(text).toMatch(/Sida 1 av \d/);
  expect(errors).toEqual([]);
});
