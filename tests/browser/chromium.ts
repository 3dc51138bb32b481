/** Headless Chromium from the system (never downloaded), and office.js served from node_modules. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

/**
 * Serves Microsoft's CDN URLs from @microsoft/office-js's dist/ (office.js loads more files from beside
 * itself), and refuses every other outside request: the tests run offline.
 */
export async function routeOfficeJs(page: Page, allowedOrigin: string): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const rel = decodeURIComponent(new URL(url).pathname.slice('/lib/1/hosted/'.length));
      try {
        const body = await readFile(join(OFFICE_DIST, ...rel.split('/').filter((p) => p !== '..')));
        return route.fulfill({ status: 200, contentType: 'text/javascript', body });
      } catch {
        return route.fulfill({ status: 404, body: '' });
      }
    }
    return route.abort();
  });
}
