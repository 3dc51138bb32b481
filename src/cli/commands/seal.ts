/**
 * `plankoll seal FILE --by NAME [-o OUT] [--lang sv|en]`: validates the workbook and, when it has no
 * errors, stores the seal (SPEC §4) in a copy written to OUT (default: FILE itself). With errors it
 * refuses, says how many, exits 1 and writes nothing. Exit 2: unreadable file or wrong usage.
 */
import { rename, unlink, writeFile } from 'node:fs/promises';
import type { Lang } from '../../domain/finding';
import { createSeal, sealToJson } from '../../domain/seal';
import { displayTime } from '../../domain/seal/time';
import { validate } from '../../domain/validate';
import { readSealFromXlsx, writeSealToXlsx } from '../../xlsx/sealStore';
import { parseArgs, stringFlag } from '../args';
import type { CliIo } from '../io';
import { CliError, EXIT_FINDINGS, EXIT_OK } from '../io';
import { cannotWrite } from '../writeError';
import { parseLang } from './verify';
import { readSealFile } from './sealFile';

const USAGE = 'usage: plankoll seal FILE --by NAME [-o OUT] [--lang sv|en]';

export interface SealArgs {
  readonly file: string;
  readonly by: string;
  readonly out: string;
  readonly lang: Lang;
}

export function parseSealArgs(argv: readonly string[]): SealArgs {
  const args = parseArgs(argv, { valued: ['--by', '-o', '--output', '--lang'] });
  if (args.positional.length !== 1) throw new CliError(args.positional.length === 0 ? `missing FILE (${USAGE})` : `expected one FILE (${USAGE})`);
  const by = (stringFlag(args, '--by') ?? '').trim();
  if (by === '') throw new CliError(`missing --by NAME: who seals the workbook (${USAGE})`);
  const file = args.positional[0];
  return { file, by, out: stringFlag(args, '-o') ?? stringFlag(args, '--output') ?? file, lang: parseLang(args) };
}

/** Writes beside the target and renames, so a failed write never leaves a half-written workbook. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.plankoll-${process.pid}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw cannotWrite(path, e);
  }
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseSealArgs(argv);
  const { bytes, snapshot } = await readSealFile(args.file);
  const result = validate(snapshot, { lang: args.lang, today: io.today });
  const { error, warning } = result.counts;
  if (error > 0) {
    io.err(
      args.lang === 'sv'
        ? `plankoll seal: ${args.file} har ${error} fel och förseglas inte (se plankoll validate ${args.file})\n`
        : `plankoll seal: ${args.file} has ${error} error${error === 1 ? '' : 's'} and is not sealed (see plankoll validate ${args.file})\n`,
    );
    return EXIT_FINDINGS;
  }
  const record = await createSeal(result.model, result.counts, args.by, new Date());
  const json = sealToJson(record);
  const sealed = await writeSealToXlsx(bytes, json);
  // Read back before touching the disk: what we write is what `verify` will find.
  if ((await readSealFromXlsx(sealed)) !== json) throw new Error('the sealed copy does not read back; nothing was written');
  await writeAtomically(args.out, sealed);
  io.out(
    args.lang === 'sv'
      ? `Förseglad: ${args.out}\nValiderad av ${record.by} ${displayTime(record.at)}, inga fel, ${warning} varning${warning === 1 ? '' : 'ar'}.\n`
      : `Sealed: ${args.out}\nValidated by ${record.by} on ${displayTime(record.at)}, no errors, ${warning} warning${warning === 1 ? '' : 's'}.\n`,
  );
  return EXIT_OK;
}
