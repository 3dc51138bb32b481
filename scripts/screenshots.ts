/**
 * Screenshots for docs/controller-guide.md, taken from the real task pane in the browser harness
 * (dist/harness.html, built by `npm run build`) with playwright-core and the system Chromium.
 * Run: `npm run build && npx tsx scripts/screenshots.ts` -> docs/screenshots/*.png (PLANKOLL_DIST=dir: another build)
 *
 * Serves dist/ on 127.0.0.1 (random port), opens the harness on the bundled example with deliberate
 * problems, and walks what a controller does: validate, choose a finding, highlight, summary, seal.
 * Every step names the control by role and its Swedish label, as a user sees it.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';

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
      await page.getByRole('switch', { name: /Markera avvikelser/ }).click();
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
      await page.getByRole('button', { name: /^Försegla$/ }).click();
      await page.getByLabel(/Ditt namn/).fill('Anna Berg');
      await page.getByRole('dialog').getByRole('button', { name: /^Försegla$/ }).click();
      await page.getByText(/förseglad/i).first().waitFor({ timeout: 30_000 });
      await page.getByRole('region', { name: /Försegling/ }).scrollIntoViewIfNeeded({ timeout: 5_000 });
      await shot(page, '07-sigill');
    }, failures);
    await step('charts', async () => {
      // The clean, sealed example: its summary sheet with the charts drawn in the page.
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
