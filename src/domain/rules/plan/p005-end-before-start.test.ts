import { makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkEndBeforeStart } from './p005-end-before-start';

const run = (start: string | null, end: string | null) =>
  checkEndBeforeStart(makeContext(makePlan({ actions: [makeAction({ id: 'A1', start, end })] })));

describe('P005 Slut before Start', () => {
  it('reports at the Slut cell', () => {
    expect(run('2011-05-01', '2011-04-30')).toEqual([
      { code: 'P005', sheet: 'Åtgärder', cell: 'G2', actionId: 'A1', expected: '2011-05-01', actual: '2011-04-30' },
    ]);
  });

  it('the same day, later, or a missing date is fine', () => {
    expect(run('2011-05-01', '2011-05-01')).toEqual([]);
    expect(run('2011-05-01', '2012-01-01')).toEqual([]);
    expect(run(null, '2011-01-01')).toEqual([]);
  });
});
