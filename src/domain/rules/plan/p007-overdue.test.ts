import type { Status } from '../../model';
import { makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkOverdue } from './p007-overdue';

const run = (end: string, status: Status | null, reportDate = '2011-06-30') =>
  checkOverdue(makeContext(makePlan({ actions: [makeAction({ id: 'A5', end, status, start: '2011-01-01' })] }), { reportDate }));

describe('P007 overdue', () => {
  it('reports an action whose end is before the report date, with days late', () => {
    expect(run('2011-06-01', 'inProgress')).toEqual([
      { code: 'P007', sheet: 'Åtgärder', cell: 'G2', actionId: 'A5', expected: '2011-06-01', actual: '2011-06-30', detail: { daysLate: 29 } },
    ]);
    expect(run('2011-06-29', 'delayed')).toMatchObject([{ detail: { daysLate: 1 } }]);
    expect(run('2011-06-29', 'notStarted')).toHaveLength(1);
  });

  it('end on the report date is not overdue', () => {
    expect(run('2011-06-30', 'inProgress')).toEqual([]);
  });

  it('Klar and Avbruten are never overdue; an unknown status is left to P006', () => {
    expect(run('2011-01-31', 'done')).toEqual([]);
    expect(run('2011-01-31', 'cancelled')).toEqual([]);
    expect(run('2011-01-31', null)).toEqual([]);
  });

  it('follows the report date it is given', () => {
    expect(run('2011-06-01', 'inProgress', '2011-05-31')).toEqual([]);
  });
});
