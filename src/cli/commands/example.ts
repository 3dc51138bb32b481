/** `plankoll example -o FILE [--with-problems]`: writes the example workbook of the 2011 IS/IT plan. */
import { writeFile } from 'node:fs/promises';
import { examplePlanWorkbook, examplePlanWorkbookWithProblems } from '../../domain/example';
import { writePlanXlsx } from '../../xlsx/writePlan';
import { parseArgs, stringFlag } from '../args';
import type { CliIo } from '../io';
import { CliError, EXIT_OK } from '../io';
import { cannotWrite } from '../writeError';

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { valued: ['-o', '--output'], boolean: ['--with-problems'] });
  const out = stringFlag(args, '-o') ?? stringFlag(args, '--output');
  if (out === undefined || args.positional.length > 0) throw new CliError('usage: plankoll example -o FILE [--with-problems]');
  const withProblems = args.flags.has('--with-problems');
  const bytes = await writePlanXlsx(withProblems ? examplePlanWorkbookWithProblems() : examplePlanWorkbook());
  try {
    await writeFile(out, bytes);
  } catch (e) {
    throw cannotWrite(out, e);
  }
  io.out(`Skrev ${withProblems ? 'exemplet med fel' : 'exemplet'} (Handlingsplan för styrning av IS/IT 2011) till ${out}\n`);
  return EXIT_OK;
}
