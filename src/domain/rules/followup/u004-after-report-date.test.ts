import { makeContext, makeFollowUp, makePlan } from '../../../../tests/builders/model';
import { checkAfterReportDate } from './u004-after-report-date';

describe('U004 follow-up after the report date', () => {
  const plan = makePlan({
    followUps: [
      makeFollowUp({ id: 'A1', period: 'Tertial 2', date: '2011-08-31' }),
      makeFollowUp({ id: 'A1', period: 'Helår', date: '2011-12-31' }),
      makeFollowUp({ id: 'A2', period: 'Helår', date: '2011-12-31' }),
    ],
  });
  it('one per follow-up, at its first late Datum, counting its rows', () => {
    expect(checkAfterReportDate(makeContext(plan, { reportDate: '2011-09-30' }))).toEqual([
      { code: 'U004', sheet: 'Uppföljning', cell: 'B3', expected: '2011-09-30', actual: '2011-12-31', detail: { period: 'Helår', rows: 2 } },
    ]);
  });
  it('dated on the report date, or before, passes', () => {
    expect(checkAfterReportDate(makeContext(plan, { reportDate: '2011-12-31' }))).toEqual([]);
    expect(checkAfterReportDate(makeContext(makePlan(), { reportDate: '2000-01-01' }))).toEqual([]);
  });
});
