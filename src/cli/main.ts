/** `plankoll` — argument dispatch only; each verb lives in commands/, the work in the domain. */
import type { CliIo } from './io';
import { CliError, EXIT_OK, EXIT_USAGE } from './io';
import { XlsxError } from '../xlsx/errors';
import * as validate from './commands/validate';
import * as summary from './commands/summary';
import * as seal from './commands/seal';
import * as verify from './commands/verify';
import * as example from './commands/example';
import * as template from './commands/template';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validate.run,
  summary: summary.run,
  seal: seal.run,
  verify: verify.run,
  example: example.run,
  template: template.run,
};

export const USAGE = `Usage: plankoll <command> [options]

  validate FILE [--json] [--report-date YYYY-MM-DD] [--lang sv|en]
                       check an action-plan workbook (exit 0: no errors, 1: errors)
  summary FILE [--json] [--report-date YYYY-MM-DD]
                       status summary: totals, per municipality, goal and status, overdue actions
  seal FILE --by NAME [-o OUT] [--lang sv|en]
                       seal a workbook that has no errors (in place, or to OUT)
  verify FILE [--json] [--lang sv|en]
                       check the seal (exit 0: intact, 1: changed or absent)
  example -o FILE [--with-problems]
                       write the example workbook of the 2011 IS/IT plan
  template -o FILE [--kommuner "Mora,Orsa,Älvdalen"] [--force]
                       write an empty action-plan workbook (Ny handlingsplan)

Exit codes: 0 ok, 1 findings / seal broken or absent, 2 unreadable file or wrong usage.
The seal shows that the data is unchanged since a validation; it is not a signature.
`;

function todayIso(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function defaultIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    today: todayIso(),
  };
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined) {
    // Wrong usage: one line on stderr (SPEC §5), the full usage is one --help away.
    io.err(`plankoll: missing command: ${Object.keys(COMMANDS).join(', ')} (see plankoll --help)\n`);
    return EXIT_USAGE;
  }
  if (verb === '--help' || verb === '-h' || verb === 'help') {
    io.out(USAGE);
    return EXIT_OK;
  }
  const command = COMMANDS[verb];
  if (command === undefined) {
    io.err(`plankoll: unknown command '${verb}' (see plankoll --help)\n`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    // Every failure becomes one clear line: a usage error, a file the file adapter cannot read (XlsxError,
    // which already names the file and what is wrong with it), or (a bug) anything else.
    const message = e instanceof CliError || e instanceof XlsxError ? e.message : e instanceof Error ? e.message : String(e);
    io.err(`plankoll ${verb}: ${message.split('\n')[0]}\n`);
    return EXIT_USAGE;
  }
}
