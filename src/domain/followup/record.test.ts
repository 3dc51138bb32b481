import { invalid, makeAction, makePlan } from '../../../tests/builders/model';
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
