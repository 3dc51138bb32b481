/**
 * `plankoll template -o FILE [--kommuner "Mora,Orsa,Älvdalen"] [--force]`: writes an empty action-plan
 * workbook ("Ny handlingsplan") — the same sheets, tables, formats and lists the ribbon button creates.
 * An existing FILE is never replaced unless `--force` is given: it may be someone's plan.
 */
import { writeFile } from 'node:fs/promises';
import { buildTemplate, templateOptionProblems } from '../../domain/template/buildTemplate';
import { writeTemplateXlsx } from '../../xlsx/writeTemplate';
import { parseArgs, stringFlag } from '../args';
import type { CliIo } from '../io';
import { CliError, EXIT_OK } from '../io';
import { cannotWrite } from '../writeError';

const USAGE = 'usage: plankoll template -o FILE [--kommuner "Mora,Orsa,Älvdalen"] [--force]';

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { valued: ['-o', '--output', '--kommuner', '--municipalities'], boolean: ['--force'] });
  const out = stringFlag(args, '-o') ?? stringFlag(args, '--output');
  if (out === undefined || args.positional.length > 0) throw new CliError(USAGE);
  const list = stringFlag(args, '--kommuner') ?? stringFlag(args, '--municipalities');
  const options = list === undefined ? {} : { municipalities: list.split(/[,;]/).map((s) => s.trim()) };
  const problems = templateOptionProblems(options);
  if (problems.length > 0) throw new CliError(`--kommuner: ${problems[0]}`);
  const template = buildTemplate(options);
  const bytes = await writeTemplateXlsx(template);
  try {
    await writeFile(out, bytes, { flag: args.flags.has('--force') ? 'w' : 'wx' });
  } catch (e) {
    throw cannotWrite(out, e);
  }
  const municipalities = template.tables.find((t) => t.table === 'Finansiering')?.rows.map((r) => r[0]).join(', ') ?? '';
  io.out(`Skrev en tom handlingsplan till ${out}: ${template.tables.map((t) => t.sheet).join(', ')} (kommuner: ${municipalities})\n`);
  return EXIT_OK;
}
