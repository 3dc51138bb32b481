/**
 * `plankoll record FILE [--period LABEL] [--report-date D] [-o OUT] [--replace] [--force]`: records the
 * current follow-up (SPEC §7) into Uppföljning — one row per action with the period label, Datum = the
 * report date, Utfall, the effective forecast, Status and Kommentar — in a copy written to OUT (default:
 * FILE itself, replaced atomically). The workbook is edited at the zip level (src/xlsx/zip): every part
 * other than the Uppföljning sheet and the package bookkeeping it needs stays byte-identical.
 *
 * - The label: `--period`, else the Plan's Uppföljningsperiod; with neither it is a usage error (exit 2).
 * - A workbook with errors is not recorded (exit 1, nothing written).
 * - A period already recorded is replaced (its rows only) with `--replace`; without it, exit 1 and nothing
 *   written. The pane asks instead.
 * - .xlsx and .xlsm only (an .ods is read by the other verbs but not written).
 * - What is written is read back before the file is replaced: the period's rows must be there.
 */
import { planFollowUpWrite } from '../../domain/record/followUpWrite';
import { planPeriod, recordFollowUp } from '../../domain/record/followUpRecord';
import { followUpsOf, samePeriod } from '../../domain/followup/periods';
import { readPlan } from '../../domain/readPlan';
import { validate } from '../../domain/validate';
import { snapshotFromBytes } from '../../xlsx/file';
import { FollowUpConflictError, conflictMessage } from '../../domain/record/conflicts';
import { writeFollowUpToXlsx } from '../../xlsx/zip/followUpStore';
import { escapeControl, textLines } from '../escape';
import { CliError, EXIT_FINDINGS, EXIT_OK } from '../io';
import { localize } from '../messages';
import type { CommandArgs, CommandContext } from '../spec';
import { checkOutputFile, writeOutputFile } from '../write';
import { readSealFile } from './sealFile';

export async function run(args: CommandArgs, { io, lang, msg }: CommandContext): Promise<number> {
  const file = args.operands[0];
  const target = { path: args.string('output') ?? file, force: args.has('force'), input: file };
  if (/\.ods$/i.test(file) || /\.ods$/i.test(target.path)) throw new CliError(localize((m) => m.recordNotXlsx(/\.ods$/i.test(file) ? file : target.path)));
  await checkOutputFile(target);
  const { bytes, snapshot } = await readSealFile(file);
  const reportDate = args.string('reportDate');
  const result = validate(snapshot, { lang, today: io.today, ...(reportDate !== undefined ? { reportDate } : {}) });
  const given = args.string('period');
  if (given !== undefined && given.trim() === '') throw new CliError(localize((m) => m.emptyValue('--period')));
  const period = given ?? planPeriod(result.model);
  if (period === null && result.counts.error === 0) throw new CliError(localize((m) => m.recordNoPeriod));

  const record = recordFollowUp(result, period ?? '');
  if (record.kind === 'refused') {
    if (record.reason === 'errors') {
      io.err(`plankoll record: ${escapeControl(msg.recordRefused(file, record.errors))}\n`);
      return EXIT_FINDINGS;
    }
    if (record.reason === 'noActions') {
      io.err(`plankoll record: ${escapeControl(msg.recordNoActions(file))}\n`);
      return EXIT_FINDINGS;
    }
    throw new CliError(localize((m) => m.recordNoPeriod));
  }
  if (record.alreadyRecorded > 0 && !args.has('replace')) {
    io.err(`plankoll record: ${escapeControl(msg.recordExists(record.recordedAs ?? record.period, record.alreadyRecorded, record.recordedDate))}\n`);
    return EXIT_FINDINGS;
  }

  const plan = planFollowUpWrite(snapshot, record.rows);
  if (plan.kind === 'conflict') {
    const c = { kind: 'emptyTable', table: plan.name } as const;
    throw new CliError(localize((m, l) => m.recordCannot(file, conflictMessage(c, l))));
  }
  let written: Uint8Array;
  try {
    written = await writeFollowUpToXlsx(bytes, plan.write);
  } catch (e) {
    if (e instanceof FollowUpConflictError) {
      const c = e.conflict;
      throw new CliError(localize((m, l) => m.recordCannot(file, conflictMessage(c, l))), { cause: e });
    }
    throw e;
  }
  // Read back before touching the disk: the period's rows must be what the reader now finds.
  const back = followUpsOf(readPlan(snapshotFromBytes(written, target.path)).model).find((f) => samePeriod(f.period, record.period));
  if (back === undefined || back.rows.length !== record.rows.length) throw new Error('the recorded copy does not read back; nothing was written');
  await writeOutputFile(target, written);

  const lines = [msg.recorded(record.period, record.date, target.path, record.rows.length)];
  if (record.alreadyRecorded > 0) lines.push(msg.recordReplaced(record.alreadyRecorded));
  if (plan.write.kind === 'create') lines.push(msg.recordCreated);
  if ((snapshot.seal ?? null) !== null) lines.push(msg.recordSealBroken);
  io.out(textLines(lines));
  return EXIT_OK;
}
