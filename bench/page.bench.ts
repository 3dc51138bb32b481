/**
 * The browser page's weight: gzipped size of the scripts dist/harness.html loads at first (lazy chunks
 * excluded). Goal ≤ 200 KB: the page reads workbooks with Plankoll's own reader, not exceljs.
 * Builds dist/ first when it is missing. The scripts are found as the browser tests find them
 * (tests/browser/bundle.ts: the built HTML is minified, its attributes unquoted).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pageScripts } from '../tests/browser/bundle';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');

export async function bench(): Promise<Array<{ name: string; value: number; unit: string }>> {
  if (!existsSync(join(DIST, 'harness.html'))) {
    execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  }
  const scripts = await pageScripts('harness.html');
  if (scripts.length === 0) throw new Error('dist/harness.html loads no scripts: is dist/ built?');
  const gzip = scripts.reduce((n, s) => n + s.gzipBytes, 0);
  return [{ name: `browser page scripts at first load, gzipped (${scripts.length} files; goal ≤ 200)`, value: Math.round(gzip / 102.4) / 10, unit: 'KB' }];
}
