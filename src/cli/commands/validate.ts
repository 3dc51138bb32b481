/**
 * `plankoll validate FILE [--json] [--report-date YYYY-MM-DD]`: reads the workbook, runs the rules and
 * prints the findings. Exit 0 without errors (warnings allowed), 1 with errors, 2 for an unreadable
 * file or wrong usage (a CliError, printed as one line by main.ts).
 */
import { validate } from '../../domain/validate';
import { readSnapshotFromFile } from '../../xlsx/file';
import { formatReport, validateJson } from '../format';
import { EXIT_FINDINGS, EXIT_OK } from '../io';
import type { CommandArgs, CommandContext } from '../spec';

export async function run(args: CommandArgs, { io, lang }: CommandContext): Promise<number> {
  const file = args.operands[0];
  const reportDate = args.string('reportDate');
  const snapshot = await readSnapshotFromFile(file);
  const result = validate(snapshot, { lang, today: io.today, ...(reportDate !== undefined ? { reportDate } : {}) });
  io.out(
    args.has('json')
      ? validateJson(file, result.reportDate, result.counts, result.findings, result.omitted)
      : formatReport(result.findings, result.counts, result.reportDate, lang, result.omitted),
  );
  return result.counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}
