import { excelError, makeAction, makeContext, makeMunicipality, makePlan, makeRole } from '../../../../tests/builders/model';
import { checkExcelErrors } from './s007-excel-errors';

describe('S007 Excel error values', () => {
  it('reports every field holding an error, with the error text', () => {
    const plan = makePlan({
      info: { totalBudget: excelError('#REF!') },
      financing: [makeMunicipality({ name: 'Mora', share: excelError('#DIV/0!') })],
      roles: [makeRole({ name: excelError('#NAME?') })],
      actions: [makeAction({ id: 'A1', responsible: excelError('#N/A'), shares: { Mora: excelError('#VALUE!') } })],
    });
    expect(checkExcelErrors(makeContext(plan))).toEqual([
      { code: 'S007', sheet: 'Plan', cell: 'B5', actual: '#REF!', detail: { field: 'Total budget' } },
      { code: 'S007', sheet: 'Finansiering', cell: 'B2', actual: '#DIV/0!', detail: { field: 'Andel (kr)' } },
      { code: 'S007', sheet: 'Roller', cell: 'B2', actual: '#NAME?', detail: { field: 'Namn' } },
      { code: 'S007', sheet: 'Åtgärder', cell: 'D2', actionId: 'A1', actual: '#N/A', detail: { field: 'Ansvarig' } },
      { code: 'S007', sheet: 'Åtgärder', cell: 'J2', actionId: 'A1', actual: '#VALUE!', detail: { field: 'Mora' } },
    ]);
  });

  it('finds nothing in the default plan', () => {
    expect(checkExcelErrors(makeContext(makePlan()))).toEqual([]);
  });
});
