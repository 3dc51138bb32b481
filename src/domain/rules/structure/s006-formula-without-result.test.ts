import { makeAction, makeContext, makePlan, noResult } from '../../../../tests/builders/model';
import { exampleSnapshot, setCell } from '../../../../tests/builders/snapshot';
import { validate } from '../../validate';
import { checkFormulasWithoutResult } from './s006-formula-without-result';

describe('S006 formula without a stored result', () => {
  it('reports each field holding a formula without its result, with the formula', () => {
    const plan = makePlan({ actions: [makeAction({ id: 'A1', budget: noResult('SUM(J2:L2)') }), makeAction({ id: 'A2', spent: noResult('') })] });
    expect(checkFormulasWithoutResult(makeContext(plan))).toEqual([
      { code: 'S006', sheet: 'Åtgärder', cell: 'I2', actionId: 'A1', actual: '=SUM(J2:L2)', detail: { field: 'Budget' } },
      { code: 'S006', sheet: 'Åtgärder', cell: 'M3', actionId: 'A2', detail: { field: 'Utfall' } },
    ]);
  });

  it('finds nothing in the default plan', () => {
    expect(checkFormulasWithoutResult(makeContext(makePlan()))).toEqual([]);
  });

  it('is an error that says to open and save in Excel, and the amount is not also "missing" (B001)', () => {
    const snapshot = setCell(exampleSnapshot(), 'Atgarder', 'Budget (kr)', 0, { formula: 'SUM(J2:L2)' });
    const result = validate(snapshot, { today: '2011-12-31', lang: 'en' });
    const s006 = result.findings.filter((f) => f.code === 'S006');
    expect(s006).toHaveLength(1);
    expect(s006[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/holds a formula \(=SUM\(J2:L2\)\) without a stored result.*Open and save it in Excel\./) });
    expect(result.findings.filter((f) => f.code === 'B001' && f.cell === s006[0].cell)).toEqual([]);
  });
});
