/**
 * `plankoll template -o FILE [--kommuner "Mora,Orsa,Älvdalen"] [--force]`: writes an empty action-plan
 * workbook ("Ny handlingsplan"): the same sheets, tables, formats and lists the ribbon button creates.
 * An existing FILE is never replaced unless `--force` is given: it may be someone's plan.
 */
import { buildTemplate, templateOptionProblems } from '../../domain/template/buildTemplate';
import { writeTemplateXlsx } from '../../xlsx/writeTemplate';
import { textLines } from '../escape';
import { CliError, EXIT_OK } from '../io';
import { localize } from '../messages';
import type { CommandArgs, CommandContext } from '../spec';
import { checkOutputFile, writeOutputFile } from '../write';

export async function run(args: CommandArgs, { io, msg }: CommandContext): Promise<number> {
  const target = { path: args.string('output') ?? '', force: args.has('force') };
  const list = args.string('municipalities');
  const options = list === undefined ? {} : { municipalities: list.split(/[,;]/).map((s) => s.trim()) };
  if (templateOptionProblems(options).length > 0) {
    throw new CliError(localize((m, lang) => m.municipalitiesOption(templateOptionProblems(options, lang)[0])));
  }
  await checkOutputFile(target);
  const template = buildTemplate(options);
  await writeOutputFile(target, await writeTemplateXlsx(template));
  const municipalities = template.tables.find((t) => t.table === 'Finansiering')?.rows.map((r) => r[0]).join(', ') ?? '';
  io.out(textLines([msg.wroteTemplate(target.path, template.tables.map((t) => t.sheet).join(', '), municipalities)]));
  return EXIT_OK;
}
