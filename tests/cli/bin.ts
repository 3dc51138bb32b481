/**
 * The real launcher, as a user runs it: `node bin/plankoll.js` on the compiled and bundled CLI (lib/ and
 * lib/plankoll.js, from `npm run build:cli`; rebuilt by `ensureBuilt()` when older than the sources).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run';

export const BIN = join(ROOT, 'bin', 'plankoll.js');
const BUILT = join(ROOT, 'lib', 'plankoll.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Compiles src/ to lib/ and bundles it when a source is newer than the bundle (call from a beforeAll with a long timeout). */
export function ensureBuilt(): void {
  const sources = Math.max(
    statSync(join(ROOT, 'scripts', 'bundle-cli.cjs')).mtimeMs,
    ...['cli', 'domain', 'xlsx', 'i18n', 'render'].filter((d) => existsSync(join(ROOT, 'src', d))).map((d) => newestSource(join(ROOT, 'src', d))),
  );
  if (!existsSync(BUILT) || statSync(BUILT).mtimeMs < sources) {
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'pipe' });
    } catch {
      // tsc still emits on type errors elsewhere in the tree; the launcher is the judge.
    }
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'bundle-cli.cjs')], { cwd: ROOT, stdio: 'pipe' });
  }
}
