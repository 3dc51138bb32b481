import { CliError } from './io';

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

/**
 * Parses `FILE --json --report-date 2011-06-30 -o OUT` against a declared set of options.
 * `valued` options take the next argument (or `--opt=value`); `boolean` ones take none.
 * Unknown options are a usage error.
 */
export function parseArgs(
  argv: readonly string[],
  spec: { readonly valued?: readonly string[]; readonly boolean?: readonly string[] },
): ParsedArgs {
  const valued = new Set(spec.valued ?? []);
  const bool = new Set(spec.boolean ?? []);
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (bool.has(name)) {
        if (eq > 0) throw new CliError(`option ${name} takes no value`);
        flags.set(name, true);
      } else if (valued.has(name)) {
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '') throw new CliError(`option ${name} needs a value`);
        flags.set(name, value);
      } else {
        throw new CliError(`unknown option ${name}`);
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}
