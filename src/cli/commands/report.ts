/**
 * `plankoll report FILE -o OUT.pdf [--report-date YYYY-MM-DD] [--lang sv|en]`: the meeting handout of
 * SPEC §8 as an A4 PDF, written through the CLI's one atomic write path. Exit 0 when written (errors in
 * the plan do not stop it: the cover says how many); 1 when the workbook is not a plan (its structure
 * findings are printed instead); 2 for usage, an unreadable file or a file that cannot be written.
 */
import { makeHandout } from '../../domain/handout';
import { checkSeal, sealLine } from '../../domain/seal';
import { localIsoMinute } from '../../domain/summary/generate';
import { validate } from '../../domain/validate';
import { handoutPdf } from '../../render/pdf/build';
import { escapeControl, textLines } from '../escape';
import { formatFinding } from '../format';
import { EXIT_FINDINGS, EXIT_OK } from '../io';
import { nodePdfMaker } from '../pdf';
import type { CommandArgs, CommandContext } from '../spec';
import { checkOutputFile, writeOutputFile } from '../write';
import { readSealFile } from './sealFile';

export async function run(args: CommandArgs, { io, lang, msg }: CommandContext): Promise<number> {
  const file = args.operands[0];
  const target = { path: args.string('output') ?? '', force: args.has('force'), input: file };
  await checkOutputFile(target);
  const reportDate = args.string('reportDate');
  const { snapshot } = await readSealFile(file);
  const result = validate(snapshot, { today: io.today, lang, ...(reportDate !== undefined ? { reportDate } : {}) });
  if (result.findings.some((f) => f.code === 'S001')) {
    const structure = result.findings.filter((f) => f.code.startsWith('S'));
    io.out(`${[...structure.map((f) => formatFinding(f, lang)), escapeControl(msg.notAPlan(file))].join('\n')}\n`);
    return EXIT_FINDINGS;
  }
  const check = await checkSeal(snapshot.seal, result.model);
  const handout = makeHandout(result.model, result.reportDate, {
    counts: result.counts,
    seal: sealLine(check, lang),
    generatedAt: localIsoMinute(new Date()),
    lang,
  });
  await writeOutputFile(target, await handoutPdf(handout, nodePdfMaker()));
  io.out(textLines([msg.wroteReport(target.path)]));
  return EXIT_OK;
}
