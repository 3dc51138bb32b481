import { invalid, makeAction, makeFollowUp, makePlan } from '../../../tests/builders/model';
import { statusOf } from '../names';
import { summarize } from '../summary/summarize';
import { followUpRecord } from './record';

describe('followUpRecord', () => {
  it('one row per action with the period, the report date and the current values', () => {
    const plan = makePlan({
      actions: [
        makeAction({ id: 'A1', budget: 100_000, spent: 40_000.5, status: 'inProgress', forecast: 120_000, comment: 'Dyrare licenser' }),
        makeAction({ id: 'A2', budget: 50_000, spent: null, status: 'delayed', forecast: null }),
        makeAction({ id: 'A3', budget: 50_000, spent: 30_000, status: 'done', forecast: null }),
        makeAction({ id: null }),
        makeAction({ id: 'A5', status: invalid('Nästan klar') }),
      ],
    });
    expect(followUpRecord(plan, { period: ' Helår 2011 ', reportDate: '2011-12-31' })).toEqual([
      { period: 'Helår 2011', date: '2011-12-31', id: 'A1', spent: 40_000.5, forecast: 120_000, status: 'Pågår', comment: 'Dyrare licenser' },
      { period: 'Helår 2011', date: '2011-12-31', id: 'A2', spent: null, forecast: 50_000, status: 'Försenad', comment: null },
      { period: 'Helår 2011', date: '2011-12-31', id: 'A3', spent: 30_000, forecast: 30_000, status: 'Klar', comment: null },
      { period: 'Helår 2011', date: '2011-12-31', id: 'A5', spent: 0, forecast: 100_000, status: 'Nästan klar', comment: null },
    ]);
  });
});

describe('record, then summarise', () => {
  it('the recorded period becomes the previous follow-up for a later report date', () => {
    const actions = [
      makeAction({ id: 'A1', budget: 100_000, spent: 40_000, status: 'inProgress', forecast: 100_000 }),
      makeAction({ id: 'A2', budget: 50_000, spent: 50_000, status: 'done', forecast: null }),
    ];
    const recorded = followUpRecord(makePlan({ actions }), { period: 'Tertial 2', reportDate: '2011-08-31' }).map((r) =>
      makeFollowUp({ period: r.period, date: r.date, id: r.id, spent: r.spent, forecast: r.forecast, status: statusOf(r.status), comment: r.comment }),
    );
    const later = makePlan({
      actions: [
        makeAction({ id: 'A1', budget: 100_000, spent: 70_000, status: 'delayed', forecast: 120_000 }),
        makeAction({ id: 'A2', budget: 50_000, spent: 50_000, status: 'done', forecast: null }),
      ],
      followUps: recorded,
    });
    const s = summarize(later, '2011-12-31');
    expect(s.previous).toEqual({ period: 'Tertial 2', date: '2011-08-31' });
    expect(s.sincePrevious?.statusChanges).toEqual([{ id: 'A1', action: 'Ta fram en rollbeskrivning', from: 'inProgress', to: 'delayed' }]);
    expect(s.history?.map((h) => [h.period, h.spent, h.forecast])).toEqual([
      ['Tertial 2', 90_000, 150_000],
      ['2011-12-31', 120_000, 170_000],
    ]);
    // Recorded on the report date itself, it is the current follow-up, not the previous one.
    expect(summarize(makePlan({ actions, followUps: recorded }), '2011-08-31').previous).toBeNull();
  });
});
