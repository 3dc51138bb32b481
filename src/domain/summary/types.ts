/** The status summary as data (SPEC §3), the same numbers the sheet and `plankoll summary --json` show. */
import type { Status } from '../model';

/** Traffic light of a goal: red, amber (gul) or green. */
export type Light = 'green' | 'amber' | 'red';

/** A status as the summary counts it: the five of SPEC §1, or `unknown` for a blank or unreadable one. */
export type SummaryStatus = Status | 'unknown';

export interface SummaryPlan {
  readonly name: string;
  /** ISO `YYYY-MM-DD`. */
  readonly reportDate: string;
  readonly decisionDate?: string;
  readonly decidedBy?: string;
  readonly totalBudget?: number;
}

export interface SummaryTotals {
  readonly budget: number;
  readonly spent: number;
  readonly remaining: number;
  /** spent / budget as a fraction (0.25 = 25 %); null when the budget is 0. Sheet only, not in `--json`. */
  readonly percentSpent: number | null;
  readonly actions: number;
  readonly done: number;
  readonly overdue: number;
}

export interface MunicipalityLine {
  readonly name: string;
  readonly budget: number;
  readonly spent: number;
  readonly remaining: number;
}

export interface GoalLine {
  /** MålID; null for the “(utan mål)” row of actions with no or an unknown goal. */
  readonly id: string | null;
  readonly name: string;
  readonly actions: number;
  readonly done: number;
  readonly overdue: number;
  readonly budget: number;
  readonly spent: number;
  readonly light: Light;
}

export interface StatusLine {
  readonly status: SummaryStatus;
  readonly count: number;
}

export interface OverdueLine {
  readonly id: string;
  readonly action: string;
  readonly responsible: string;
  /** ISO `YYYY-MM-DD`. */
  readonly end: string;
  readonly daysLate: number;
}

/** One follow-up in the history (SPEC §5 `history`): oldest first, the current follow-up last. */
export interface HistoryLine {
  readonly period: string;
  /** ISO `YYYY-MM-DD`. */
  readonly date: string;
  readonly budget: number;
  readonly spent: number;
  readonly forecast: number;
}

export interface Summary {
  readonly plan: SummaryPlan;
  readonly totals: SummaryTotals;
  readonly byMunicipality: readonly MunicipalityLine[];
  readonly byGoal: readonly GoalLine[];
  readonly byStatus: readonly StatusLine[];
  readonly overdue: readonly OverdueLine[];
  /** The follow-up history, when the workbook has one (SPEC §7). */
  readonly history?: readonly HistoryLine[];
}

/** The order of SPEC §1: Ej påbörjad, Pågår, Klar, Försenad, Avbruten. */
export const STATUS_ORDER: readonly Status[] = ['notStarted', 'inProgress', 'done', 'delayed', 'cancelled'];
