import { invalid, makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkUnknownStatus } from './p006-unknown-status';

describe('P006 unknown status', () => {
  it('reports an unknown and a blank status', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', status: invalid('Färdig') }), makeAction({ id: 'A2', status: null }), makeAction({ id: 'A3', status: 'delayed' })] });
    expect(checkUnknownStatus(makeContext(plan))).toEqual([
      { code: 'P006', sheet: 'Åtgärder', cell: 'H2', actionId: 'A1', actual: 'Färdig' },
      { code: 'P006', sheet: 'Åtgärder', cell: 'H3', actionId: 'A2' },
    ]);
  });
});
