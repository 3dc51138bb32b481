/**
 * `plankoll verify FILE [--json]`: checks the workbook's seal (SPEC §4), reading both copies (the custom
 * XML part and the very hidden sheet). Exit 0 when intact, 1 when changed since sealing (each change told:
 * governing first, then the rest, added and removed rows), absent, unreadable or inconsistent; 2 when the
 * file cannot be read or the usage is wrong. The earlier seals are listed too.
 */
import type { Lang } from '../../domain/finding';
import { readPlan } from '../../domain/readPlan';
import { checkSeal, describeCopies, describeSeal } from '../../domain/seal';
import type { SealCheck, SealHistoryEntry, SingleSealCheck } from '../../domain/seal';
import { displayTime } from '../../domain/seal/time';
import { changesJson, changesText, historyJson, historyText } from '../changeReport';
import { safeJson, textLines } from '../escape';
import { EXIT_FINDINGS, EXIT_OK } from '../io';
import { nodeSha256 } from '../nodeHash';
import type { CommandArgs, CommandContext } from '../spec';
import { readSealFile } from './sealFile';

const EMPTY_CHANGES = { changes: [], added: [], removed: [], reordered: [] } as const;

function history(check: SingleSealCheck): readonly SealHistoryEntry[] {
  return (check.state === 'intact' || check.state === 'changed') && check.record.v === 2 ? check.record.history : [];
}

function single(check: SingleSealCheck, lang: Lang): Record<string, unknown> {
  const sealed = check.state === 'intact' || check.state === 'changed';
  return {
    state: check.state,
    by: sealed ? check.by : null,
    at: sealed ? check.at : null,
    period: sealed && check.record.v === 2 ? check.record.period : null,
    text: describeSeal(check, lang),
    ...(check.state === 'changed' ? { valuesKept: check.valuesKept, ...changesJson(check, lang) } : EMPTY_CHANGES),
    history: historyJson(history(check)),
    copies: check.state === 'absent' ? [] : check.copies,
  };
}

/**
 * SPEC §5: `{file,state,by,at,text,changes,added,removed,history}`, plus the period, which copies the seal
 * was read from and reordered tables. Inconsistent copies are each described under `copies`.
 */
export function verifyJson(file: string, check: SealCheck, lang: Lang): string {
  if (check.state !== 'inconsistent') {
    const note = describeCopies(check, lang);
    return safeJson({ file, ...single(check, lang), ...(note === null ? {} : { note }) });
  }
  return safeJson({
    file,
    state: 'inconsistent',
    by: null,
    at: null,
    period: null,
    text: describeSeal(check, lang),
    ...EMPTY_CHANGES,
    history: [],
    copies: { part: single(check.part, lang), sheet: single(check.sheet, lang) },
  });
}

function singleText(check: SingleSealCheck, lang: Lang): string[] {
  const lines: string[] = [];
  if ((check.state === 'intact' || check.state === 'changed') && check.record.v === 2 && check.record.period !== null) {
    const when = displayTime(check.at);
    lines.push(lang === 'sv' ? `  Period: ${check.record.period} (förseglad ${when})` : `  Period: ${check.record.period} (sealed ${when})`);
  }
  if (check.state === 'changed') lines.push(...changesText(check, lang));
  lines.push(...historyText(history(check), lang));
  return lines;
}

function verifyText(file: string, check: SealCheck, lang: Lang): string {
  const lines = [`${file}: ${describeSeal(check, lang)}`];
  if (check.state === 'inconsistent') {
    const label = lang === 'sv' ? { part: 'XML-delen', sheet: 'Det dolda bladet' } : { part: 'The custom XML part', sheet: 'The hidden sheet' };
    for (const copy of ['part', 'sheet'] as const) {
      lines.push(`  ${label[copy]}: ${describeSeal(check[copy], lang)}`, ...singleText(check[copy], lang).map((l) => `  ${l}`));
    }
  } else {
    const note = describeCopies(check, lang);
    if (note !== null) lines.push(`  ${note}`);
    lines.push(...singleText(check, lang));
  }
  return textLines(lines);
}

export async function run(args: CommandArgs, { io, lang }: CommandContext): Promise<number> {
  const file = args.operands[0];
  const { snapshot } = await readSealFile(file);
  const check = await checkSeal(snapshot.seal, readPlan(snapshot).model, { hash: nodeSha256 });
  io.out(args.has('json') ? verifyJson(file, check, lang) : verifyText(file, check, lang));
  return check.state === 'intact' ? EXIT_OK : EXIT_FINDINGS;
}
