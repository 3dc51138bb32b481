/** `plankoll example -o FILE [--with-problems] [--force]`: writes the example workbook of the 2011 IS/IT plan. */
import { examplePlanWorkbook, examplePlanWorkbookWithProblems } from '../../domain/example';
import { writePlanXlsx } from '../../xlsx/writePlan';
import { textLines } from '../escape';
import { EXIT_OK } from '../io';
import type { CommandArgs, CommandContext } from '../spec';
import { checkOutputFile, writeOutputFile } from '../write';

export async function run(args: CommandArgs, { io, msg }: CommandContext): Promise<number> {
  const target = { path: args.string('output') ?? '', force: args.has('force') };
  await checkOutputFile(target);
  const withProblems = args.has('withProblems');
  const bytes = await writePlanXlsx(withProblems ? examplePlanWorkbookWithProblems() : examplePlanWorkbook());
  await writeOutputFile(target, bytes);
  io.out(textLines([msg.wroteExample(withProblems, target.path)]));
  return EXIT_OK;
}
