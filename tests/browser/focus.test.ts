/**
 * Focus in a real browser: after the seal's name dialog closes — by Esc, by sealing, by Byt namn — focus
 * is back on the control that opened it, not on <body> (a keyboard user would start over from the top).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, routeOfficeJs } from './chromium';
import { browserSuite, openHarness, watchErrors } from './harnessPage';

jest.setTimeout(180_000);

const suite = browserSuite();

/** The focused element's accessible text (its label, for a button). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el === null || el === document.body ? '<body>' : (el.textContent ?? '').trim();
  });
}

test('focus returns to the control that opened the seal dialog: after Esc, after sealing, after Byt namn', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await routeOfficeJs(page, suite.server.url);
  await openHarness(page, suite.server.url);
  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles(join(ROOT, 'examples', 'handlingsplan-is-it-2011.xlsx'));
  await page.getByText('Öppen arbetsbok: handlingsplan-is-it-2011.xlsx').waitFor();
  await page.getByRole('button', { name: 'Validera' }).click();
  await page.getByRole('tab', { name: 'Försegling' }).click();
  const seal = page.getByRole('button', { name: 'Försegla', exact: true });
  await seal.waitFor();

  await seal.click();
  const dialog = page.getByRole('dialog', { name: 'Vem förseglar?' });
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Försegla');
  expect(await focused(page)).toBe('Försegla');

  await seal.click();
  await dialog.getByRole('textbox', { name: /Ditt namn/ }).fill('Karin Lind');
  await page.keyboard.press('Enter');
  await page.getByText(/Validerad av Karin Lind/).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Försegla igen');
  expect(await focused(page)).toBe('Försegla igen');

  await page.getByRole('button', { name: 'Byt namn' }).click();
  await dialog.waitFor();
  await dialog.getByRole('textbox', { name: /Ditt namn/ }).fill('Per Olsson');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Byt namn');
  expect(await focused(page)).toBe('Byt namn');
  expect(errors).toEqual([]);
  await page.close();
});
