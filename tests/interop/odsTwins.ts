/**
 * Fixture script: the .ods twin of a workbook, made by LibreOffice Calc headless
 * (`soffice --headless --convert-to ods`), as a municipality on LibreOffice would save the plan. Each call
 * uses its own LibreOffice profile (`-env:UserInstallation`), so parallel runs and a user's own
 * LibreOffice never share one. Run directly (`npx tsx tests/interop/odsTwins.ts OUTDIR FILE…`) to write
 * twins for a look by hand.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export const SOFFICE = '/usr/bin/soffice';

/** Converts each `.xlsx` file to `.ods` in `outDir`; returns the twins' paths, in the same order. */
export function odsTwins(files: readonly string[], outDir: string): string[] {
  const work = mkdtempSync(join(tmpdir(), 'plankoll-ods-twin-'));
  // Copies under the work folder, so LibreOffice never touches (or locks) the originals.
  const copies = files.map((f) => {
    const copy = join(work, basename(f));
    copyFileSync(f, copy);
    return copy;
  });
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', 'ods', '--outdir', outDir, ...copies],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return copies.map((c) => {
    const twin = join(outDir, basename(c).replace(/\.xls[xm]$/i, '.ods'));
    if (!existsSync(twin)) throw new Error(`LibreOffice did not write ${twin}`);
    return twin;
  });
}

if (require.main === module) {
  const [out, ...files] = process.argv.slice(2);
  if (out === undefined || files.length === 0) {
    process.stderr.write('usage: tsx tests/interop/odsTwins.ts OUTDIR FILE.xlsx…\n');
    process.exit(2);
  }
  for (const twin of odsTwins(files.map((f) => resolve(f)), resolve(out))) process.stdout.write(`${twin}\n`);
}
