import { makeAction, makeContext, makeFollowUp, makePlan } from '../../../../tests/builders/model';
import { checkUnknownActions } from './u003-unknown-action';

describe('U003 follow-up of an action no longer in Åtgärder', () => {
  const followUps = [makeFollowUp({ id: 'a1' }), makeFollowUp({ id: 'A7' }), makeFollowUp({ id: 'A7', period: 'Tertial 2', date: '2011-08-31' })];
  it('one per row, at its ID cell', () => {
    expect(checkUnknownActions(makeContext(makePlan({ actions: [makeAction({ id: 'A1' })], followUps })))).toEqual([
      { code: 'U003', sheet: 'Uppföljning', cell: 'C3', actionId: 'A7', actual: 'A7', detail: { period: 'Tertial 1' } },
      { code: 'U003', sheet: 'Uppföljning', cell: 'C4', actionId: 'A7', actual: 'A7', detail: { period: 'Tertial 2' } },
    ]);
  });
  it('nothing when every action is known, Åtgärder is unreadable, or there is no Uppföljning', () => {
    expect(checkUnknownActions(makeContext(makePlan({ actions: [makeAction({ id: 'A1' }), makeAction({ id: 'A7' })], followUps })))).toEqual([]);
    expect(checkUnknownActions(makeContext(makePlan({ actions: null, followUps })))).toEqual([]);
    expect(checkUnknownActions(makeContext(makePlan()))).toEqual([]);
  });
});
