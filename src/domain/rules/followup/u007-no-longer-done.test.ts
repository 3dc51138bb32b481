import { makeAction, makeContext, makeFollowUp, makePlan } from '../../../../tests/builders/model';
import { checkNoLongerDone } from './u007-no-longer-done';

const followUps = [
  makeFollowUp({ id: 'A1', period: 'Tertial 1', date: '2011-04-30', status: 'done' }),
  makeFollowUp({ id: 'A1', period: 'Tertial 2', date: '2011-08-31', status: 'done' }),
  makeFollowUp({ id: 'A2', period: 'Tertial 1', date: '2011-04-30', status: 'done' }),
  makeFollowUp({ id: 'A2', period: 'Tertial 2', date: '2011-08-31', status: 'inProgress' }),
];
const run = (reportDate: string) =>
  checkNoLongerDone(
    makeContext(makePlan({ actions: [makeAction({ id: 'A1', status: 'inProgress' }), makeAction({ id: 'A2', status: 'inProgress' })], followUps }), { reportDate }),
  );

describe('U007 no longer Klar', () => {
  it('Klar at the previous follow-up, not now: at the Status cell', () => {
    expect(run('2011-09-30')).toEqual([
      { code: 'U007', sheet: 'Åtgärder', cell: 'H2', actionId: 'A1', expected: 'Klar', actual: 'Pågår', detail: { period: 'Tertial 2', status: 'inProgress' } },
    ]);
  });
  it('only the previous follow-up counts (A2 was reopened before Tertial 2)', () => {
    expect(run('2011-06-30').map((f) => f.actionId)).toEqual(['A1', 'A2']);
  });
  it('nothing before the first follow-up, or still Klar', () => {
    expect(run('2011-04-30')).toEqual([]);
    const done = makePlan({ actions: [makeAction({ id: 'A1', status: 'done' })], followUps });
    expect(checkNoLongerDone(makeContext(done, { reportDate: '2011-09-30' }))).toEqual([]);
  });
});
