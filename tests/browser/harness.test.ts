/**
 * The task pane in a real browser, over the in-memory workbook (dist/harness.html): Validera, findings,
 * choosing one selects its cell, highlight, the summary sheet with its charts, accessibility (axe).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, routeOfficeJs } from './chromium';
import { browserSuite, openHarness, openPaneTab, axeFindings, validate, watchErrors } from './harnessPage';

jest.setTimeout(180_000);

const suite = browserSuite();
let page: Page;
let errors: string[];

beforeEach(async () => {
  page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
  errors = watchErrors(page);
  await routeOfficeJs(page, suite.server.url);
  await openHarness(page, suite.server.url);
});

afterEach(async () => {
  await page.close();
});

test('Validera lists the deliberate problems of the example, grouped, with counts', async () => {
  await validate(page);
  const counts = await page.getByRole('status').filter({ hasText: /\d+ fel/ }).first().innerText();
  expect(counts).toMatch(/[1-9]\d* fel/);
  // every rule family of the example's documented problems shows up as a group heading
  for (const family of ['Struktur', 'Budgetfördelning', 'Ansvar och beslutsrätt', 'Plan och tidplan']) {
    expect(await page.getByRole('heading', { level: 4, name: new RegExp(`^${family} \\(\\d+\\)$`) }).count()).toBeGreaterThan(0);
  }
  const b003 = page.getByRole('button', { name: /B003/ }).first();
  await expect(b003.innerText()).resolves.toMatch(/Åtgärder!I\d+/);
  expect(errors).toEqual([]);
});

test('choosing a finding selects its cell: the harness shows the selection and the sheet', async () => {
  await validate(page);
  const b003 = page.getByRole('button', { name: /B003/ }).first();
  const address = /Åtgärder!(I\d+)/.exec(await b003.innerText())![1];
  await b003.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('selection').filter({ hasText: `Åtgärder!${address}` }).waitFor();
  await page.waitForSelector(`td[data-address="${address}"][data-selected="true"]`);
  expect(await page.getByRole('tab', { name: 'Åtgärder', selected: true }).count()).toBe(1);
  expect(errors).toEqual([]);
});

test('keyboard focus on a finding is visible', async () => {
  await validate(page);
  await page.getByRole('searchbox', { name: 'Filtrera avvikelser' }).focus();
  // Past the group headings (buttons that fold a group) to the first finding.
  for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.getAttribute('title')?.startsWith('Gå till'))); i++) {
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { text: el.textContent ?? '', outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(focused.text).toMatch(/^Fel[SBRP]\d{3}/);
  expect(focused.outline).toBe('solid');
  expect(focused.width).toBeGreaterThanOrEqual(2);
});

test('Tab goes through the pane in the order it is shown: Validera, the chosen tab, then the panel top to bottom', async () => {
  await validate(page);
  const pane = page.getByRole('complementary', { name: 'Aktivitetsfönster' });
  // Every control Tab should reach, in the order the page shows them (the unchosen tabs are reached with the arrow keys).
  const expected = await pane.evaluate((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex]'))
      .filter((el) => !el.hasAttribute('disabled') && el.tabIndex >= 0 && el.closest('[hidden]') === null && !el.hasAttribute('data-tabster-dummy'))
      .filter((el) => el.getAttribute('role') !== 'tab' || el.getAttribute('aria-selected') === 'true')
      .map((el, i) => {
        el.dataset.order = String(i); // to know each one again when it has focus
        return String(i);
      }),
  );
  expect(expected.length).toBeGreaterThan(8);
  await pane.getByRole('button', { name: 'Validera' }).focus();
  const focused = (): Promise<string> => page.evaluate(() => (document.activeElement as HTMLElement).dataset.order ?? document.activeElement?.outerHTML.slice(0, 80) ?? '');
  const reached: string[] = [await focused()];
  for (let i = 1; i < Math.min(expected.length, 40); i++) {
    await page.keyboard.press('Tab');
    reached.push(await focused());
  }
  expect(reached).toEqual(expected.slice(0, reached.length));
});

test('highlight marks the findings cells and switching it off restores them', async () => {
  await validate(page);
  const toggle = page.getByRole('switch', { name: 'Färgmarkera avvikelser i arbetsboken' });
  await toggle.click(); // the switch turns on once the gateway has marked the cells
  await page.getByText(/^[1-9]\d* markerade celler$/).waitFor();
  expect(await toggle.isChecked()).toBe(true);
  await page.getByRole('tab', { name: 'Åtgärder' }).click();
  expect(await page.locator('td[data-marked="true"]').count()).toBeGreaterThan(0);
  await toggle.click();
  // exact: '40 markerade celler' contains '0 markerade celler'.
  await page.getByText('0 markerade celler', { exact: true }).waitFor();
  expect(await page.locator('td[data-marked="true"]').count()).toBe(0);
});

test('Skapa sammanfattning writes the summary sheet with its tables and four charts (the example has two earlier follow-ups: the history is the fourth)', async () => {
  await openPaneTab(page, 'Sammanfattning och uppföljning');
  await page.getByRole('button', { name: 'Skapa sammanfattning' }).click();
  await page.getByText('Sammanfattningen finns på bladet Sammanfattning.').waitFor();
  await page.getByRole('tab', { name: 'Sammanfattning', exact: true, selected: true }).waitFor();
  await page.getByText('Detta blad skapades av Plankoll.').waitFor();
  const charts = page.getByRole('group', { name: 'Diagram' }).getByRole('figure');
  expect(await charts.count()).toBe(4);
  await page.locator('figure[data-chart="goal"] svg').waitFor();
  expect(await page.locator('td', { hasText: /3\s910\s000/ }).count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('sealing a clean workbook stores the seal in the in-memory workbook; the next validation finds it intact', async () => {
  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles(join(DIST, 'examples', 'handlingsplan-is-it-2011.xlsx'));
  await page.getByText('Öppen arbetsbok: handlingsplan-is-it-2011.xlsx').waitFor();
  await validate(page);
  await page.getByText('Inga avvikelser: handlingsplanen håller ihop.').waitFor();
  await openPaneTab(page, 'Försegling');
  await page.getByRole('button', { name: 'Försegla' }).click();
  await page.getByRole('dialog').getByLabel('Ditt namn').fill('Anna Berg');
  await page.getByRole('dialog').getByRole('button', { name: 'Försegla' }).click();
  await page.getByText('Arbetsboken har ett sigill.').waitFor();
  await validate(page);
  await page.getByText(/Validerad av Anna Berg .*oförändrad/).waitFor();
  expect(errors).toEqual([]);
});

test('no serious or critical accessibility violations, in light and dark theme', async () => {
  await validate(page);
  await page.getByRole('switch', { name: 'Färgmarkera avvikelser i arbetsboken' }).click();
  await page.getByText(/^[1-9]\d* markerade celler$/).waitFor();
  expect(await axeFindings(page)).toEqual({ serious: [], needsReview: [] });
  await page.getByRole('switch', { name: 'Mörkt tema' }).click();
  await page.getByRole('switch', { name: 'Mörkt tema', checked: true }).waitFor();
  await page.waitForTimeout(1000); // let Fluent's colour transitions finish before measuring contrast
  expect(await axeFindings(page)).toEqual({ serious: [], needsReview: [] });
});

test('the language switch turns the pane English', async () => {
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await page.getByRole('button', { name: 'Validate' }).click();
  await page.getByRole('heading', { name: 'Findings' }).waitFor();
  expect(await page.getByRole('heading', { level: 4, name: /^Budget shares \(\d+\)$/ }).count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
