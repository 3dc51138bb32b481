/**
 * Spara uppföljning in the browser page (dist/harness.html, the in-memory workbook): the follow-up cycle
 * on the example. The example here is kept without a fixed Rapportdatum, as a controller may keep it: the
 * report date is then today, the page's clock, so a follow-up saved on one day is the previous follow-up
 * of a summary made on a later day. The example's two earlier follow-ups (Tertial 1, Tertial 2) stay.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { examplePlanWorkbook } from '../../src/domain/example';
import { writePlanXlsx } from '../../src/xlsx/writePlan';
import { routeOfficeJs } from './chromium';
import { browserSuite, openHarness, validate, watchErrors } from './harnessPage';

jest.setTimeout(180_000);

const suite = browserSuite();
const FILE = 'handlingsplan-utan-rapportdatum.xlsx';
let fixture: string;
let page: Page;
let errors: string[];

beforeAll(async () => {
  const plan = examplePlanWorkbook();
  const tables = plan.tables.map((t) => (t.table === 'Plan' ? { ...t, rows: t.rows.filter((r) => r[0] !== 'Rapportdatum') } : t));
  fixture = join(mkdtempSync(join(tmpdir(), 'plankoll-followup-')), FILE);
  writeFileSync(fixture, await writePlanXlsx({ tables }));
});

/** The page on `day` (its clock: the report date), with the example without Rapportdatum open. */
async function openOn(day: string): Promise<void> {
  page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  errors = watchErrors(page);
  await page.clock.setFixedTime(new Date(`${day}T10:00:00`));
  await routeOfficeJs(page, suite.server.url);
  await openHarness(page, suite.server.url);
  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles(fixture);
  await page.getByText(`Öppen arbetsbok: ${FILE}`).waitFor();
}

