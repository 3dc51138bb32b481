import { excelError, invalid, makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkInvalidDates } from './p004-invalid-date';

describe('P004 Start/Slut not a valid date', () => {
  it('reports an invalid Start and a blank Slut', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', start: invalid('2011-13-45'), end: null })] });
    expect(checkInvalidDates(makeContext(plan))).toEqual([
      { code: 'P004', sheet: 'Åtgärder', cell: 'F2', actionId: 'A1', actual: '2011-13-45', detail: { field: 'Start', problem: 'invalid' } },
      { code: 'P004', sheet: 'Åtgärder', cell: 'G2', actionId: 'A1', detail: { field: 'Slut', problem: 'blank' } },
    ]);
  });

  it('reports an unreadable Rapportdatum on the Plan, but not a missing one', () => {
    const plan = makePlan({ info: { reportDate: invalid('snart') } });
    expect(checkInvalidDates(makeContext(plan))).toEqual([
      { code: 'P004', sheet: 'Plan', cell: 'B6', actual: 'snart', detail: { field: 'Rapportdatum', problem: 'invalid' } },
    ]);
    expect(checkInvalidDates(makeContext(makePlan({ info: { reportDate: null } })))).toEqual([]);
  });

  it('valid dates and Excel errors (S007) are not P004', () => {
    expect(checkInvalidDates(makeContext(makePlan()))).toEqual([]);
    expect(checkInvalidDates(makeContext(makePlan({ actions: [makeAction({ end: excelError('#VALUE!') })] })))).toEqual([]);
  });
});
