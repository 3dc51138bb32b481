/**
 * dist/taskpane.html as Office would load it, but outside Office: office.js (served locally in place of
 * Microsoft's CDN) reports no host, and the pane says how to open Plankoll in Excel instead of failing.
 * Also: what the page loads stays small and never carries exceljs (the harness' file reader).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, routeOfficeJs } from './chromium';
import { browserSuite, axeFindings, watchErrors } from './harnessPage';
import { taskpaneScripts } from './bundle';

jest.setTimeout(180_000);

const suite = browserSuite();

test('outside Office the task pane renders a friendly open-in-Excel state, without errors', async () => {
  const page = await suite.browser.newPage({ locale: 'sv-SE' });
  const errors = watchErrors(page);
  const officeJsRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith('https://appsforoffice.microsoft.com/')) officeJsRequests.push(r.url());
  });
  await routeOfficeJs(page, suite.server.url);
  await page.goto(`${suite.server.url}taskpane.html`);
  await page.getByRole('heading', { name: 'Öppna Plankoll i Excel' }).waitFor();
  const demo = page.getByRole('link', { name: 'Prova demoversionen i webbläsaren' });
  expect(await demo.getAttribute('href')).toBe('harness.html');
  expect(officeJsRequests[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  expect(errors).toEqual([]);
  expect(await axeFindings(page)).toEqual({ serious: [], needsReview: [] });
  await demo.click();
  await page.getByRole('button', { name: 'Validera' }).waitFor();
  await page.close();
});

/** Stands in for office.js: reports an Excel host with the given language and theme, and has no Excel API. */
function hostShim(displayLanguage: string, bodyBackgroundColor: string): string {
  return `window.Office = {
    HostType: { Excel: 'Excel' },
    context: { displayLanguage: ${JSON.stringify(displayLanguage)}, officeTheme: { bodyBackgroundColor: ${JSON.stringify(bodyBackgroundColor)} } },
    onReady: function (cb) { var info = { host: 'Excel', platform: 'OfficeOnline' }; if (cb) cb(info); return Promise.resolve(info); }
  };`;
}

test('in an Excel host the pane follows Office language and theme, and shows a failing Excel call as a message', async () => {
  const page = await suite.browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: hostShim('en-US', '#262626') }),
  );
  await page.goto(`${suite.server.url}taskpane.html`);
  const validate = page.getByRole('button', { name: 'Validate' });
  await validate.waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  // dark Office theme -> Fluent's dark theme: the pane's background is dark
  const background = await page.locator('.fui-FluentProvider').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
  expect(r + g + b).toBeLessThan(3 * 80);

  await validate.click(); // the shim has no Excel.run: the gateway's error must reach the user
  // In the pane's language, what happened and what to do; the script error only behind Show details.
  await page.getByText('Plankoll could not read the workbook.').first().waitFor();
  await page.getByRole('button', { name: 'Show details' }).first().click();
  await page.getByText(/Excel is not defined/).first().waitFor();
  expect(pageErrors).toEqual([]);
  await page.close();
});

test('taskpane.html loads only its own bundle: no exceljs, gzipped under 250 KB', async () => {
  const scripts = await taskpaneScripts();
  expect(scripts.map((s) => s.file)).toEqual([expect.stringMatching(/^taskpane\.[0-9a-f]+\.js$/)]);
  for (const s of scripts) {
    const code = await readFile(join(DIST, s.file), 'utf8');
    // exceljs' own strings (its zip writer and workbook reader); none belong in the task pane.
    expect(code).not.toMatch(/xl\/sharedStrings\.xml|ExcelJS/);
  }
  const total = scripts.reduce((n, s) => n + s.gzipBytes, 0);
  expect(total).toBeLessThan(250 * 1024);
  const harness = await readFile(join(DIST, 'harness.html'), 'utf8');
  expect(harness).not.toMatch(/office\.js/);
});
