/** The outcome of one validation run, as the CLI, the task pane, the summary and the seal use it. */
import type { Finding, FindingCounts, RuleCode } from './finding';
import type { PlanModel } from './model';

export interface ValidationResult {
  /** Sorted: by sheet (workbook order of the plan's sheets), then row, column and code. */
  /** At most FINDINGS_PER_CODE (validate.ts) of each code, the first in that order. */
  readonly findings: readonly Finding[];
  /** Exact, over every finding, listed or not. */
  readonly counts: FindingCounts;
  /** Per code, how many findings `findings` leaves out; empty when nothing is left out. */
  readonly omitted: Readonly<Partial<Record<RuleCode, number>>>;
  readonly model: PlanModel;
  /** ISO date used for P007 and the summary: `--report-date`, else the Plan's Rapportdatum, else today. */
  readonly reportDate: string;
}
