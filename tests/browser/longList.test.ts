/**
 * The pane with 3 000 findings, in the harness at Excel's task-pane width (350 px): the three jobs stay one
 * click away (the tabs stick to the top however far the list is scrolled), the counts follow the filter,
 * Enter on a finding moves the grid's selection and marks the finding current, and axe finds nothing
 * serious in the new states (tabs, a folded group, the current finding), light and dark.
 */
import type { Page } from 'playwright-core';
import { routeOfficeJs } from './chromium';
import { browserSuite, openHarness, openPaneTab, paneTab, axeFindings, validate, watchErrors } from './harnessPage';
import { writeManyFindings } from './manyFindings';

jest.setTimeout(240_000);

const suite = browserSuite();
let file: string;
let page: Page;
let errors: string[];

beforeAll(async () => {
  file = await writeManyFindings(1000); // R002, R004 and P007 for each action: 2 000 errors, 1 000 warnings
});

beforeEach(async () => {
  page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors = watchErrors(page);
  await routeOfficeJs(page, suite.server.url);
  await openHarness(page, suite.server.url);
  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles(file);
  await page.getByText('Öppen arbetsbok: handlingsplan-1000-atgarder.xlsx').waitFor();
  await validate(page);
  await page.getByRole('status').filter({ hasText: /2\s000\sfel/ }).waitFor();
});

afterEach(async () => {
  await page.close();
});

/** The element's box lies inside the window as it is now (no scrolling). */
async function inView(page: Page, box: { x: number; y: number; width: number; height: number } | null): Promise<boolean> {
  const { width, height } = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width;
}

test('the pane is 350 px wide, and Skapa sammanfattning is one click away and in view, even at the end of the list', async () => {
  const pane = page.getByRole('complementary', { name: 'Aktivitetsfönster' });
  expect(await pane.evaluate((el) => el.clientWidth)).toBe(350); // inside its 1 px border
  const tab = paneTab(page, 'Sammanfattning och uppföljning');
  expect(await inView(page, await tab.boundingBox())).toBe(true);
  // Scroll the page to the end of the long list: the tabs stay at the top.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(5_000);
  expect(await inView(page, await tab.boundingBox())).toBe(true);
  const scrolled = await page.evaluate(() => window.scrollY);
  await tab.click();
  expect(await page.evaluate(() => window.scrollY)).toBeLessThanOrEqual(scrolled); // clicking did not need a scroll
  const create = page.getByRole('button', { name: 'Skapa sammanfattning' });
  await create.waitFor();
  expect(await inView(page, await create.boundingBox())).toBe(true);
  expect(errors).toEqual([]);
});

test('the counts follow the filter: the toggles, the headings and the line above the list', async () => {
  await page.getByText('Visar 200 av 3 000').waitFor();
  expect(await page.getByRole('button', { name: 'Fel (2 000)', pressed: true }).count()).toBe(1);
  await page.getByRole('searchbox', { name: 'Filtrera avvikelser' }).fill('R002');
  await page.getByText('Visar 200 av 1 000 träffar (3 000 totalt)').waitFor();
  expect(await page.getByRole('button', { name: 'Fel (1 000)', pressed: true }).count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Varningar (0)', pressed: true }).count()).toBe(1);
  expect(await page.getByRole('region', { name: 'Fel (1 000)' }).count()).toBe(1);
  expect(await page.getByRole('region', { name: /^Varningar/ }).count()).toBe(0);

  // More of the same filter, then a narrower one: every number follows.
  await page.getByRole('button', { name: 'Visa 200 till' }).click();
  await page.getByText('Visar 400 av 1 000 träffar (3 000 totalt)').waitFor();
  await page.getByRole('searchbox', { name: 'Filtrera avvikelser' }).fill('A00017');
  await page.getByText('Visar 3 träffar (3 000 totalt)').waitFor();
  expect(await page.getByRole('button', { name: 'Fel (2)', pressed: true }).count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Varningar (1)', pressed: true }).count()).toBe(1);
  await page.getByRole('button', { name: 'Varningar (1)', pressed: true }).click();
  await page.getByText('Visar 2 träffar (3 000 totalt)').waitFor();
  expect(errors).toEqual([]);
});

test('Enter on a finding moves the grid selection to its cell and marks the finding current', async () => {
  const first = page.getByRole('button', { name: /R002/ }).first();
  const address = /Åtgärder!([A-Z]+\d+)/.exec(await first.innerText())![1];
  await first.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('selection').filter({ hasText: `Åtgärder!${address}` }).waitFor();
  await page.waitForSelector(`td[data-address="${address}"][data-selected="true"]`);
  expect(await first.getAttribute('aria-current')).toBe('true');
  expect(await page.locator('[aria-current="true"]').count()).toBe(1);

  const next = page.getByRole('button', { name: /R002/ }).nth(1);
  const nextAddress = /Åtgärder!([A-Z]+\d+)/.exec(await next.innerText())![1];
  await next.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`td[data-address="${nextAddress}"][data-selected="true"]`);
  expect(await next.getAttribute('aria-current')).toBe('true');
  expect(await first.getAttribute('aria-current')).toBeNull();
  expect(errors).toEqual([]);
});

test('no serious or critical accessibility violations with a folded group, a current finding and each tab, light and dark', async () => {
  await page.getByRole('button', { name: /R002/ }).first().click();
  await page.getByRole('button', { name: 'Varningar (1 000)', expanded: true }).click();
  await page.getByRole('button', { name: 'Varningar (1 000)', expanded: false }).waitFor();
  await page.getByRole('button', { name: 'Fel (2 000)', pressed: true }).click(); // a toggle off
  expect(await axeFindings(page)).toEqual({ serious: [], needsReview: [] });
  await openPaneTab(page, 'Sammanfattning och uppföljning');
  expect(await axeFindings(page)).toEqual({ serious: [], needsReview: [] });
  await page.getByRole('switch', { name: 'Mörkt tema' }).click();
  await page.getByRole('switch', { name: 'Mörkt tema', checked: true }).waitFor();
  await page.waitForTimeout(1000); // Fluent's colour transitions
  expect(await axeFindings(page)).toEqual({ serious: [], needsReview: [] });
  await openPaneTab(page, 'Försegling');
  expect(await axeFindings(page)).toEqual({ serious: [], needsReview: [] });
  await openPaneTab(page, 'Avvikelser');
  await page.waitForTimeout(500);
  expect(await axeFindings(page)).toEqual({ serious: [], needsReview: [] });
  expect(errors).toEqual([]);
});
