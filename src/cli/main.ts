/** `plankoll`: finds the verb in the command table, parses its arguments, runs it, reports output failures. */
import { dirname } from 'node:path';
import { errorText } from '../domain/errorText';
import type { Lang } from '../domain/finding';
import { langOf, parseCommand, splitVerb } from './args';
import { escapeControl } from './escape';
import { commandHelp, helpText, usageLine } from './help';
import type { CliIo } from './io';
import { CliError, EXIT_OK, EXIT_USAGE } from './io';
import { CLI_MESSAGES } from './messages';
import { processIo } from './output';
import { COMMANDS } from './table';
import { removeStaleTemps } from './write';
import { XlsxError } from '../xlsx/errors';

/**
 * The one line for a failure, in the user's language: a CliError's text, a file the file adapter could
 * not read (XlsxError's reason, with the system's error code where that is all there is), or (a bug)
 * a short technical detail.
 */
function errorLine(e: unknown, lang: Lang): string {
  const m = CLI_MESSAGES[lang];
  if (e instanceof CliError) return e.text[lang];
  if (e instanceof XlsxError) {
    if (e.detailIn !== null) return m.cannotRead(e.path, e.detailIn[lang]);
    const code = (e.cause as NodeJS.ErrnoException | undefined)?.code;
    return m.cannotRead(e.path, e.reason === 'io' && code !== undefined ? `${m.readReasons.io} (${code})` : m.readReasons[e.reason]);
  }
  return m.unexpected(errorText(e));
}

async function runVerb(argv: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const { verb, rest } = splitVerb(argv);
  const m = CLI_MESSAGES[lang];
  if (verb === undefined) {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(helpText(COMMANDS, lang));
      return EXIT_OK;
    }
    // Wrong usage: one line on stderr (SPEC §5); the full usage is one --help away.
    io.err(`plankoll: ${m.missingCommand(COMMANDS.map((c) => c.name).join(', '))}\n`);
    return EXIT_USAGE;
  }
  if (verb === 'help' || verb === '--help' || verb === '-h') {
    const about = COMMANDS.find((c) => c.name === rest.find((a) => !a.startsWith('-')));
    io.out(about !== undefined ? commandHelp(about, lang) : helpText(COMMANDS, lang));
    return EXIT_OK;
  }
  const spec = COMMANDS.find((c) => c.name === verb);
  if (spec === undefined) {
    io.err(`plankoll: ${escapeControl(m.unknownCommand(verb))}\n`);
    return EXIT_USAGE;
  }
  try {
    const args = parseCommand(spec, rest);
    if (args.has('help')) {
      io.out(commandHelp(spec, lang));
      return EXIT_OK;
    }
    // Temporary files a killed run left beside the files this run names are removed now.
    const files = [...args.operands, ...(args.string('output') !== undefined ? [args.string('output') as string] : [])];
    for (const dir of new Set(files.map((f) => dirname(f)))) await removeStaleTemps(dir);
    return await spec.run(args, { io, lang, msg: m, usage: usageLine(spec, lang) });
  } catch (e) {
    // The CLI's one error line (with exit 2) is where every failure ends; errorLine keeps bugs to one line too.
    io.err(`plankoll ${verb}: ${escapeControl(errorLine(e, lang).split('\n')[0])}\n`);
    return EXIT_USAGE;
  }
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let lang: Lang = 'sv';
  let code: number;
  try {
    lang = langOf(argv);
    code = await runVerb(argv, io, lang);
  } catch (e) {
    const verb = splitVerb(argv).verb;
    const who = COMMANDS.some((c) => c.name === verb) ? `plankoll ${verb}` : 'plankoll';
    io.err(`${who}: ${escapeControl(errorLine(e, lang))}\n`);
    code = EXIT_USAGE;
  }
  const failure = (await io.flush?.()) ?? null;
  // A reader that stopped reading (`| head`) is not an error; anything else lost output the user asked for.
  if (failure !== null && !failure.closedPipe) {
    const why = failure.code === 'ENOSPC' || failure.code === 'EDQUOT' ? CLI_MESSAGES[lang].diskFull : failure.code;
    io.err(`plankoll: ${CLI_MESSAGES[lang].stdoutFailed(why)}\n`);
    return EXIT_USAGE;
  }
  return code;
}
