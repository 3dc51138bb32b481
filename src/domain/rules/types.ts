/** What every rule sees, and what it is: a code, its severity, family and message, and (usually) a check. */
import type { RawFinding, Severity } from '../finding';
import type { MessageTemplate } from '../messages';
import type { PlanModel } from '../model';

export interface RuleContext {
  readonly model: PlanModel;
  /** ISO date that P007 compares end dates with. */
  readonly reportDate: string;
  /** B008's allowed departure from the allocation key, in percentage points. */
  readonly tolerancePp: number;
}

/** A small function from the plan model to raw findings, each of the rule's own code. */
export type RuleCheck = (ctx: RuleContext) => RawFinding[];

/** How the pane groups findings: S (structure), B (budget), R (responsibility), P (plan), U (follow-up). */
export type RuleFamily = 'structure' | 'budget' | 'responsibility' | 'plan' | 'followup';

/**
 * What a rule's `expected`/`actual` numbers are, so whoever shows them gives the unit the message gives:
 * kronor (`110 000 kr`), percent (`20,20 %`), or plain. `names` says what the two values are where
 * "Förväntat"/"Faktiskt" would not (P007: the end date and the report date).
 */
export interface RuleValues {
  readonly kind: 'amount' | 'percent' | 'text';
  readonly names?: { readonly sv: readonly [expected: string, actual: string]; readonly en: readonly [expected: string, actual: string] };
}

export interface Rule<C extends string = string> {
  readonly code: C;
  readonly severity: Severity;
  readonly family: RuleFamily;
  /** The finding's message in each language (shared phrasing helpers: messages.ts). */
  readonly message: { readonly sv: MessageTemplate; readonly en: MessageTemplate };
  /** Its values' kind and names; plain values called expected/actual when absent. */
  readonly values?: RuleValues;
  /**
   * Runs over the plan model. Absent for a code a reader reports (S001–S005 come from readPlan while it
   * builds the model); such a rule still owns its severity and message here.
   */
  readonly check?: RuleCheck;
}
