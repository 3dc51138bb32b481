import type { Status } from '../../model';
import type { ActionInput } from '../../../../tests/builders/model';
import { invalid, makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkDoneWithoutSpent } from './p009-done-without-spent';

const run = (status: Status, spent: ActionInput['spent']) =>
  checkDoneWithoutSpent(makeContext(makePlan({ actions: [makeAction({ id: 'A1', status, spent })] })));

describe('P009 Klar without Utfall', () => {
  it('reports a done action with blank or zero Utfall, at the Utfall cell', () => {
    expect(run('done', null)).toEqual([{ code: 'P009', sheet: 'Åtgärder', cell: 'M2', actionId: 'A1' }]);
    expect(run('done', 0)).toHaveLength(1);
  });

  it('a spent amount, a status other than Klar, or an unreadable Utfall (B001) is not P009', () => {
    expect(run('done', 0.01)).toEqual([]);
    expect(run('inProgress', null)).toEqual([]);
    expect(run('done', invalid('x'))).toEqual([]);
  });
});
