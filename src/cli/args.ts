/**
 * Command-line parsing with Node's `util.parseArgs`, checked against the command table: unknown
 * options, missing values, operand counts, required options and option values become one CliError
 * each, in both languages (main.ts prints the one of `--lang`).
 */
import { parseArgs } from 'node:util';
import type { Lang } from '../domain/finding';
import { CliError } from './io';
import { localize } from './messages';
import type { CommandSpec, OptionName, OptionSpec } from './spec';
import { COMMON_OPTIONS, CommandArgs, OPTIONS, optionLabel } from './spec';
import { usageLine } from './help';

type ParseArgsOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** The options `util.parseArgs` should know for these names (long, short and alias alike). */
function parserOptions(names: readonly OptionName[]): { options: NonNullable<ParseArgsOptions>; byName: Map<string, OptionName> } {
  const options: NonNullable<ParseArgsOptions> = {};
  const byName = new Map<string, OptionName>();
  for (const name of names) {
    const spec: OptionSpec = OPTIONS[name];
    options[spec.long] = spec.short !== undefined ? { type: spec.type, short: spec.short } : { type: spec.type };
    byName.set(spec.long, name);
    if (spec.alias !== undefined) {
      options[spec.alias] = { type: spec.type };
      byName.set(spec.alias, name);
    }
  }
  return { options, byName };
}

interface Parsed {
  readonly operands: readonly string[];
  readonly values: Map<OptionName, string | true>;
}

/** Tokenizes with util.parseArgs and checks each option against `names`. */
function parseTokens(argv: readonly string[], names: readonly OptionName[]): Parsed {
  const { options, byName } = parserOptions(names);
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const operands: string[] = [];
  const values = new Map<OptionName, string | true>();
  for (const token of tokens) {
    if (token.kind === 'positional') operands.push(token.value);
    if (token.kind !== 'option') continue;
    const name = byName.get(token.name);
    if (name === undefined) throw new CliError(localize((m) => m.unknownOption(token.rawName)));
    const spec: OptionSpec = OPTIONS[name];
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new CliError(localize((m) => m.takesNoValue(token.rawName)));
      values.set(name, true);
      continue;
    }
    const value = token.value;
    // `--by --json` is a forgotten value, not a name: a value that looks like an option must be given as `--by=-x`.
    if (value === undefined || value === '' || (!token.inlineValue && value.length > 1 && value.startsWith('-'))) {
      throw new CliError(localize((m) => m.needsValue(token.rawName)));
    }
    values.set(name, value);
  }
  return { operands, values };
}

/** The language asked for anywhere on the command line (default Swedish); a wrong value is a CliError. */
export function langOf(argv: readonly string[]): Lang {
  const { tokens } = parseArgs({ args: [...argv], options: { lang: { type: 'string' } }, strict: false, allowPositionals: true, tokens: true });
  let lang: string = 'sv';
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name !== 'lang') continue;
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-'))) throw new CliError(localize((m) => m.needsValue('--lang')));
    lang = value;
  }
  if (lang !== 'sv' && lang !== 'en') {
    const wrong = lang;
    throw new CliError(localize((m) => m.badLang(wrong)));
  }
  return lang;
}

/** Parses a command's arguments (the verb already taken off) against its table entry. */
export function parseCommand(spec: CommandSpec, argv: readonly string[]): CommandArgs {
  const { operands, values } = parseTokens(argv, [...spec.options, ...COMMON_OPTIONS]);
  if (values.has('help')) return new CommandArgs(operands, values);
  if (operands.length < spec.operands.length) {
    const missing = spec.operands[operands.length];
    throw new CliError(localize((m, lang) => m.missingOperand(missing[lang], usageLine(spec, lang))));
  }
  if (operands.length > spec.operands.length) {
    throw new CliError(localize((m, lang) => m.tooManyOperands(operands.length, operands.join(' '), usageLine(spec, lang))));
  }
  for (const { option, what } of spec.required ?? []) {
    if (!values.has(option)) throw new CliError(localize((m, lang) => m.missingOption(optionLabel(OPTIONS[option]), what[lang], usageLine(spec, lang))));
  }
  for (const [name, value] of values) {
    const spec: OptionSpec = OPTIONS[name];
    const problem = typeof value === 'string' ? spec.check?.(value) : null;
    if (problem) throw new CliError(problem);
  }
  return new CommandArgs(operands, values);
}

/**
 * Splits the command line into the verb and its arguments. `--lang X` and `--help` may come before
 * the verb (`plankoll --lang en --help`); they are kept with the arguments.
 */
export function splitVerb(argv: readonly string[]): { verb: string | undefined; rest: readonly string[] } {
  const before: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i];
    if (arg === '--lang') {
      before.push(arg, ...argv.slice(i + 1, i + 2));
      i += 2;
    } else if (arg.startsWith('--lang=') || arg === '--help' || arg === '-h') {
      before.push(arg);
      i += 1;
    } else break;
  }
  return { verb: argv[i], rest: [...before, ...argv.slice(i + 1)] };
}
