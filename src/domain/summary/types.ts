/** The status summary as data (SPEC §3), the same numbers the sheet and `plankoll summary --json` show. */
import type { Status } from '../model';

/** Traffic light of a goal: red, amber (gul) or green. */
export type Light = 'green' | 'amber' | 'red';

/** How a goal's light moved since the previous follow-up (red < amber < green). */
export type Trend = 'better' | 'same' | 'worse';

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
  /** With follow-up data (SPEC §7): Σ effective forecast, and budget − forecast (negative = expected overrun). */
  readonly forecast?: number;
  readonly deviation?: number;
}

export interface MunicipalityLine {
  readonly name: string;
  readonly budget: number;
  readonly spent: number;
  readonly remaining: number;
  /** With follow-up data: Σ forecast × the municipality's share of each action's budget; budget − forecast. */
  readonly forecast?: number;
  readonly deviation?: number;
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
  /** With follow-up data: Σ effective forecast of its actions, and budget − forecast. */
  readonly forecast?: number;
  readonly deviation?: number;
  readonly light: Light;
  /** With follow-up data: the light now against the light at the previous follow-up; null without one. */
  readonly trend?: Trend | null;
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

/** The previous follow-up (SPEC §5 `previous`). */
export interface PreviousFollowUp {
  readonly period: string;
  /** ISO `YYYY-MM-DD`. */
  readonly date: string;
}

export interface MunicipalityChange {
  readonly name: string;
  readonly spentBefore: number;
  readonly spent: number;
  readonly change: number;
}

export interface StatusChangeLine {
  readonly id: string;
  readonly action: string;
  readonly from: SummaryStatus;
  readonly to: SummaryStatus;
}

/** A goal's light then and now (sheet and text only; `--json` has the trend in byGoal). */
export interface GoalTrendLine {
  readonly id: string | null;
  readonly name: string;
  /** null when the goal had no action at the previous follow-up. */
  readonly before: Light | null;
  readonly now: Light;
  readonly trend: Trend | null;
}

/** One action's change since the previous follow-up, for the sheet's and the text's list. */
export interface ActionChangeLine {
  readonly kind: 'status' | 'newlyOverdue' | 'added' | 'removed';
  readonly id: string;
  /** The action's name (empty for a removed action: Åtgärder no longer has it). */
  readonly action: string;
  readonly from?: SummaryStatus;
  readonly to?: SummaryStatus;
}

/** Since the previous follow-up (SPEC §5 `sincePrevious`). */
export interface SincePrevious {
  readonly byMunicipality: readonly MunicipalityChange[];
  readonly statusChanges: readonly StatusChangeLine[];
  /** IDs, in Åtgärder's order. */
  readonly newlyOverdue: readonly string[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Sheet and text only, not in `--json`: each goal's light then and now. */
  readonly goals: readonly GoalTrendLine[];
  /** Sheet and text only, not in `--json`: every change above as one list, with names. */
  readonly changes: readonly ActionChangeLine[];
}

export interface Summary {
  readonly plan: SummaryPlan;
  readonly totals: SummaryTotals;
  readonly byMunicipality: readonly MunicipalityLine[];
  readonly byGoal: readonly GoalLine[];
  readonly byStatus: readonly StatusLine[];
  readonly overdue: readonly OverdueLine[];
  /**
   * With follow-up data (a Prognos column or an Uppföljning table, SPEC §7): the previous follow-up and
   * what changed since (null without one), and the history: each earlier follow-up, the current one last.
   * Without follow-up data these are absent and the summary is as it was before follow-up existed.
   */
  readonly previous?: PreviousFollowUp | null;
  readonly sincePrevious?: SincePrevious | null;
  readonly history?: readonly HistoryLine[];
}

/** The order of SPEC §1: Ej påbörjad, Pågår, Klar, Försenad, Avbruten. */
export const STATUS_ORDER: readonly Status[] = ['notStarted', 'inProgress', 'done', 'delayed', 'cancelled'];
