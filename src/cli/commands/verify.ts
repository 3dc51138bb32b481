/**
 * `plankoll verify FILE [--json] [--lang sv|en]`: checks the workbook's seal (SPEC §4). Exit 0 when intact
 * (printing who and when), 1 when changed since sealing (naming the tables and action IDs), absent or
 * unreadable as a seal; 2 when the file cannot be read or the usage is wrong.
 */
import type { Lang } from '../../domain/finding';
import { readPlan } from '../../domain/readPlan';
import { checkSeal, describeSeal } from '../../domain/seal';
import type { SealCheck } from '../../domain/seal';
import type { ParsedArgs } from '../args';
import { parseArgs, stringFlag } from '../args';
import type { CliIo } from '../io';
import { CliError, EXIT_FINDINGS, EXIT_OK } from '../io';
import { readSealFile } from './sealFile';

const USAGE = 'usage: plankoll verify FILE [--json] [--lang sv|en]';

export function parseLang(args: ParsedArgs): Lang {
  const lang = stringFlag(args, '--lang') ?? 'sv';
  if (lang !== 'sv' && lang !== 'en') throw new CliError(`--lang must be sv or en, not '${lang}'`);
  return lang;
}

/** The check as `--json` prints it: the state and what changed, without the stored digests. */
export function verifyJson(file: string, check: SealCheck, lang: Lang): string {
  const { record: _record, ...rest } = check as SealCheck & { record?: unknown };
  return `${JSON.stringify({ file, ...rest, text: describeSeal(check, lang) }, null, 2)}\n`;
}

/** The description, plus the full ID lists when the description had to shorten them. */
function verifyText(file: string, check: SealCheck, lang: Lang): string {
  const lines = [`${file}: ${describeSeal(check, lang)}`];
  if (check.state === 'changed') {
    const label = lang === 'sv' ? { changed: 'ändrade', added: 'tillagda', removed: 'borttagna' } : { changed: 'changed', added: 'added', removed: 'removed' };
    for (const kind of ['changed', 'added', 'removed'] as const) {
      if (check[kind].length > 5) lines.push(`  ${label[kind]}: ${check[kind].join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { valued: ['--lang'], boolean: ['--json'] });
  if (args.positional.length !== 1) throw new CliError(args.positional.length === 0 ? `missing FILE (${USAGE})` : `expected one FILE (${USAGE})`);
  const lang = parseLang(args);
  const file = args.positional[0];
  const { snapshot } = await readSealFile(file);
  const check = await checkSeal(snapshot.seal, readPlan(snapshot).model);
  io.out(args.flags.has('--json') ? verifyJson(file, check, lang) : verifyText(file, check, lang));
  return check.state === 'intact' ? EXIT_OK : EXIT_FINDINGS;
}
