/**
 * The rules of SPEC §2, derived from the one list in registry.ts: codes, severities, families, messages,
 * and running the checks. The structure codes S001–S005 are reported by readPlan and have no check here.
 */
import type { Lang, RawFinding, Severity } from '../finding';
import { View } from '../messages';
import { RULES } from './registry';
import type { Rule, RuleContext, RuleFamily, RuleValues } from './types';

export type { Rule, RuleCheck, RuleContext, RuleFamily, RuleValues } from './types';
export { RULES } from './registry';

/** Every finding code, as the registry spells them. */
export type RuleCode = (typeof RULES)[number]['code'];

const BY_CODE: ReadonlyMap<string, Rule<RuleCode>> = new Map(RULES.map((r) => [r.code, r]));

/** The registered codes, in registry order. */
export const RULE_CODES: readonly RuleCode[] = RULES.map((r) => r.code);

/** Fixed severity of each code (SPEC §2). */
export const SEVERITY = Object.fromEntries(RULES.map((r) => [r.code, r.severity])) as Readonly<Record<RuleCode, Severity>>;

/** The registered rule of a code, or undefined for a string that is no code. */
export function ruleOf(code: string): Rule<RuleCode> | undefined {
  return BY_CODE.get(code);
}

export function familyOf(code: RuleCode): RuleFamily {
  return (BY_CODE.get(code) as Rule<RuleCode>).family;
}

const PLAIN: RuleValues = { kind: 'text' };

/** What a code's expected/actual values are (kr, %, or plain) and what they are called. */
export function valuesOf(code: string): RuleValues {
  return BY_CODE.get(code)?.values ?? PLAIN;
}

/** Runs every rule that has a check (unsorted; validate.ts sorts and renders). */
export function runRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const rule of RULES as readonly Rule<RuleCode>[]) {
    if (rule.check === undefined) continue;
    for (const f of rule.check(ctx)) out.push(f);
  }
  return out;
}

/** The finding's message in `lang`, prefixed by its action (`Åtgärd A3: …` / `Action A3: …`). */
export function renderMessage(raw: RawFinding, lang: Lang = 'sv'): string {
  const rule = BY_CODE.get(raw.code);
  const text = rule !== undefined ? rule.message[lang](new View(raw, lang)) : `${raw.code}`;
  if (raw.actionId === undefined || raw.actionId === '') return text;
  return `${lang === 'en' ? 'Action' : 'Åtgärd'} ${raw.actionId}: ${text}`;
}
