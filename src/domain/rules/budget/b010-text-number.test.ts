import { field, makeAction, makeContext, makePlan, makeRole, textNumber } from '../../../../tests/builders/model';
import { checkTextNumbers } from './b010-text-number';

describe('B010 amount stored as text', () => {
  it('reports a text amount with its number and text', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', budget: textNumber(100_000, '100 000 kr') })] });
    expect(checkTextNumbers(makeContext(plan))).toEqual([
      { code: 'B010', sheet: 'Åtgärder', cell: 'I2', actionId: 'A1', expected: 100_000, actual: '100 000 kr', detail: { field: 'Budget' } },
    ]);
  });

  it('covers Beslutsrätt text, and ignores real numbers', () => {
    const limit = field({ kind: 'amount' as const, amount: 500_000 }, { raw: '500 000', issue: 'textNumber' });
    const plan = makePlan({ roles: [makeRole({ limit })], actions: [] });
    expect(checkTextNumbers(makeContext(plan))).toEqual([
      { code: 'B010', sheet: 'Roller', cell: 'D2', expected: 500_000, actual: '500 000', detail: { field: 'Beslutsrätt' } },
    ]);
    expect(checkTextNumbers(makeContext(makePlan()))).toEqual([]);
  });
});