/** Validates on `day`: the pane's report date follows the clock. */
async function validateOn(day: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${day}T10:00:00`));
  await validate(page);
  // attached: the date is on the Avvikelser tab, which may not be the one shown.
  await page.getByText(`Rapportdatum ${day}`, { exact: true }).waitFor({ state: 'attached' });
}

/**
 * Spara uppföljning's panel. When the pane has tabs (issue 15) it is on the summary's tab; without tabs
 * it is always shown.
 */
async function showFollowUpPanel(): Promise<void> {
  const tab = page.getByRole('tablist', { name: 'Plankoll' }).getByRole('tab', { name: 'Sammanfattning och uppföljning', exact: true });
  if ((await tab.count()) > 0) await tab.click();
  await page.getByRole('heading', { name: 'Spara uppföljning' }).waitFor();
}

/** The Uppföljning sheet's data rows in the harness grid, as [Period, Datum, ID] texts. */
async function followUpRows(): Promise<string[][]> {
  await page.getByRole('tab', { name: 'Uppföljning', exact: true }).click();
  const grid = page.getByRole('region', { name: /: Uppföljning$/ });
  await grid.waitFor();
  return grid.locator('tbody tr').evaluateAll((rows) =>
    rows
      .map((tr) => ['A', 'B', 'C'].map((col) => tr.querySelector(`td[data-address^="${col}"]`)?.textContent?.trim() ?? ''))
      .filter((cells) => cells[0] !== '' && cells[0] !== 'Period'),
  );
}

const periodRows = (rows: readonly string[][], period: string): string[][] => rows.filter((r) => r[0] === period);

async function saveFollowUp(period: string): Promise<void> {
  await showFollowUpPanel();
  await page.getByRole('textbox', { name: 'Uppföljningsperiod' }).fill(period);
  await page.getByRole('button', { name: 'Spara uppföljning' }).click();
}

afterEach(async () => {
  await page.close();
});

test('Spara uppföljning asks for the period, writes one row per action to Uppföljning, and a later summary has it as the previous follow-up', async () => {
  await openOn('2012-01-16');
  await validateOn('2012-01-16');
  await showFollowUpPanel();
  // The Plan has no Uppföljningsperiod: the pane asks for the period before it can save.
  await page.getByText('Skriv uppföljningens namn.').waitFor();
  expect(await page.getByRole('button', { name: 'Spara uppföljning' }).isDisabled()).toBe(true);
  const before = await followUpRows();
  expect(before).toHaveLength(36); // Tertial 1 and Tertial 2, 18 actions each

  await saveFollowUp('Helår 2011');
  await page.getByText('Uppföljningen Helår 2011 (2012-01-16) är sparad: 18 åtgärder på bladet Uppföljning.').waitFor();
  const after = await followUpRows();
  expect(after.slice(0, 36)).toEqual(before); // the earlier follow-ups are untouched
  const saved = periodRows(after, 'Helår 2011');
  expect(saved).toHaveLength(18);
  expect(saved.every((r) => r[1] === '2012-01-16')).toBe(true);
  expect(saved.map((r) => r[2])).toEqual(before.filter((r) => r[0] === 'Tertial 2').map((r) => r[2])); // every action, in Åtgärder's order

  // A later meeting: the summary compares with Helår 2011, the follow-up just saved.
  await validateOn('2012-05-02');
  await showFollowUpPanel();
  await page.getByRole('button', { name: 'Skapa sammanfattning' }).click();
  await page.getByText('Sammanfattningen finns på bladet Sammanfattning.').waitFor();
  await page.getByRole('tab', { name: 'Sammanfattning', exact: true, selected: true }).waitFor();
  const sheet = page.getByRole('region', { name: /: Sammanfattning$/ });
  const row = (label: string) => sheet.locator('tr').filter({ has: page.locator('td', { hasText: new RegExp(`^${label}$`) }) });
  await expect(row('Förra uppföljningen').innerText()).resolves.toMatch(/Förra uppföljningen\s+Helår 2011\s+2012-01-16/);
  // The history: the two earlier follow-ups, the one just saved (what the actions had on 2012-01-16), then now.
  const texts = await sheet.locator('tr').allInnerTexts();
  const cells = texts.map((t) => t.split('\t').slice(1).map((c) => c.replace(/\s/g, ' ').trim()).filter((c) => c !== ''));
  expect(cells.filter((c) => /^(Tertial [12]|Helår 2011|2012-05-02)$/.test(c[0]))).toEqual([
    ['Tertial 1', '3 910 000 kr', '249 100 kr', '3 910 000 kr', '2011-04-30'],
    ['Tertial 2', '3 910 000 kr', '1 132 200 kr', '3 948 700 kr', '2011-08-31'],
    ['Helår 2011', '3 910 000 kr', '2 289 700 kr', '3 839 700 kr', '2012-01-16'],
    ['2012-05-02', '3 910 000 kr', '2 289 700 kr', '3 839 700 kr', '2012-05-02'],
  ]);
  // The history chart has the three recorded follow-ups and now.
  expect(await page.getByRole('group', { name: 'Diagram' }).getByRole('figure').count()).toBe(4);
  expect(errors).toEqual([]);
});

test('saving a period that is already recorded asks first: Avbryt changes nothing, Ersätt rewrites just that period’s rows', async () => {
  await openOn('2012-01-16');
  await validateOn('2012-01-16');
  await saveFollowUp('Helår 2011');
  await page.getByText(/Uppföljningen Helår 2011 \(2012-01-16\) är sparad/).waitFor();
  const first = await followUpRows();

  await validateOn('2012-01-31');
  await saveFollowUp('helår 2011'); // the same period, however it is spelt
  const dialog = page.getByRole('dialog', { name: 'Ersätta en sparad uppföljning?' });
  await dialog.waitFor();
  await expect(dialog.innerText()).resolves.toContain('Helår 2011 är redan sparad (18 rader, 2012-01-16).');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(await followUpRows()).toEqual(first);

  await showFollowUpPanel();
  await page.getByRole('button', { name: 'Spara uppföljning' }).click();
  await dialog.getByRole('button', { name: 'Ersätt' }).click();
  await page.getByText('De 18 tidigare raderna för perioden ersattes.', { exact: false }).waitFor();
  const replaced = await followUpRows();
  expect(replaced).toHaveLength(first.length); // replaced, not added
  expect(replaced.slice(0, 36)).toEqual(first.slice(0, 36));
  const saved = periodRows(replaced, 'Helår 2011');
  expect(saved).toHaveLength(18);
  expect(saved.every((r) => r[1] === '2012-01-31')).toBe(true);
  expect(errors).toEqual([]);
});
