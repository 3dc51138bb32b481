/**
 * `plankoll summary FILE [--json] [--report-date YYYY-MM-DD]`: the status summary of SPEC §3/§5. Exit 0
 * whenever the summary could be made (errors in the plan do not stop it; it says how many); 1 when the
 * workbook lacks a required plan table, with the structure findings instead of an empty summary;
 * 2 for usage or an unreadable file.
 */
import { validate } from '../../domain/validate';
import { toSummaryJson } from '../../domain/summary/json';
import { summarize } from '../../domain/summary/summarize';
import { formatSummaryText } from '../../domain/summary/textReport';
import { readSnapshotFromFile } from '../../xlsx/file';
import { escapeControl, escapeStrings, safeJson } from '../escape';
import { countFindings } from '../../domain/finding';
import { formatFinding, validateJson } from '../format';
import { EXIT_FINDINGS, EXIT_OK } from '../io';
import type { CommandArgs, CommandContext } from '../spec';

export async function run(args: CommandArgs, { io, lang, msg }: CommandContext): Promise<number> {
  const file = args.operands[0];
  const reportDate = args.string('reportDate');
  const snapshot = await readSnapshotFromFile(file);
  const result = validate(snapshot, { today: io.today, lang, ...(reportDate !== undefined ? { reportDate } : {}) });
  // Without Finansiering, Roller or Åtgärder there is no plan to summarize: say so, as validate would.
  if (result.findings.some((f) => f.code === 'S001')) {
    const structure = result.findings.filter((f) => f.code.startsWith('S'));
    io.out(
      args.has('json')
        ? validateJson(file, result.reportDate, countFindings(structure), structure)
        : `${[...structure.map((f) => formatFinding(f, lang)), escapeControl(msg.notAPlan(file))].join('\n')}\n`,
    );
    return EXIT_FINDINGS;
  }
  const summary = summarize(result.model, result.reportDate);
  io.out(args.has('json') ? safeJson(toSummaryJson(summary)) : formatSummaryText(escapeStrings(summary), result.counts, lang));
  return EXIT_OK;
}
