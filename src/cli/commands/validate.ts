/**
 * `plankoll validate FILE [--json] [--report-date YYYY-MM-DD] [--lang sv|en]`: reads the workbook,
 * runs the rules and prints the findings. Exit 0 without errors (warnings allowed), 1 with errors,
 * 2 for an unreadable file or wrong usage (a CliError, printed as one line by main.ts).
 */
import { parseIsoDate } from '../../domain/dates';
import type { Lang } from '../../domain/finding';
import { validate } from '../../domain/validate';
import { readSnapshotFromFile } from '../../xlsx/file';
import { parseArgs, stringFlag } from '../args';
import { formatReport, validateJson } from '../format';
import type { CliIo } from '../io';
import { CliError, EXIT_FINDINGS, EXIT_OK } from '../io';

export interface ValidateArgs {
  readonly file: string;
  readonly json: boolean;
  readonly reportDate?: string;
  readonly lang: Lang;
}

/** Parses and checks the arguments before any file is touched. */
export function parseValidateArgs(argv: readonly string[]): ValidateArgs {
  const args = parseArgs(argv, { valued: ['--report-date', '--lang'], boolean: ['--json'] });
  if (args.positional.length === 0) throw new CliError('missing FILE (usage: plankoll validate FILE [--json] [--report-date YYYY-MM-DD] [--lang sv|en])');
  if (args.positional.length > 1) throw new CliError(`expected one FILE, got ${args.positional.length}: ${args.positional.join(' ')}`);
  const lang = stringFlag(args, '--lang') ?? 'sv';
  if (lang !== 'sv' && lang !== 'en') throw new CliError(`--lang must be sv or en, not '${lang}'`);
  const reportDate = stringFlag(args, '--report-date');
  if (reportDate !== undefined && parseIsoDate(reportDate) === null) {
    throw new CliError(`--report-date must be a date YYYY-MM-DD, not '${reportDate}'`);
  }
  return {
    file: args.positional[0],
    json: args.flags.has('--json'),
    lang,
    ...(reportDate !== undefined ? { reportDate } : {}),
  };
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseValidateArgs(argv);
  const snapshot = await readSnapshotFromFile(args.file);
  const result = validate(snapshot, {
    lang: args.lang,
    today: io.today,
    ...(args.reportDate !== undefined ? { reportDate: args.reportDate } : {}),
  });
  io.out(
    args.json
      ? validateJson(args.file, result.reportDate, result.counts, result.findings)
      : formatReport(result.findings, result.counts, result.reportDate, args.lang),
  );
  return result.counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
}
