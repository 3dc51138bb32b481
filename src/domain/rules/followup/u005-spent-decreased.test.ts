import { invalid, makeAction, makeContext, makeFollowUp, makePlan } from '../../../../tests/builders/model';
import { checkSpentDecreased } from './u005-spent-decreased';

const t1 = (id: string, spent: number | null) => makeFollowUp({ id, period: 'Tertial 1', date: '2011-04-30', spent });
const t2 = (id: string, spent: number | null) => makeFollowUp({ id, period: 'Tertial 2', date: '2011-08-31', spent });

describe('U005 accumulated spent went down', () => {
  it('from one follow-up to the next (written out of order), at the later row’s Utfall', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', spent: 90_000 })], followUps: [t2('A1', 80_000), t1('A1', 90_000)] });
    expect(checkSpentDecreased(makeContext(plan, { reportDate: '2011-09-30' }))).toEqual([
      { code: 'U005', sheet: 'Uppföljning', cell: 'D2', actionId: 'A1', expected: 90_000, actual: 80_000, detail: { period: 'Tertial 1', periodAfter: 'Tertial 2' } },
    ]);
  });
  it('from the last follow-up to now, at the action’s Utfall in Åtgärder; a missing follow-up is skipped over', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', spent: null })], followUps: [t1('A1', 10_000), t2('A2', 0)] });
    expect(checkSpentDecreased(makeContext(plan, { reportDate: '2011-09-30' }))).toEqual([
      { code: 'U005', sheet: 'Åtgärder', cell: 'M2', actionId: 'A1', expected: 10_000, actual: 0, detail: { period: 'Tertial 1', periodAfter: '' } },
    ]);
  });
  it('equal or rising, unreadable amounts, follow-ups after the report date, no Uppföljning: nothing', () => {
    const rising = makePlan({ actions: [makeAction({ id: 'A1', spent: 20_000 })], followUps: [t1('A1', 10_000), t2('A1', 10_000)] });
    expect(checkSpentDecreased(makeContext(rising, { reportDate: '2011-09-30' }))).toEqual([]);
    const unreadable = makePlan({ actions: [makeAction({ id: 'A1', spent: invalid('x') })], followUps: [t1('A1', 10_000)] });
    expect(checkSpentDecreased(makeContext(unreadable, { reportDate: '2011-09-30' }))).toEqual([]);
    const later = makePlan({ actions: [makeAction({ id: 'A1', spent: 0 })], followUps: [t2('A1', 10_000)] });
    expect(checkSpentDecreased(makeContext(later, { reportDate: '2011-06-30' }))).toEqual([]);
    expect(checkSpentDecreased(makeContext(makePlan()))).toEqual([]);
  });
});
