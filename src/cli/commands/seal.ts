/**
 * `plankoll seal FILE --by NAME [-o OUT] [--force]`: validates the workbook and, when it has no errors,
 * stores the seal (SPEC §4) in a copy written to OUT (default: FILE itself, replaced atomically). With
 * errors it refuses, says how many, exits 1 and writes nothing. Exit 2: unreadable file, an OUT that
 * may not be replaced, or wrong usage.
 */
import { createSeal, sealToJson } from '../../domain/seal';
import { displayTime } from '../../domain/seal/time';
import { validate } from '../../domain/validate';
import { readSealFromXlsx, writeSealToXlsx } from '../../xlsx/sealStore';
import { escapeControl, textLines } from '../escape';
import { CliError, EXIT_FINDINGS, EXIT_OK } from '../io';
import { localize } from '../messages';
import type { CommandArgs, CommandContext } from '../spec';
import { checkOutputFile, writeOutputFile } from '../write';
import { readSealFile } from './sealFile';

export async function run(args: CommandArgs, { io, lang, msg }: CommandContext): Promise<number> {
  const file = args.operands[0];
  const by = (args.string('by') ?? '').trim();
  if (by === '') throw new CliError(localize((m) => m.emptyValue('--by')));
  const target = { path: args.string('output') ?? file, force: args.has('force'), input: file };
  await checkOutputFile(target);
  const { bytes, snapshot } = await readSealFile(file);
  const result = validate(snapshot, { lang, today: io.today });
  const { error, warning } = result.counts;
  if (error > 0) {
    io.err(`plankoll seal: ${escapeControl(msg.sealRefused(file, error))}\n`);
    return EXIT_FINDINGS;
  }
  const record = await createSeal(result.model, result.counts, by, new Date());
  const json = sealToJson(record);
  const sealed = await writeSealToXlsx(bytes, json);
  // Read back before touching the disk: what we write is what `verify` will find.
  if ((await readSealFromXlsx(sealed)) !== json) throw new Error('the sealed copy does not read back; nothing was written');
  await writeOutputFile(target, sealed);
  io.out(textLines([msg.sealed(target.path), msg.sealedBy(record.by, displayTime(record.at), warning)]));
  return EXIT_OK;
}
