/**
 * dist/taskpane.html and dist/commands.html when office.js cannot do its part: blocked (a proxy, offline),
 * hanging (the CDN or a proxy never answers), or loaded but Office never ready. The page paints at once,
 * then says what happened and what to do — never a blank pane, never "open Plankoll in Excel" to a user
 * who is in Excel, never "Office is not defined".
 */
import type { Page } from 'playwright-core';
import { browserSuite, watchErrors } from './harnessPage';

jest.setTimeout(180_000);

const suite = browserSuite();
const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';

type OfficeJs = 'blocked' | 'hanging' | 'neverReady';

/** Everything outside the test server is refused; office.js as `how` says. */
async function serve(page: Page, how: OfficeJs): Promise<void> {
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(suite.server.url)) return route.continue();
    if (!url.startsWith(OFFICE_JS.slice(0, -2))) return route.abort();
    if (how === 'blocked') return route.abort('blockedbyclient');
    if (how === 'hanging') return undefined; // never answered: the request stays open
    // Office that loads but never says it is ready.
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.Office = { onReady: function () { return new Promise(function () {}); } };' });
  });
}

test('office.js blocked: the pane says it could not be loaded and what to do, with the detail behind "Visa detaljer"', async () => {
  const page = await suite.browser.newPage({ locale: 'sv-SE', viewport: { width: 350, height: 700 } });
  const errors = watchErrors(page);
  await serve(page, 'blocked');
  await page.goto(`${suite.server.url}taskpane.html`);
  await page.getByRole('heading', { name: 'Plankoll kunde inte starta' }).waitFor();
  await page.getByText('Plankoll kunde inte ladda office.js, Microsofts bibliotek som kopplar tillägget till Excel.').waitFor();
  expect(await page.getByText(/måste appsforoffice\.microsoft\.com vara tillåten/).count()).toBe(1);
  expect(await page.getByRole('heading', { name: 'Öppna Plankoll i Excel' }).count()).toBe(0);
  const details = page.getByRole('button', { name: 'Visa detaljer' });
  expect(await details.getAttribute('aria-expanded')).toBe('false');
  expect(await page.getByText(/office\.js could not be loaded/).isVisible()).toBe(false);
  await details.click();
  await page.getByText(/office\.js could not be loaded/).waitFor();
  // The blocked request is the browser's own console line; nothing of the page's throws.
  expect(errors.filter((e) => !/ERR_BLOCKED_BY_CLIENT|Failed to load resource/.test(e))).toEqual([]);
  await page.close();
});

test('office.js hanging: the pane paints at once, then says office.js has not arrived instead of staying blank', async () => {
  const page = await suite.browser.newPage({ locale: 'en-GB' });
  const errors = watchErrors(page);
  await page.clock.install();
  await serve(page, 'hanging');
  // The page's load event waits for the hanging script; what the user sees does not.
  await page.goto(`${suite.server.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
  await page.getByText('Starting Plankoll…').waitFor(); // first paint, while office.js hangs
  await page.clock.runFor(21_000);
  await page.getByRole('heading', { name: 'Plankoll could not start' }).waitFor();
  await page.getByText("office.js, Microsoft's library that connects the add-in to Excel, has not arrived.").waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test('office.js loaded but Office never ready: a timeout message', async () => {
  const page = await suite.browser.newPage({ locale: 'sv-SE' });
  const errors = watchErrors(page);
  await page.clock.install();
  await serve(page, 'neverReady');
  await page.goto(`${suite.server.url}taskpane.html`);
  await page.getByText('Startar Plankoll…').waitFor();
  await page.clock.runFor(21_000);
  await page.getByText('Excel svarade inte när Plankoll startade.').waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test('commands.html without office.js: no "Office is not defined"; the page says what failed, and a dialog still shows its message', async () => {
  const page = await suite.browser.newPage({ locale: 'sv-SE' });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await serve(page, 'blocked');
  await page.goto(`${suite.server.url}commands.html`);
  await page.getByRole('alert').filter({ hasText: 'Plankoll kunde inte ladda office.js' }).waitFor();

  await page.goto(`${suite.server.url}commands.html?message=${encodeURIComponent('Sammanfattningen kunde inte skapas.')}&detail=AccessDenied&lang=sv`);
  await page.getByRole('alert').filter({ hasText: 'Sammanfattningen kunde inte skapas.' }).waitFor();
  await page.getByRole('button', { name: 'Visa detaljer' }).click();
  await page.getByText('AccessDenied').waitFor();
  expect(pageErrors).toEqual([]);
  await page.close();
});
