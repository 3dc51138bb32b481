/**
 * The `plankoll summary --json` shape of SPEC §5, exactly: the summary without sheet-only values.
 * With follow-up data (SPEC §7) it also has the forecasts and deviations, the trends, `previous`,
 * `sincePrevious` and `history`; without it, those keys are absent and the output is as before.
 */
import type { HistoryLine, MunicipalityChange, PreviousFollowUp, StatusChangeLine, Summary } from './types';

export interface SummaryJson {
  readonly plan: Summary['plan'];
  readonly totals: {
    readonly budget: number;
    readonly spent: number;
    readonly remaining: number;
    readonly actions: number;
    readonly done: number;
    readonly overdue: number;
    readonly forecast?: number;
    readonly deviation?: number;
  };
  readonly byMunicipality: Summary['byMunicipality'];
  readonly byGoal: Summary['byGoal'];
  readonly byStatus: Summary['byStatus'];
  readonly overdue: Summary['overdue'];
  readonly previous?: PreviousFollowUp | null;
  readonly sincePrevious?: {
    readonly byMunicipality: readonly MunicipalityChange[];
    readonly statusChanges: readonly StatusChangeLine[];
    readonly newlyOverdue: readonly string[];
    readonly added: readonly string[];
    readonly removed: readonly string[];
  } | null;
  readonly history?: readonly HistoryLine[];
}

export function toSummaryJson(s: Summary): SummaryJson {
  const { budget, spent, remaining, actions, done, overdue, forecast, deviation } = s.totals;
  const json: SummaryJson = {
    plan: s.plan,
    totals: { budget, spent, remaining, actions, done, overdue, ...(forecast !== undefined && deviation !== undefined ? { forecast, deviation } : {}) },
    byMunicipality: s.byMunicipality,
    byGoal: s.byGoal,
    byStatus: s.byStatus,
    overdue: s.overdue,
  };
  if (s.history === undefined) return json;
  const since = s.sincePrevious ?? null;
  return {
    ...json,
    previous: s.previous ?? null,
    sincePrevious:
      since === null
        ? null
        : { byMunicipality: since.byMunicipality, statusChanges: since.statusChanges, newlyOverdue: since.newlyOverdue, added: since.added, removed: since.removed },
    history: s.history,
  };
}
