/** Skriv till blad in the browser page: the findings land on Plankoll's own Avvikelser sheet, a user's text stays text. */
import { routeOfficeJs } from './chromium';
import { browserSuite, openHarness, validate, watchErrors } from './harnessPage';

jest.setTimeout(180_000);

const suite = browserSuite();

test('Skriv till blad writes the findings to the Avvikelser sheet and shows it', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await routeOfficeJs(page, suite.server.url);
  await openHarness(page, suite.server.url);
  await validate(page);
  await page.getByRole('button', { name: 'Skriv till blad' }).click();
  await page.getByText(/^\d[\d\s]* avvikelser finns nu på bladet Avvikelser\.$/).waitFor();
  // The workbook's sheet tab (the pane has a tab of that name too).
  await page.getByRole('main').getByRole('tab', { name: 'Avvikelser', selected: true }).waitFor();
  await page.waitForSelector('td[data-address="A1"]');
  expect(await page.locator('td[data-address="A1"]').innerText()).toBe('Kod');
  expect(await page.locator('td[data-address="F1"]').innerText()).toBe('Meddelande');
  expect(await page.locator('td[data-address="A2"]').innerText()).toMatch(/^[SBRPU]\d{3}$/);
  expect(errors).toEqual([]);
  await page.close();
});
