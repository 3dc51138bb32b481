/**
 * The browser page's weight: gzipped size of the scripts dist/harness.html loads at first (lazy chunks
 * excluded). Goal ≤ 200 KB: the page reads workbooks with Plankoll's own reader, not exceljs.
 * Builds dist/ first when it is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');

export async function bench(): Promise<Array<{ name: string; value: number; unit: string }>> {
  if (!existsSync(join(DIST, 'harness.html'))) {
    execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  }
  const html = readFileSync(join(DIST, 'harness.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const gzip = scripts.reduce((n, src) => n + gzipSync(readFileSync(join(DIST, src.replace(/^\//, ''))), { level: 9 }).length, 0);
  return Promise.resolve([
    { name: `browser page scripts at first load, gzipped (${scripts.length} files; goal ≤ 200)`, value: Math.round(gzip / 102.4) / 10, unit: 'KB' },
  ]);
}
