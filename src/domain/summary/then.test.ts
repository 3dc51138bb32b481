import { makeAction, makeFollowUp, makePlan } from '../../../tests/builders/model';
import type { FollowUp } from '../followup/periods';
import { followUpsOf } from '../followup/periods';
import { planAt } from '../followup/planThen';
import { summarizeGoals, summarizeMunicipalities } from './planSums';
import { summaryThen } from './then';

/** Tertial 2 (2011-08-31) recorded A1–A3 (a2 spelt small, A3 twice) and A9, no longer in Åtgärder; A4 is new. */
const plan = makePlan({
  actions: [
    makeAction({ id: 'A1', goalId: 'M1', budget: 100_000, spent: 100_000, status: 'done', end: '2011-06-30' }),
    makeAction({ id: 'A2', goalId: 'M1', budget: 200_000, spent: 50_000, status: 'inProgress', end: '2011-09-15' }),
    makeAction({ id: 'A3', goalId: 'M2', budget: 300_000, spent: 10_000, status: 'inProgress', end: '2011-08-01' }),
    makeAction({ id: 'A4', goalId: 'M2', budget: 50_000, spent: 0, status: 'notStarted', end: '2011-09-01' }),
  ],
  followUps: [
    makeFollowUp({ period: 'Tertial 2', date: '2011-08-31', id: 'A1', spent: 90_000, status: 'inProgress', forecast: 110_000 }),
    makeFollowUp({ period: 'Tertial 2', date: '2011-08-31', id: 'A3', spent: 5_000, status: 'delayed' }),
    makeFollowUp({ period: 'Tertial 2', date: '2011-08-31', id: 'a2', spent: 40_000, status: 'inProgress' }),
    makeFollowUp({ period: 'Tertial 2', date: '2011-08-31', id: 'A3', spent: 999_999, status: 'done' }),
    makeFollowUp({ period: 'Tertial 2', date: '2011-08-31', id: 'A9', spent: 7_000, status: 'cancelled' }),
  ],
});
const t2 = followUpsOf(plan)[0] as FollowUp & { date: string };

describe('the plan at the previous follow-up, in one pass', () => {
  it('is the plan then (planAt) summarised as now: per municipality and per goal', () => {
    const then = planAt(plan, t2);
    const one = summaryThen(plan, t2);
    expect(one).toEqual({ byMunicipality: summarizeMunicipalities(then), byGoal: summarizeGoals(then, t2.date, true) });
    // By hand: M1 has A1 (90 000 of 100 000, forecast 110 000 > budget: red) and A2; M2 has A3 (Försenad, and
    // overdue on 2011-08-31: ended 2011-08-01); M3 had none. A9 no longer has a goal or a budget: its 7 000
    // spent is over its budget of 0 under (utan mål). A3's second row does not count.
    expect(one.byGoal.map((g) => [g.id, g.actions, g.spent, g.forecast, g.light])).toEqual([
      ['M1', 2, 130_000, 310_000, 'red'],
      ['M2', 1, 5_000, 300_000, 'red'],
      ['M3', 0, 0, 0, 'green'],
      [null, 1, 7_000, 7_000, 'red'],
    ]);
  });
});
