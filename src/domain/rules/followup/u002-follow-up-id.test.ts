import { makeContext, makeFollowUp, makePlan } from '../../../../tests/builders/model';
import { checkFollowUpIds } from './u002-follow-up-id';

const run = (...rows: Parameters<typeof makeFollowUp>[0][]) => checkFollowUpIds(makeContext(makePlan({ followUps: rows.map((r) => makeFollowUp(r)) })));

describe('U002 follow-up ID', () => {
  it('a row without ID, at its ID cell', () => {
    expect(run({ id: 'A1' }, { id: null })).toEqual([{ code: 'U002', sheet: 'Uppföljning', cell: 'C3', detail: { problem: 'blank', period: 'Tertial 1' } }]);
  });
  it('the same (Period, ID) twice: the second, naming the first', () => {
    expect(run({ id: 'A1' }, { id: 'A2' }, { id: 'a1', period: 'TERTIAL 1' })).toEqual([
      { code: 'U002', sheet: 'Uppföljning', cell: 'C4', actionId: 'a1', actual: 'a1', detail: { problem: 'duplicate', period: 'TERTIAL 1', first: 'C2' } },
    ]);
  });
  it('the same ID in different periods is history, not a duplicate', () => {
    expect(run({ id: 'A1' }, { id: 'A1', period: 'Tertial 2', date: '2011-08-31' })).toEqual([]);
    expect(checkFollowUpIds(makeContext(makePlan()))).toEqual([]);
  });
});
