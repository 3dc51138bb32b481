/** What every rule sees, and what it is: a small function from the plan model to raw findings. */
import type { RawFinding, RuleCode } from '../finding';
import type { PlanModel } from '../model';

export interface RuleContext {
  readonly model: PlanModel;
  /** ISO date that P007 compares end dates with. */
  readonly reportDate: string;
  /** B008's allowed departure from the allocation key, in percentage points. */
  readonly tolerancePp: number;
}

export type RuleCheck = (ctx: RuleContext) => RawFinding[];

export interface Rule {
  readonly code: RuleCode;
  readonly check: RuleCheck;
}
