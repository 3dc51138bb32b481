import type { Rule } from './types';

/**
 * One rule, everything about it in one place (STYLE §11): code, severity, family, sv/en message and check.
 * The code stays a literal type, so `RuleCode` is the union of the registry's codes (index.ts).
 */
export function defineRule<C extends string>(rule: Rule<C>): Rule<C> {
  return rule;
}
