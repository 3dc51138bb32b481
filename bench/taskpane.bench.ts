/**
 * The task pane's weight and first render: gzipped size of the scripts dist/taskpane.html loads (goal
 * ≤ 250 KB), and the time from navigation start to the Validera button, in headless Chromium (goal
 * ≤ 500 ms). Builds dist/ first if it is missing.
 *
 * Two render timings, because outside Office the real office.js never reports an Excel host:
 * - `first render in Excel (host shim)`: office.js replaced by a few lines that report an Excel host at
 *   once, so the pane renders as in Excel; measures our bundle (parse, React, Fluent) to the Validera button.
 * - `first render, real office.js, no host`: the real office.js served locally, to the "open in Excel" heading.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, ROOT, launchChromium, routeOfficeJs } from '../tests/browser/chromium';
import { taskpaneScripts } from '../tests/browser/bundle';
import { serveDirectory } from '../tests/browser/staticServer';

interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

const RUNS = 5;

const HOST_SHIM = `window.Office = {
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: 'sv-SE' },
  onReady: function (cb) { var info = { host: 'Excel', platform: 'OfficeOnline' }; if (cb) cb(info); return Promise.resolve(info); }
};`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** ms from navigation start until `selector` is visible, read from the page's own clock. */
async function timeTo(page: Page, url: string, visible: () => Promise<void>): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await visible();
  return page.evaluate(() => performance.now());
}

export async function bench(): Promise<BenchResult[]> {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  }
  const scripts = await taskpaneScripts();
  const gzip = scripts.reduce((n, s) => n + s.gzipBytes, 0);
  const raw = scripts.reduce((n, s) => n + s.bytes, 0);

  const server = await serveDirectory(DIST);
  const browser = await launchChromium();
  const shim: number[] = [];
  const real: number[] = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext({ locale: 'sv-SE' });
      const page = await context.newPage();
      await page.route('https://appsforoffice.microsoft.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: HOST_SHIM }),
      );
      const t = await timeTo(page, `${server.url}taskpane.html`, () =>
        page.getByRole('button', { name: 'Validera' }).waitFor({ state: 'visible' }),
      );
      if (i > 0) shim.push(t); // the first run warms the server and the disk cache
      await context.close();
    }
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext({ locale: 'sv-SE' });
      const page = await context.newPage();
      await routeOfficeJs(page, server.url);
      const t = await timeTo(page, `${server.url}taskpane.html`, () =>
        page.getByRole('heading', { name: 'Öppna Plankoll i Excel' }).waitFor({ state: 'visible' }),
      );
      if (i > 0) real.push(t);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    { name: 'taskpane scripts, gzipped (goal ≤ 250)', value: Math.round(gzip / 102.4) / 10, unit: 'KB' },
    { name: 'taskpane scripts, minified', value: Math.round(raw / 102.4) / 10, unit: 'KB' },
    { name: `first render in Excel (host shim), median of ${RUNS} (goal ≤ 500)`, value: Math.round(median(shim)), unit: 'ms' },
    { name: `first render, real office.js, no host, median of ${RUNS}`, value: Math.round(median(real)), unit: 'ms' },
  ];
}
