import { makeFollowUp, makeInfo, makePlan } from '../../../tests/builders/model';
import { matchFollowUp } from './matching';
import { currentPeriod, earlierFollowUps, followUpsOf, previousFollowUp, samePeriod } from './periods';

const plan = makePlan({
  followUps: [
    makeFollowUp({ period: 'Tertial 2', date: '2011-08-31', id: 'A1' }),
    makeFollowUp({ period: 'Tertial 1', date: '2011-04-30', id: 'A1' }),
    makeFollowUp({ period: 'TERTIAL 1', date: '2011-04-30', id: 'a2' }),
    makeFollowUp({ period: 'Helår', date: '2011-12-31', id: 'A1' }),
    makeFollowUp({ period: null, date: '2011-01-31', id: 'A1' }),
    makeFollowUp({ period: 'Odaterad', date: null, id: 'A1' }),
    makeFollowUp({ period: 'Tertial 1', date: '2011-05-02', id: 'A1' }),
  ],
});

describe('follow-ups in Uppföljning', () => {
  it('groups rows by period ignoring case, in order of first appearance, dated by the first valid Datum', () => {
    const all = followUpsOf(plan);
    expect(all.map((f) => [f.period, f.date, f.rows.length])).toEqual([
      ['Tertial 2', '2011-08-31', 1],
      ['Tertial 1', '2011-04-30', 3],
      ['Helår', '2011-12-31', 1],
      ['Odaterad', null, 1],
    ]);
    expect(followUpsOf(makePlan())).toEqual([]);
  });

  it('earlier follow-ups are those dated before the report date, oldest first; the previous is the latest', () => {
    expect(earlierFollowUps(plan, '2011-09-30').map((f) => f.period)).toEqual(['Tertial 1', 'Tertial 2']);
    expect(previousFollowUp(plan, '2011-09-30')?.period).toBe('Tertial 2');
    expect(previousFollowUp(plan, '2011-08-31')?.period).toBe('Tertial 1');
    expect(previousFollowUp(plan, '2011-04-30')).toBeNull();
    expect(previousFollowUp(plan, '2012-01-01')?.period).toBe('Helår');
    expect(previousFollowUp(makePlan(), '2012-01-01')).toBeNull();
  });

  it('an action counts once per follow-up: its first row, IDs compared as P002 does', () => {
    const t1 = followUpsOf(plan)[1];
    // Against a plan without these actions: the first row of each ID key, in the order written.
    const { rows } = matchFollowUp(t1, []);
    expect(rows.map((r) => r.id.value)).toEqual(['A1', 'a2']);
    expect(rows[0].date.value).toBe('2011-04-30');
  });

  it('the current period is the Plan’s Uppföljningsperiod, else the report date', () => {
    expect(currentPeriod(makePlan({ info: makeInfo({ followUpPeriod: 'Helår 2011' }) }), '2011-12-31')).toBe('Helår 2011');
    expect(currentPeriod(makePlan(), '2011-12-31')).toBe('2011-12-31');
    expect(samePeriod(' Tertial  1', 'tertial 1')).toBe(true);
    expect(samePeriod('Tertial 1', 'Tertial 2')).toBe(false);
  });
});
