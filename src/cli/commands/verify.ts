/**
 * `plankoll verify FILE [--json]`: checks the workbook's seal (SPEC §4). Exit 0 when intact (printing
 * who and when), 1 when changed since sealing (naming the tables and action IDs), absent or
 * unreadable as a seal; 2 when the file cannot be read or the usage is wrong.
 */
import type { Lang } from '../../domain/finding';
import { readPlan } from '../../domain/readPlan';
import { checkSeal, describeSeal } from '../../domain/seal';
import type { SealCheck } from '../../domain/seal';
import { safeJson, textLines } from '../escape';
import { EXIT_FINDINGS, EXIT_OK } from '../io';
import type { CliMessages } from '../messages';
import type { CommandArgs, CommandContext } from '../spec';
import { readSealFile } from './sealFile';

/** The check as `--json` prints it: the state and what changed, without the stored digests. */
export function verifyJson(file: string, check: SealCheck, lang: Lang): string {
  const { record: _record, ...rest } = check as SealCheck & { record?: unknown };
  return safeJson({ file, ...rest, text: describeSeal(check, lang) });
}

/** The description, plus the full ID lists when the description had to shorten them. */
function verifyText(file: string, check: SealCheck, lang: Lang, msg: CliMessages): string {
  const lines = [`${file}: ${describeSeal(check, lang)}`];
  if (check.state === 'changed') {
    for (const kind of ['changed', 'added', 'removed'] as const) {
      if (check[kind].length > 5) lines.push(`  ${msg.verifyLists[kind]}: ${check[kind].join(', ')}`);
    }
  }
  return textLines(lines);
}

export async function run(args: CommandArgs, { io, lang, msg }: CommandContext): Promise<number> {
  const file = args.operands[0];
  const { snapshot } = await readSealFile(file);
  const check = await checkSeal(snapshot.seal, readPlan(snapshot).model);
  io.out(args.has('json') ? verifyJson(file, check, lang) : verifyText(file, check, lang, msg));
  return check.state === 'intact' ? EXIT_OK : EXIT_FINDINGS;
}
