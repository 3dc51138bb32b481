/**
 * Screenshots for docs/controller-guide.md, taken from the real task pane in the browser harness
 * (dist/harness.html, built by `npm run build`) with playwright-core and the system Chromium.
 * Run: `npm run build && npx tsx scripts/screenshots.ts` -> docs/screenshots/*.png (PLANKOLL_DIST=dir: another build)
 *
 * Serves dist/ on 127.0.0.1 (random port), opens the harness on the bundled example with deliberate
 * problems, and walks what a controller does: validate, choose a finding, highlight, summary, seal; then,
 * on the clean example, the follow-up cycle: since the last follow-up, Spara uppföljning, its question.
 * Every step names the control by role and its Swedish label, as a user sees it.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { paneTab } from '../tests/browser/harnessPage';

const ROOT = resolve(__dirname, '..');
const DIST = resolve(process.env.PLANKOLL_DIST ?? join(ROOT, 'dist'));
const OUT = join(ROOT, 'docs', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
    const file = join(dir, path === '' ? 'harness.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      ok({ server, base: `http://127.0.0.1:${port}/` });
    }),
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300); // let Fluent's transitions settle
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });
  process.stdout.write(`docs/screenshots/${name}.png\n`);
}

/** Runs one step; a step that fails is reported and the rest still run. */
async function step(name: string, f: () => Promise<void>, failures: string[]): Promise<void> {
  try {
    await f();
  } catch (e) {
    failures.push(`${name}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
}

/**
 * The first page of the meeting handout of the example, sealed by Anna Berg, as `plankoll report` makes
 * it (lib/, built by `npm run build:cli`), rendered by poppler's pdftoppm.
 */
async function handoutPage(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'plankoll-shots-'));
  const workbook = join(dir, 'handlingsplan.xlsx');
  copyFileSync(join(ROOT, 'examples', 'handlingsplan-is-it-2011.xlsx'), workbook);
  const cli = join(ROOT, 'bin', 'plankoll.js');
  execFileSync(process.execPath, [cli, 'seal', workbook, '--by', 'Anna Berg']);
  execFileSync(process.execPath, [cli, 'report', workbook, '-o', join(dir, 'handout.pdf')]);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(dir, 'handout.pdf'), join(OUT, '10-motesunderlag')]);
  process.stdout.write('docs/screenshots/10-motesunderlag.png\n');
}

/**
 * Spara uppföljning's part of the cycle (the guide's section 5a), on its own page so the steps above keep
 * their state: the clean example at its report date 2011-12-31 (the page's clock a few days later, as at
 * the meeting), its summary's *Sedan förra uppföljningen* against Tertial 2, saving Helår 2011, and the
 * question when the period is saved again.
 */
async function followUpShots(browser: Browser, base: string, failures: string[]): Promise<void> {
  // 1000 px high: the Uppföljning sheet's grid (70 % of the height) then ends inside the window.
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, deviceScaleFactor: 1, locale: 'sv-SE' });
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  await page.clock.setFixedTime(new Date('2012-01-10T09:30:00'));
  await page.goto(`${base}harness.html`);
  await page.locator('input[type=file]').setInputFiles(join(DIST, 'examples', 'handlingsplan-is-it-2011.xlsx'));
  await page.getByText(/Öppen arbetsbok: handlingsplan-is-it-2011\.xlsx/).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Validera$/ }).click();
  await page.getByText(/0 fel/).first().waitFor({ timeout: 30_000 });
  // With the pane in tabs (issue 15), the summary and Spara uppföljning share one.
  const showPanel = async (): Promise<void> => {
    const tab = page.getByRole('tablist', { name: 'Plankoll' }).getByRole('tab', { name: 'Sammanfattning och uppföljning', exact: true });
    if ((await tab.count()) > 0) await tab.click();
  };
  /** Scrolls a sheet's grid (only the grid, not the page) so that the row of `cell` is its first below the column letters. */
  const gridTo = (grid: ReturnType<Page['getByRole']>, row: number): Promise<void> =>
    grid.evaluate((scroller, r) => {
      const tr = scroller.querySelector(`td[data-address="A${r}"]`)?.parentElement;
      const head = scroller.querySelector('thead');
      if (!tr || !head) throw new Error(`no row ${r} in the grid`);
      scroller.scrollTop += tr.getBoundingClientRect().top - scroller.getBoundingClientRect().top - head.getBoundingClientRect().height;
    }, row);
  await step('since the last follow-up', async () => {
    await showPanel();
    await page.getByRole('button', { name: /^Skapa sammanfattning$/ }).click();
    await page.getByText(/Sammanfattningen finns på bladet/).waitFor({ timeout: 30_000 });
    const grid = page.getByRole('region', { name: /: Sammanfattning$/ });
    const heading = grid.locator('td', { hasText: /^Sedan förra uppföljningen$/ });
    const row = Number((await heading.getAttribute('data-address'))?.slice(1));
    await gridTo(grid, row);
    await page.waitForTimeout(300);
    // The sheet's grid alone: the section from its heading down.
    await grid.screenshot({ path: join(OUT, '11-sedan-forra-uppfoljningen.png') });
    process.stdout.write('docs/screenshots/11-sedan-forra-uppfoljningen.png\n');
  }, failures);
  await step('save follow-up', async () => {
    await showPanel();
    await page.getByRole('textbox', { name: 'Uppföljningsperiod' }).fill('Helår 2011');
    await page.getByRole('button', { name: /^Spara uppföljning$/ }).click();
    await page.getByText(/Uppföljningen Helår 2011 \(2011-12-31\) är sparad/).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Uppföljning', exact: true }).click();
    const grid = page.getByRole('region', { name: /: Uppföljning$/ });
    await grid.locator('td[data-address="A55"]').waitFor();
    await page.waitForTimeout(300);
    // Tertial 2's last rows above the 18 new ones of Helår 2011.
    await gridTo(grid, 36);
    await shot(page, '12-spara-uppfoljning');
  }, failures);
  await step('replace question', async () => {
    await page.getByRole('button', { name: /^Spara uppföljning$/ }).click();
    const dialog = page.getByRole('dialog', { name: /Ersätta en sparad uppföljning/ });
    await dialog.waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500); // the dialog's entrance transition
    const box = await dialog.boundingBox();
    if (box === null) throw new Error('the dialog has no box');
    const pad = 32;
    await page.screenshot({ path: join(OUT, '13-ersatt-fraga.png'), clip: { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad } });
    process.stdout.write('docs/screenshots/13-ersatt-fraga.png\n');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
  }, failures);
  await page.close();
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST, 'harness.html'))) {
    process.stderr.write('screenshots: dist/harness.html is missing; run `npm run build` first\n');
    return 2;
  }
  mkdirSync(OUT, { recursive: true });
  const { server, base } = await serve(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const failures: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1, locale: 'sv-SE' });
    page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
    await page.goto(`${base}harness.html`);
    await page.getByText(/Öppen arbetsbok/).waitFor({ timeout: 30_000 });

    await step('start', () => shot(page, '01-start'), failures);
    await step('validate', async () => {
      await page.getByRole('button', { name: /^Validera$/ }).click();
      await page.getByText(/\d+ fel/).first().waitFor({ timeout: 30_000 });
      await shot(page, '02-avvikelser');
    }, failures);
    await step('choose finding', async () => {
      const finding = page.getByRole('listitem').filter({ hasText: /B003|R005|P007/ }).first();
      await finding.click();
      await page.waitForTimeout(500);
      await shot(page, '03-ga-till-cell');
    }, failures);
    await step('highlight', async () => {
      await page.getByRole('switch', { name: /Färgmarkera avvikelser/ }).click();
      await page.waitForTimeout(500);
      await shot(page, '04-markera');
    }, failures);
    await step('filter', async () => {
      const filter = page.getByLabel(/Filtrera avvikelser/);
      await filter.fill('R00');
      await page.waitForTimeout(300);
      await shot(page, '05-filter');
      await filter.fill('');
    }, failures);
    await step('summary', async () => {
      await paneTab(page, 'Sammanfattning och uppföljning').click();
      await page.getByRole('button', { name: /^Skapa sammanfattning$/ }).click();
      await page.getByRole('tab', { name: /Sammanfattning/ }).first().waitFor({ timeout: 30_000 });
      await page.getByRole('tab', { name: /Sammanfattning/ }).first().click();
      await page.waitForTimeout(500);
      await shot(page, '06-sammanfattning');
    }, failures);
    await step('seal', async () => {
      // A seal needs a workbook without errors: open the clean example, validate, seal.
      await page.locator('input[type=file]').setInputFiles(join(DIST, 'examples', 'handlingsplan-is-it-2011.xlsx'));
      await page.getByText(/Öppen arbetsbok: handlingsplan-is-it-2011\.xlsx/).waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: /^Validera$/ }).click();
      await page.getByText(/0 fel/).first().waitFor({ timeout: 30_000 });
      await paneTab(page, 'Försegling').click();
      await page.getByRole('button', { name: /^Försegla$/ }).click();
      await page.getByLabel(/Ditt namn/).fill('Anna Berg');
      await page.getByRole('dialog').getByRole('button', { name: /^Försegla$/ }).click();
      await page.getByText(/förseglad/i).first().waitFor({ timeout: 30_000 });
      // Sealing also saves the auto-open setting: the switch is disabled until that is done.
      await page.getByRole('switch', { name: /Öppna Plankoll när arbetsboken öppnas/, checked: true, disabled: false }).waitFor({ timeout: 30_000 });
      await page.getByRole('region', { name: /Försegling/ }).scrollIntoViewIfNeeded({ timeout: 5_000 });
      await shot(page, '07-sigill');
    }, failures);
    await step('charts', async () => {
      // The clean, sealed example: its summary sheet with the charts drawn in the page.
      await paneTab(page, 'Sammanfattning och uppföljning').click();
      await page.getByRole('button', { name: /^Skapa sammanfattning$/ }).click();
      await page.getByText(/Sammanfattningen finns på bladet/).waitFor({ timeout: 30_000 });
      await page.locator('figure[data-chart] svg text').last().waitFor({ timeout: 30_000 });
      await page.waitForTimeout(500);
      const charts = page.getByRole('group', { name: 'Diagram' });
      await charts.screenshot({ path: join(OUT, '09-diagram.png') });
      process.stdout.write('docs/screenshots/09-diagram.png\n');
    }, failures);
    await step('english', async () => {
      await page.getByRole('combobox', { name: /Språk/ }).selectOption('en');
      await page.waitForTimeout(300);
      await shot(page, '08-english');
    }, failures);
    await step('follow-up page', () => followUpShots(browser, base, failures), failures);
  } finally {
    await browser.close();
    server.close();
  }
  await step('handout', async () => handoutPage(), failures);
  for (const f of failures) process.stderr.write(`screenshots: ${f}\n`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`screenshots: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
    process.exitCode = 2;
  },
);
