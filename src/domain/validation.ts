/** The outcome of one validation run, as the CLI, the task pane, the summary and the seal use it. */
import type { Finding, FindingCounts } from './finding';
import type { PlanModel } from './model';

export interface ValidationResult {
  /** Sorted: by sheet (workbook order of the plan's sheets), then row, column and code. */
  readonly findings: readonly Finding[];
  readonly counts: FindingCounts;
  readonly model: PlanModel;
  /** ISO date used for P007 and the summary: `--report-date`, else the Plan's Rapportdatum, else today. */
  readonly reportDate: string;
}
