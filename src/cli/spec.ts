/**
 * The shapes of the command table (table.ts): each command's operands, options and one-line summary,
 * from which the parser (args.ts) and the help text (help.ts) are made. The options are defined once
 * here and shared, so `-o` means the same in every command that takes it.
 */
import { parseCatalog } from '../domain/autoOpen';
import { parseIsoDate } from '../domain/dates';
import type { Lang } from '../domain/finding';
import type { CliIo, Localized } from './io';
import type { CliMessages } from './messages';
import { localize } from './messages';

export interface OptionSpec {
  /** The long name, without dashes: `report-date` is `--report-date`. */
  readonly long: string;
  /** A one-letter name: `o` is `-o`. */
  readonly short?: string;
  /** Another long name meaning the same (`--output` for `-o`). */
  readonly alias?: string;
  readonly type: 'string' | 'boolean';
  /** The value's placeholder in the usage (`YYYY-MM-DD`); string options only. */
  readonly value?: Localized;
  readonly help: Localized;
  /** Checks a value before the command runs: the one-line problem, or null when it is fine. */
  readonly check?: (value: string) => Localized | null;
}

function dateCheck(option: string) {
  return (value: string): Localized | null => (parseIsoDate(value) === null ? localize((m) => m.badDate(option, value)) : null);
}

/** Every option any command takes. A command lists the ones it accepts by key. */
export const OPTIONS = {
  json: { long: 'json', type: 'boolean', help: { sv: 'maskinläsbar JSON i stället för text', en: 'machine-readable JSON instead of text' } },
  reportDate: {
    long: 'report-date',
    type: 'string',
    value: { sv: 'ÅÅÅÅ-MM-DD', en: 'YYYY-MM-DD' },
    help: { sv: 'rapportdatum (annars Rapportdatum på bladet Plan, annars i dag)', en: "report date (else the Plan's Rapportdatum, else today)" },
    check: dateCheck('--report-date'),
  },
  output: {
    long: 'output',
    short: 'o',
    type: 'string',
    value: { sv: 'UT', en: 'OUT' },
    help: { sv: 'filen som skrivs', en: 'the file to write' },
  },
  force: {
    long: 'force',
    type: 'boolean',
    help: { sv: 'ersätt en befintlig fil', en: 'replace an existing file' },
  },
  by: {
    long: 'by',
    type: 'string',
    value: { sv: 'NAMN', en: 'NAME' },
    help: { sv: 'vem som förseglar', en: 'who seals' },
  },
  catalog: {
    long: 'catalog',
    type: 'string',
    value: { sv: 'KATALOG', en: 'CATALOG' },
    help: {
      sv: 'var Excel hittar Plankoll när arbetsboken själv öppnar aktivitetsfönstret: central (standard, centraliserad distribution), developer (separat inläst), \\\\server\\delning, eller none (öppna inte aktivitetsfönstret)',
      en: 'where Excel finds Plankoll when the workbook opens its pane: central (the default, centralized deployment), developer (sideloaded), \\\\server\\share, or none (do not open the pane)',
    },
    check: (value: string): Localized | null =>
      value.trim().toLowerCase() === 'none' || parseCatalog(value) !== null ? null : localize((m) => m.badCatalog(value)),
  },
  withProblems: {
    long: 'with-problems',
    type: 'boolean',
    help: { sv: 'kopian med dokumenterade fel, för demonstrationer', en: 'the copy with documented problems, for demonstrations' },
  },
  municipalities: {
    long: 'kommuner',
    alias: 'municipalities',
    type: 'string',
    value: { sv: '"Mora,Orsa,Älvdalen"', en: '"Mora,Orsa,Älvdalen"' },
    help: { sv: 'kommunerna som finansierar planen, kommaseparerade', en: 'the municipalities funding the plan, comma-separated' },
  },
  period: {
    long: 'period',
    type: 'string',
    value: { sv: 'PERIOD', en: 'LABEL' },
    help: {
      sv: 'uppföljningens namn, t.ex. "Tertial 2" (annars Uppföljningsperiod på bladet Plan)',
      en: 'the follow-up\'s label, e.g. "Tertial 2" (else the Plan\'s Uppföljningsperiod)',
    },
  },
  replace: {
    long: 'replace',
    type: 'boolean',
    help: { sv: 'ersätt raderna för en period som redan är sparad', en: 'replace the rows of a period already recorded' },
  },
  lang: {
    long: 'lang',
    type: 'string',
    value: { sv: 'sv|en', en: 'sv|en' },
    help: { sv: 'språk: sv (svenska, standard) eller en (engelska)', en: 'language: sv (Swedish, the default) or en (English)' },
  },
  help: { long: 'help', short: 'h', type: 'boolean', help: { sv: 'visar hjälpen', en: 'shows this help' } },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** Options every command takes without listing them: the language and the help. */
export const COMMON_OPTIONS: readonly OptionName[] = ['lang', 'help'];

/** `--report-date` or `-o`, as a user types it. */
export function optionLabel(option: OptionSpec): string {
  return option.short !== undefined ? `-${option.short}` : `--${option.long}`;
}

/** What a command receives after parsing: its operands and the options given. */
export class CommandArgs {
  constructor(
    readonly operands: readonly string[],
    private readonly values: ReadonlyMap<OptionName, string | true>,
  ) {}

  has(name: OptionName): boolean {
    return this.values.has(name);
  }

  string(name: OptionName): string | undefined {
    const v = this.values.get(name);
    return typeof v === 'string' ? v : undefined;
  }
}

export interface CommandContext {
  readonly io: CliIo;
  readonly lang: Lang;
  /** The CLI's sentences in `lang`. */
  readonly msg: CliMessages;
  /** The command's usage line in `lang`, for messages that repeat it. */
  readonly usage: string;
}

export interface RequiredOption {
  readonly option: OptionName;
  /** What the option is for, said in the error when it is missing. */
  readonly what: Localized;
}

export interface CommandSpec {
  readonly name: string;
  /** Placeholders of the operands, in order; each one must be given. */
  readonly operands: readonly Localized[];
  /** The options it takes besides `--lang` and `--help`, in the order the usage shows them. */
  readonly options: readonly OptionName[];
  readonly required?: readonly RequiredOption[];
  readonly summary: Localized;
  /** Does the work and returns the exit code; a CliError becomes one line on stderr and exit 2. */
  readonly run: (args: CommandArgs, ctx: CommandContext) => Promise<number>;
}
