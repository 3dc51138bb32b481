import { invalid, makeAction, makeContext, makePlan } from '../../../../tests/builders/model';
import { checkForecastOverrun } from './b011-forecast-overrun';
import { checkForecastBelowSpent } from './b012-forecast-below-spent';

const plan = (...actions: Parameters<typeof makeAction>[0][]) => makeContext(makePlan({ actions: actions.map((a) => makeAction(a)) }));

describe('B011 forecast overrun', () => {
  it('reports at the Prognos cell with budget and forecast', () => {
    // Standard layout: three municipalities J–L, Utfall M, Kommentar N, Prognos O.
    expect(checkForecastOverrun(plan({ id: 'A1', budget: 100_000, forecast: 100_000.01 }))).toEqual([
      { code: 'B011', sheet: 'Åtgärder', cell: 'O2', actionId: 'A1', expected: 100_000, actual: 100_000.01 },
    ]);
  });
  it('forecast == or below budget, blank or unreadable Prognos, or no Prognos column: nothing', () => {
    expect(checkForecastOverrun(plan({ budget: 100_000, forecast: 100_000 }, { budget: 100_000, forecast: 5 }))).toEqual([]);
    expect(checkForecastOverrun(plan({ budget: 100_000, forecast: null }, { budget: 100_000, forecast: invalid('mycket') }))).toEqual([]);
    expect(checkForecastOverrun(plan({ budget: 100_000, spent: 900_000 }))).toEqual([]);
  });
});

describe('B012 forecast below spent', () => {
  it('reports at the Prognos cell with spent and forecast', () => {
    expect(checkForecastBelowSpent(plan({ id: 'A2', spent: 50_000, forecast: 49_999.99 }))).toEqual([
      { code: 'B012', sheet: 'Åtgärder', cell: 'O2', actionId: 'A2', expected: 50_000, actual: 49_999.99 },
    ]);
  });
  it('a negative forecast is below a blank Utfall (0)', () => {
    expect(checkForecastBelowSpent(plan({ spent: null, forecast: -1 }))).toHaveLength(1);
  });
  it('forecast == spent, above it, blank, or Utfall unreadable, or no column: nothing', () => {
    expect(checkForecastBelowSpent(plan({ spent: 50_000, forecast: 50_000 }, { spent: 50_000, forecast: 80_000 }))).toEqual([]);
    expect(checkForecastBelowSpent(plan({ spent: 50_000, forecast: null }, { spent: invalid('x'), forecast: 1 }))).toEqual([]);
    expect(checkForecastBelowSpent(plan({ spent: 50_000 }))).toEqual([]);
  });
});
