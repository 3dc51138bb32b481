/**
 * `plankoll seal FILE --by NAME [-o OUT] [--force] [--catalog C]`: validates the workbook and, when it has
 * no errors, stores the seal (SPEC §4, both copies: the custom XML part and the very hidden sheet, the
 * earlier seals in its history) in a copy written to OUT (default: FILE itself, replaced atomically), and
 * marks it to open Plankoll's pane when it is opened (src/xlsx/zip/webExtension.ts; `--catalog` says
 * where Excel finds the add-in, `none` leaves auto-open out). With
 * errors it refuses, says how many, exits 1 and writes nothing. Exit 2: unreadable file, an OUT that
 * may not be replaced, or wrong usage.
 */
import { CENTRAL_CATALOG, parseCatalog } from '../../domain/autoOpen';
import { createSeal, sealToJson } from '../../domain/seal';
import { displayTime } from '../../domain/seal/time';
import { validate } from '../../domain/validate';
import { SEAL_SHEET_NAME } from '../../domain/seal/sheetCopy';
import { readSealCopiesFromXlsx, writeSealCopiesToXlsx } from '../../xlsx/sealStore';
import { escapeControl, textLines } from '../escape';
import { CliError, EXIT_FINDINGS, EXIT_OK } from '../io';
import { localize } from '../messages';
import type { CommandArgs, CommandContext } from '../spec';
import { nodeSha256 } from '../nodeHash';
import { checkOutputFile, writeOutputFile } from '../write';
import { isOdsPackage } from '../../xlsx/ods/readOds';
import { readSealFile } from './sealFile';

export async function run(args: CommandArgs, { io, lang, msg }: CommandContext): Promise<number> {
  const file = args.operands[0];
  const by = (args.string('by') ?? '').trim();
  if (by === '') throw new CliError(localize((m) => m.emptyValue('--by')));
  const target = { path: args.string('output') ?? file, force: args.has('force'), input: file };
  await checkOutputFile(target);
  if (/\.ods$/i.test(target.path)) throw new CliError(localize((m) => m.sealNotXlsx(target.path)));
  const { bytes, snapshot } = await readSealFile(file);
  // The seal is stored in the .xlsx package; an .ods file is read, but cannot hold it.
  if (isOdsPackage(bytes)) throw new CliError(localize((m) => m.sealNotXlsx(file)));
  const result = validate(snapshot, { lang, today: io.today });
  const { error, warning } = result.counts;
  if (error > 0) {
    io.err(`plankoll seal: ${escapeControl(msg.sealRefused(file, error))}\n`);
    return EXIT_FINDINGS;
  }
  // The earlier seal (either copy) goes into the new one's history.
  const record = await createSeal(result.model, result.counts, by, new Date(), { previous: snapshot.seal, hash: nodeSha256 });
  const json = sealToJson(record);
  const catalog = args.string('catalog');
  const autoOpen = catalog === undefined ? CENTRAL_CATALOG : (parseCatalog(catalog) ?? undefined);
  const { bytes: sealed, sheet } = await writeSealCopiesToXlsx(bytes, json, autoOpen === undefined ? {} : { autoOpen });
  // Read back before touching the disk: what we write is what `verify` will find, in both copies.
  const back = await readSealCopiesFromXlsx(sealed);
  if (back.part !== json || (sheet && back.sheet !== json)) throw new Error('the sealed copy does not read back; nothing was written');
  await writeOutputFile(target, sealed);
  if (!sheet) io.err(`plankoll seal: ${escapeControl(msg.sealSheetTaken(SEAL_SHEET_NAME))}\n`);
  const lines = [msg.sealed(target.path), msg.sealedBy(record.by, displayTime(record.at), record.period, warning)];
  if (record.history.length > 0) lines.push(msg.sealHistory(record.history.length));
  io.out(textLines(lines));
  return EXIT_OK;
}
