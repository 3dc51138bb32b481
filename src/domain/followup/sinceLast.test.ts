import { makeAction, makeFollowUp, makePlan } from '../../../tests/builders/model';
import { followUpHistory } from './history';
import { followUpsOf } from './periods';
import { planAt } from './planThen';
import { actionChanges } from './sinceLast';

/** Report date 2011-09-30; the previous follow-up is Tertial 2 (2011-08-31). */
const plan = makePlan({
  actions: [
    makeAction({ id: 'A1', name: 'Roller', budget: 100_000, spent: 100_000, status: 'done', end: '2011-06-30' }),
    makeAction({ id: 'A2', name: 'Delegation', budget: 200_000, spent: 50_000, status: 'inProgress', end: '2011-09-15' }),
    makeAction({ id: 'A3', name: 'Drift', budget: 300_000, spent: 10_000, status: 'inProgress', end: '2011-08-01' }),
    makeAction({ id: 'A4', name: 'Ny', budget: 50_000, spent: 0, status: 'notStarted', end: '2011-09-01' }),
  ],
  followUps: [
    makeFollowUp({ period: 'Tertial 2', date: '2011-08-31', id: 'A1', spent: 90_000, status: 'inProgress', forecast: 110_000 }),
    makeFollowUp({ period: 'Tertial 2', date: '2011-08-31', id: 'a2', spent: 40_000, status: 'inProgress' }),
    makeFollowUp({ period: 'Tertial 2', date: '2011-08-31', id: 'A3', spent: 5_000, status: 'delayed' }),
    makeFollowUp({ period: 'Tertial 2', date: '2011-08-31', id: 'A9', spent: 7_000, status: 'cancelled' }),
  ],
});
const t2 = followUpsOf(plan)[0] as ReturnType<typeof followUpsOf>[number] & { date: string };

describe('since the previous follow-up', () => {
  it('lists status changes, newly overdue, added and removed actions', () => {
    expect(actionChanges(plan, '2011-09-30', t2)).toEqual({
      statusChanges: [
        { id: 'A1', action: 'Roller', from: 'inProgress', to: 'done' },
        { id: 'A3', action: 'Drift', from: 'delayed', to: 'inProgress' },
      ],
      // A2 ended 2011-09-15: not overdue on 2011-08-31, overdue now. A3 was overdue already. A4 is new and overdue.
      newlyOverdue: ['A2', 'A4'],
      added: ['A4'],
      removed: ['A9'],
    });
  });

  it('the plan then has what was recorded on the actions as they are now', () => {
    const then = planAt(plan, t2);
    expect(then.actions?.map((a) => [a.id.value, a.spent.value, a.status.value, a.budget.value, a.end.value])).toEqual([
      ['A1', 90_000, 'inProgress', 100_000, '2011-06-30'],
      ['A2', 40_000, 'inProgress', 200_000, '2011-09-15'],
      ['A3', 5_000, 'delayed', 300_000, '2011-08-01'],
      ['A9', 7_000, 'cancelled', null, null],
    ]);
  });

  it('history: each earlier follow-up’s budget (of its actions, as now), spent and forecast, then the current', () => {
    const current = { period: '2011-09-30', date: '2011-09-30', budget: 650_000, spent: 160_000, forecast: 650_000 };
    expect(followUpHistory(plan, '2011-09-30', current)).toEqual([
      // forecast: A1 110 000 (Prognos) + A2 max(200 000, 40 000) + A3 max(300 000, 5 000) + A9 7 000 (Avbruten: its Utfall)
      { period: 'Tertial 2', date: '2011-08-31', budget: 600_000, spent: 142_000, forecast: 617_000 },
      current,
    ]);
  });
});
