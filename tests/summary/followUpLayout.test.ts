/**
 * The summary sheet with follow-up data (SPEC §3): forecast and deviation columns, each goal's trend as a
 * word with an arrow and a fill (never colour alone), the section Sedan förra uppföljningen, and the
 * fourth chart bound to the history table.
 */
import { layoutSummary, LIGHT_COLORS, TABLE_NAMES } from '../../src/domain/summary/layoutSummary';
import { summarize } from '../../src/domain/summary/summarize';
import { validate } from '../../src/domain/validate';
import { cellMap } from './layoutHelpers';
import { snapshot } from './followUpFixture';
import { parseA1, a1 } from '../../src/domain/a1';

const result = validate(snapshot, { today: '2026-12-02' });
const layout = layoutSummary(summarize(result.model, result.reportDate), {
  generatedAt: '2011-12-31T10:00',
  counts: result.counts,
  seal: 'Ej förseglad',
  lang: 'sv',
});
const cells = cellMap(layout);
const table = (name: string) => {
  const t = layout.tables.find((x) => x.name === name);
  if (t === undefined) throw new Error(`no table ${name}`);
  const [from, to] = t.range.split(':').map((x) => parseA1(x));
  if (from === null || to === null) throw new Error(t.range);
  const rows: unknown[][] = [];
  for (let r = from.row; r <= to.row; r++) {
    const row: unknown[] = [];
    for (let c = from.col; c <= to.col; c++) row.push(cells.get(a1(r, c))?.value);
    rows.push(row);
  }
  return { rows, top: from.row, left: from.col };
};
const fillAt = (row: number, col: number) => layout.fills.find((f) => f.range === a1(row, col));

describe('the summary sheet with follow-up data', () => {
  it('totals show Prognos and Avvikelse', () => {
    const labels = [...cells.entries()].filter(([, c]) => c.value === 'Prognos' || c.value === 'Avvikelse').map(([a]) => a);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    const forecastAt = [...cells.entries()].find(([, c]) => c.value === 'Prognos')?.[0] ?? '';
    const at = parseA1(forecastAt);
    expect(at).not.toBeNull();
    if (at === null) return;
    expect(cells.get(a1(at.row, 1))?.value).toBe(940_000);
    expect(cells.get(a1(at.row + 1, 0))?.value).toBe('Avvikelse');
    expect(cells.get(a1(at.row + 1, 1))?.value).toBe(60_000);
  });

  it('per municipality: forecast and deviation after the columns the chart binds to', () => {
    expect(table(TABLE_NAMES.municipalities).rows).toEqual([
      ['Kommun', 'Budget', 'Utfall', 'Kvar', 'Prognos', 'Avvikelse'],
      ['Mora', 640_000, 356_000, 284_000, 624_000, 16_000],
      ['Orsa', 360_000, 204_000, 156_000, 316_000, 44_000],
    ]);
    const chart = layout.charts.find((c) => c.chart.id === 'municipality');
    const t = table(TABLE_NAMES.municipalities);
    expect(chart?.source).toBe(`${a1(t.top, 0)}:${a1(t.top + 2, 2)}`);
  });

  it('per goal: forecast, deviation, the light and the trend as word and arrow, each with its fill', () => {
    const t = table(TABLE_NAMES.goals);
    expect(t.rows).toEqual([
      ['MålID', 'Budget', 'Utfall', 'Prognos', 'Avvikelse', 'Åtgärder', 'Klara', 'Passerat slutdatum', 'Läge', 'Trend', 'Mål'],
      ['M1', 500_000, 350_000, 450_000, 50_000, 2, 1, 0, 'Grön', '↑ Bättre', 'Tydliga roller'],
      ['M2', 500_000, 210_000, 490_000, 10_000, 2, 0, 1, 'Röd', '↓ Sämre', 'Stabil drift'],
    ]);
    expect(fillAt(t.top + 1, 8)?.color).toBe(LIGHT_COLORS.green.color);
    expect(fillAt(t.top + 2, 8)?.color).toBe(LIGHT_COLORS.red.color);
    expect(fillAt(t.top + 1, 9)?.color).toBe(LIGHT_COLORS.green.color);
    expect(fillAt(t.top + 2, 9)?.color).toBe(LIGHT_COLORS.red.color);
    expect(layout.charts.find((c) => c.chart.id === 'goal')?.source).toBe(`${a1(t.top, 0)}:${a1(t.top + 2, 1)}`);
  });

  it('Sedan förra uppföljningen: the period and date, spent then and now, lights then and now, the changed actions', () => {
    const title = [...cells.entries()].find(([, c]) => c.value === 'Sedan förra uppföljningen');
    expect(title?.[1].bold).toBe(true);
    const at = parseA1(title?.[0] ?? '');
    if (at === null) throw new Error('no section');
    expect([0, 1, 2].map((c) => cells.get(a1(at.row + 1, c))?.value)).toEqual(['Förra uppföljningen', 'Tertial 2', 40786]);
    expect(table(TABLE_NAMES.sinceMunicipalities).rows).toEqual([
      ['Kommun', 'Utfall då', 'Utfall nu', 'Förändring'],
      ['Mora', 290_000, 356_000, 66_000],
      ['Orsa', 180_000, 204_000, 24_000],
    ]);
    const goals = table(TABLE_NAMES.sinceGoals);
    expect(goals.rows).toEqual([
      ['MålID', 'Läge då', 'Läge nu', 'Trend', 'Mål'],
      ['M1', 'Gul', 'Grön', '↑ Bättre', 'Tydliga roller'],
      ['M2', 'Grön', 'Röd', '↓ Sämre', 'Stabil drift'],
    ]);
    expect(fillAt(goals.top + 1, 1)?.color).toBe(LIGHT_COLORS.amber.color);
    expect(fillAt(goals.top + 2, 3)?.color).toBe(LIGHT_COLORS.red.color);
    expect(table(TABLE_NAMES.sinceActions).rows).toEqual([
      ['ID', 'Förändring', 'Från', 'Till', 'Åtgärd'],
      ['A2', 'Ny status', 'Försenad', 'Pågår', 'Delegation'],
      ['A3', 'Ny status', 'Pågår', 'Försenad', 'Driftmiljö'],
      ['A3', 'Har passerat slutdatum', '', '', 'Driftmiljö'],
      ['A4', 'Tillagd', '', '', 'Övervakning'],
      ['A9', 'Borttagen', '', '', ''],
    ]);
  });

  it('the fourth chart: budget, spent and forecast per follow-up, oldest first, bound to the history table', () => {
    const t = table(TABLE_NAMES.history);
    expect(t.rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['Tertial 1', 900_000, 155_000, 885_000],
      ['Tertial 2', 900_000, 475_000, 805_000],
      ['Helår 2011', 1_000_000, 560_000, 940_000],
    ]);
    const chart = layout.charts.find((c) => c.chart.id === 'history');
    expect(chart?.source).toBe(`${a1(t.top, 0)}:${a1(t.top + 3, 3)}`);
    expect(chart?.chart.series.map((s) => [s.name, s.values])).toEqual([
      ['Budget', [900_000, 900_000, 1_000_000]],
      ['Utfall', [155_000, 475_000, 560_000]],
      ['Prognos', [885_000, 805_000, 940_000]],
    ]);
    expect(layout.charts).toHaveLength(4);
  });

  it('every table name is unique and every table is on its own rows', () => {
    const names = layout.tables.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
