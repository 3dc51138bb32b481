import { excelError, invalid, makeAction, makeContext, makeMunicipality, makePlan, makeRole } from '../../../../tests/builders/model';
import { checkMissingAmounts } from './b001-missing-amount';

describe('B001 missing or non-numeric amount', () => {
  it('reports a blank budget and a non-numeric share, with the action', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', budget: null, shares: { Mora: 1, Orsa: invalid('tio'), Älvdalen: 1 } })] });
    expect(checkMissingAmounts(makeContext(plan))).toEqual([
      { code: 'B001', sheet: 'Åtgärder', cell: 'I2', actionId: 'A1', detail: { field: 'Budget', problem: 'blank' } },
      { code: 'B001', sheet: 'Åtgärder', cell: 'K2', actionId: 'A1', actual: 'tio', detail: { field: 'Orsa', problem: 'invalid' } },
    ]);
  });

  it('allows a blank Utfall but not a non-numeric one', () => {
    expect(checkMissingAmounts(makeContext(makePlan({ actions: [makeAction({ spent: null })] })))).toEqual([]);
    expect(checkMissingAmounts(makeContext(makePlan({ actions: [makeAction({ id: 'A9', spent: invalid('mycket') })] })))).toEqual([
      { code: 'B001', sheet: 'Åtgärder', cell: 'M2', actionId: 'A9', actual: 'mycket', detail: { field: 'Utfall', problem: 'invalid' } },
    ]);
  });

  it('checks Finansiering shares, the plan total and Beslutsrätt', () => {
    const plan = makePlan({
      info: { totalBudget: invalid('fyra miljoner') },
      financing: [makeMunicipality({ name: 'Mora', share: null })],
      roles: [makeRole({ role: 'IT-chef', limit: invalid('mycket') })],
      actions: [],
    });
    expect(checkMissingAmounts(makeContext(plan)).map((f) => [f.sheet, f.cell, f.detail?.field])).toEqual([
      ['Plan', 'B5', 'Total budget'],
      ['Finansiering', 'B2', 'Andel (kr)'],
      ['Roller', 'D2', 'Beslutsrätt'],
    ]);
  });

  it('leaves Excel errors to S007', () => {
    expect(checkMissingAmounts(makeContext(makePlan({ actions: [makeAction({ budget: excelError('#REF!') })] })))).toEqual([]);
  });
});
