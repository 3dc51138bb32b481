/** The help text and each command's usage line, generated from the command table in either language. */
import type { Lang } from '../domain/finding';
import { CLI_MESSAGES } from './messages';
import type { CommandSpec, OptionName, OptionSpec } from './spec';
import { COMMON_OPTIONS, OPTIONS, optionLabel } from './spec';

function optionUsage(option: OptionSpec, lang: Lang): string {
  return option.type === 'string' && option.value !== undefined ? `${optionLabel(option)} ${option.value[lang]}` : optionLabel(option);
}

/** `plankoll seal FIL --by NAMN [-o UT]`: required options bare, the others in brackets. */
export function usageLine(spec: CommandSpec, lang: Lang): string {
  const required = new Set((spec.required ?? []).map((r) => r.option));
  const parts = ['plankoll', spec.name, ...spec.operands.map((o) => o[lang])];
  for (const name of spec.options) {
    const text = optionUsage(OPTIONS[name], lang);
    parts.push(required.has(name) ? text : `[${text}]`);
  }
  return parts.join(' ');
}

/** `plankoll --help`: every command with its usage and what it does, then the common options and exit codes. */
export function helpText(commands: readonly CommandSpec[], lang: Lang): string {
  const m = CLI_MESSAGES[lang];
  const lines = [m.usageHead, '', m.commandsHead];
  for (const spec of commands) lines.push(`  ${usageLine(spec, lang).replace(/^plankoll /, '')}`, `      ${spec.summary[lang]}`);
  lines.push('', m.commonOptions, m.moreHelp(commands[0]?.name ?? 'validate'), m.exitCodes, m.sealNote);
  return `${lines.join('\n')}\n`;
}

/** `plankoll VERB --help`: the usage, what it does, and each option explained. */
export function commandHelp(spec: CommandSpec, lang: Lang): string {
  const m = CLI_MESSAGES[lang];
  const names: readonly OptionName[] = [...spec.options, ...COMMON_OPTIONS];
  const rows = names.map((name) => {
    const option: OptionSpec = OPTIONS[name];
    const names = [option.short !== undefined ? `-${option.short}` : undefined, `--${option.long}`, option.alias !== undefined ? `--${option.alias}` : undefined];
    const value = option.type === 'string' && option.value !== undefined ? ` ${option.value[lang]}` : '';
    const label = names.filter((x): x is string => x !== undefined).join(', ') + value;
    return [label, option.help[lang]] as const;
  });
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = [m.usageLine(usageLine(spec, lang)), spec.summary[lang], '', m.optionsHead];
  for (const [label, help] of rows) lines.push(`  ${label.padEnd(width)}  ${help}`);
  lines.push('', m.exitCodes);
  return `${lines.join('\n')}\n`;
}
