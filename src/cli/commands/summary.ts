/** `plankoll summary FILE [--json] [--report-date YYYY-MM-DD]` — the status summary of SPEC §3/§5. */
import { parseArgs, stringFlag } from '../args';
import type { CliIo } from '../io';
import { CliError, EXIT_OK } from '../io';
import { parseIsoDate } from '../../domain/dates';
import { validate } from '../../domain/validate';
import { toSummaryJson } from '../../domain/summary/json';
import { summarize } from '../../domain/summary/summarize';
import { formatSummaryText } from '../../domain/summary/textReport';
import { readSnapshotFromFile } from '../../xlsx/file';

/** Exit 0 whenever the summary could be made (findings do not stop it); 2 for usage or an unreadable file. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { valued: ['--report-date'], boolean: ['--json'] });
  if (args.positional.length !== 1) throw new CliError('usage: plankoll summary FILE [--json] [--report-date YYYY-MM-DD]');
  const reportDate = stringFlag(args, '--report-date');
  if (reportDate !== undefined && parseIsoDate(reportDate) === null) {
    throw new CliError(`--report-date must be a date YYYY-MM-DD, not '${reportDate}'`);
  }
  const snapshot = await readSnapshotFromFile(args.positional[0]);
  const result = validate(snapshot, { today: io.today, lang: 'sv', ...(reportDate !== undefined ? { reportDate } : {}) });
  const summary = summarize(result.model, result.reportDate);
  if (args.flags.has('--json')) io.out(`${JSON.stringify(toSummaryJson(summary), null, 2)}\n`);
  else io.out(formatSummaryText(summary, result.counts, 'sv'));
  return EXIT_OK;
}
