/** The `plankoll summary --json` shape of SPEC §5, exactly: the summary without sheet-only values. */
import type { Summary } from './types';

export interface SummaryJson {
  readonly plan: Summary['plan'];
  readonly totals: {
    readonly budget: number;
    readonly spent: number;
    readonly remaining: number;
    readonly actions: number;
    readonly done: number;
    readonly overdue: number;
  };
  readonly byMunicipality: Summary['byMunicipality'];
  readonly byGoal: Summary['byGoal'];
  readonly byStatus: Summary['byStatus'];
  readonly overdue: Summary['overdue'];
}

export function toSummaryJson(s: Summary): SummaryJson {
  const { budget, spent, remaining, actions, done, overdue } = s.totals;
  return {
    plan: s.plan,
    totals: { budget, spent, remaining, actions, done, overdue },
    byMunicipality: s.byMunicipality,
    byGoal: s.byGoal,
    byStatus: s.byStatus,
    overdue: s.overdue,
  };
}
