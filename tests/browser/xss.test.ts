/**
 * Workbook text is never HTML: a workbook whose cells hold `<img src=x onerror=…>` is opened in the
 * harness through the file picker; the text shows as text in the grid and in the findings, and nothing runs.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT, routeOfficeJs } from './chromium';
import { browserSuite, openHarness, watchErrors } from './harnessPage';

jest.setTimeout(180_000);

const EVIL = '<img src=x onerror=alert(1)>';
/** In the action's name (not split into roles), a handler that would leave a trace. */
const EVIL_NAME = '<img src=x onerror="window.__pwned=1">';

const suite = browserSuite();

/** The example with markup in an action's name and in its Ansvarig (so it also appears in an R002 finding). */
async function evilWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(ROOT, 'examples', 'handlingsplan-is-it-2011.xlsx'));
  const ws = wb.getWorksheet('Åtgärder');
  if (!ws) throw new Error('the example has no Åtgärder sheet');
  const header = ws.getRow(1).values as unknown[];
  const col = (name: string): number => header.indexOf(name);
  ws.getRow(2).getCell(col('Åtgärd')).value = EVIL_NAME;
  ws.getRow(2).getCell(col('Ansvarig')).value = EVIL;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('markup in cells is shown as text and runs nothing', async () => {
  const page = await suite.browser.newPage();
  const errors = watchErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await routeOfficeJs(page, suite.server.url);
  await openHarness(page, suite.server.url);

  await page.getByLabel('Öppna en .xlsx-fil').setInputFiles({
    name: 'markup.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await evilWorkbook(),
  });
  await page.getByText('Öppen arbetsbok: markup.xlsx').waitFor();
  await page.getByRole('tab', { name: 'Åtgärder' }).click();
  await page.getByRole('cell', { name: EVIL, exact: true }).first().waitFor();
  await page.getByRole('cell', { name: EVIL_NAME, exact: true }).first().waitFor();

  await page.getByRole('button', { name: 'Validera' }).click();
  const r002 = page.getByRole('button', { name: /R002/ }).first();
  await r002.waitFor();
  expect(await r002.innerText()).toContain(EVIL);

  await page.waitForTimeout(500); // give an injected handler every chance to fire
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
