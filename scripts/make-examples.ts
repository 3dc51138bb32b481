/**
 * Writes the example workbooks shipped in examples/: the 2011 IS/IT plan, clean and "med fel".
 * Run with `npm run examples`; the files are committed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { examplePlanWorkbook, examplePlanWorkbookWithProblems } from '../src/domain/example';
import { writePlanXlsx } from '../src/xlsx/writePlan';

export const EXAMPLES_DIR = join(__dirname, '..', 'examples');
export const CLEAN_EXAMPLE = join(EXAMPLES_DIR, 'handlingsplan-is-it-2011.xlsx');
export const PROBLEM_EXAMPLE = join(EXAMPLES_DIR, 'handlingsplan-is-it-2011-med-fel.xlsx');

/** The same package with every zip entry dated at the report date, so regenerating gives identical bytes. */
async function reproducible(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const date = new Date(Date.UTC(2011, 11, 31, 12));
  for (const entry of Object.values(zip.files)) entry.date = date;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function main(): Promise<void> {
  writeFileSync(CLEAN_EXAMPLE, await reproducible(await writePlanXlsx(examplePlanWorkbook())));
  writeFileSync(PROBLEM_EXAMPLE, await reproducible(await writePlanXlsx(examplePlanWorkbookWithProblems())));
  process.stdout.write(`wrote ${CLEAN_EXAMPLE}\nwrote ${PROBLEM_EXAMPLE}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`make-examples: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
