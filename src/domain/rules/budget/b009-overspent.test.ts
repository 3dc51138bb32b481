import { makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkOverspent } from './b009-overspent';

const run = (budget: number, spent: number | null) =>
  checkOverspent(makeContext(makePlan({ actions: [makeAction({ id: 'A1', budget, spent })] })));

describe('B009 spent exceeds budget', () => {
  it('reports at the Utfall cell with budget and spent', () => {
    expect(run(100_000, 100_000.01)).toEqual([
      { code: 'B009', sheet: 'Åtgärder', cell: 'M2', actionId: 'A1', expected: 100_000, actual: 100_000.01 },
    ]);
  });

  it('spent == budget, below, or blank is fine', () => {
    expect(run(100_000, 100_000)).toEqual([]);
    expect(run(100_000, 0)).toEqual([]);
    expect(run(100_000, null)).toEqual([]);
  });
});
