/**
 * The browser page when a chosen file cannot be opened: the failure in the user's words with the reader's
 * text behind "Visa detaljer", and which workbook is still open.
 */
import { routeOfficeJs } from './chromium';
import { browserSuite, openHarness, watchErrors } from './harnessPage';

jest.setTimeout(180_000);

const suite = browserSuite();

test('a file that is not a workbook: what happened, what to do, and the example still open', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await routeOfficeJs(page, suite.server.url);
  await openHarness(page, suite.server.url);
  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles({ name: 'anteckningar.xlsx', mimeType: 'text/plain', buffer: Buffer.from('inte en arbetsbok') });
  await page.getByText('anteckningar.xlsx kunde inte öppnas: inte en Excel-arbetsbok (.xlsx/.xlsm) eller ett .ods-kalkylark.').waitFor();
  await page.getByText('Välj en annan fil, eller öppna filen i Excel och spara den som .xlsx.').waitFor();
  await page.getByText('handlingsplan-is-it-2011-med-fel.xlsx är fortfarande öppen i Plankoll.').waitFor();
  expect(await page.getByRole('button', { name: 'Visa detaljer' }).getAttribute('aria-expanded')).toBe('false');
  // the pane still works on the open workbook
  await page.getByRole('button', { name: 'Validera' }).click();
  await page.getByRole('heading', { name: 'Avvikelser' }).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});
