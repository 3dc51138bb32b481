import { buildCharts, chartById, chartValueLabel } from '../../src/domain/charts';
import { summarize } from '../../src/domain/summary/summarize';
import type { Summary } from '../../src/domain/summary/types';
import { makePlan } from '../builders/model';

const summary = summarize(makePlan(), '2011-06-30');

describe('buildCharts', () => {
  const charts = buildCharts(summary);

  it('describes the three charts of the summary, each from its figures, in Swedish', () => {
    expect(charts.map((c) => [c.id, c.kind, c.title])).toEqual([
      ['municipality', 'column', 'Budget och utfall per kommun'],
      ['status', 'doughnut', 'Åtgärder per status'],
      ['goal', 'bar', 'Budget per mål'],
    ]);
    const m = chartById(charts, 'municipality');
    expect(m?.categories).toEqual(summary.byMunicipality.map((x) => x.name));
    expect(m?.series.map((s) => s.name)).toEqual(['Budget', 'Utfall']);
    expect(m?.series[0].values).toEqual(summary.byMunicipality.map((x) => x.budget));
    expect(m?.series[1].values).toEqual(summary.byMunicipality.map((x) => x.spent));
    expect(m?.series[0].labels[0]).toBe('2 290 000 kr');
    expect(m?.series[1].labels[0]).toBe('790 665 kr');
    expect(m?.numberFormat).toBe('#,##0 "kr"');
  });

  it('gives the doughnut one slice per status with a colour each, and counts as values', () => {
    const st = chartById(charts, 'status');
    expect(st?.categories).toEqual(['Ej påbörjad', 'Pågår', 'Klar', 'Försenad', 'Avbruten']);
    expect(st?.series[0].values).toEqual(summary.byStatus.map((x) => x.count));
    expect(new Set(st?.categoryColors).size).toBe(5);
    expect(st?.valueFormat).toBe('count');
  });

  it('keeps series apart in lightness, not only in hue', () => {
    const lightness = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const m = chartById(charts, 'municipality');
    expect(Math.abs(lightness(m?.series[0].color ?? '') - lightness(m?.series[1].color ?? ''))).toBeGreaterThan(60);
  });

  it('adds the history chart when the summary has follow-ups, oldest first', () => {
    const withHistory: Summary = {
      ...summary,
      history: [
        { period: 'Tertial 1', date: '2011-04-30', budget: 3_910_000, spent: 600_000, forecast: 3_950_000 },
        { period: 'Tertial 2', date: '2011-08-31', budget: 3_910_000, spent: 1_500_000, forecast: 3_900_000 },
      ],
    };
    const h = chartById(buildCharts(withHistory), 'history');
    expect(h).toMatchObject({ kind: 'column', categories: ['Tertial 1', 'Tertial 2'] });
    expect(h?.series.map((s) => [s.name, s.values])).toEqual([
      ['Budget', [3_910_000, 3_910_000]],
      ['Utfall', [600_000, 1_500_000]],
      ['Prognos', [3_950_000, 3_900_000]],
    ]);
    expect(chartById(charts, 'history')).toBeUndefined();
  });

  it('speaks English when asked', () => {
    const en = buildCharts(summary, 'en');
    expect(en.map((c) => c.title)).toEqual(['Budget and spent per municipality', 'Actions per status', 'Budget per goal']);
    expect(chartById(en, 'status')?.categories[1]).toBe('In progress');
  });
});

describe('chartValueLabel', () => {
  it('writes whole kronor with Swedish grouping, and counts plainly', () => {
    expect(chartValueLabel(427_490.6, 'kr')).toBe('427 491 kr');
    expect(chartValueLabel(-1_500, 'kr')).toBe('-1 500 kr');
    expect(chartValueLabel(-0.2, 'kr')).toBe('0 kr');
    expect(chartValueLabel(8, 'count')).toBe('8');
  });
});
