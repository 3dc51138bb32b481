import { excelError, invalid, makeContext, makeFollowUp, makePlan } from '../../../../tests/builders/model';
import { checkFollowUpDates } from './u001-follow-up-date';

const run = (...rows: Parameters<typeof makeFollowUp>[0][]) => checkFollowUpDates(makeContext(makePlan({ followUps: rows.map((r) => makeFollowUp(r)) })));

describe('U001 follow-up date', () => {
  it('a blank Datum, at its cell', () => {
    expect(run({ id: 'A1', date: null })).toEqual([
      { code: 'U001', sheet: 'Uppföljning', cell: 'B2', actionId: 'A1', detail: { problem: 'blank', period: 'Tertial 1' } },
    ]);
  });
  it('a Datum that is not a date, with what it holds', () => {
    expect(run({}, { id: 'A2', date: invalid('30/4/2011') })).toEqual([
      { code: 'U001', sheet: 'Uppföljning', cell: 'B3', actionId: 'A2', actual: '30/4/2011', detail: { problem: 'invalid', period: 'Tertial 1' } },
    ]);
  });
  it('one Period with two dates: each row that differs from the first', () => {
    expect(run({ id: 'A1', date: '2011-04-30' }, { id: 'A2', date: '2011-04-30' }, { id: 'A3', period: 'tertial 1', date: '2011-05-02' })).toEqual([
      { code: 'U001', sheet: 'Uppföljning', cell: 'B4', actionId: 'A3', expected: '2011-04-30', actual: '2011-05-02', detail: { problem: 'differs', period: 'Tertial 1' } },
    ]);
  });
  it('a blank Period, at its cell', () => {
    expect(run({ id: 'A1', period: null })).toEqual([{ code: 'U001', sheet: 'Uppföljning', cell: 'A2', actionId: 'A1', detail: { problem: 'noPeriod' } }]);
  });
  it('nothing for good rows, different periods with their own dates, an Excel error (S007), or no Uppföljning', () => {
    expect(run({ id: 'A1' }, { id: 'A1', period: 'Tertial 2', date: '2011-08-31' }, { id: 'A2', date: excelError('#REF!') })).toEqual([]);
    expect(checkFollowUpDates(makeContext(makePlan()))).toEqual([]);
  });
});
