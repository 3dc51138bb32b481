import { buildCharts, chartById } from '../../src/domain/charts';
import type { ChartDescription } from '../../src/domain/charts';
import { summarize } from '../../src/domain/summary/summarize';
import { chartToSvg } from '../../src/render/charts/svg';
import { makePlan } from '../builders/model';

const SIZE = { width: 500, height: 260 };
const charts = buildCharts(summarize(makePlan(), '2011-06-30'));

/** The text of every <text> element, entities decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

describe('chartToSvg', () => {
  it('draws the municipality chart as SVG with the title, the categories, the series names and every value label', async () => {
    const chart = chartById(charts, 'municipality') as ChartDescription;
    const svg = await chartToSvg(chart, SIZE);
    expect(svg.startsWith('<svg')).toBe(true);
    const t = texts(svg);
    expect(t).toContain('Budget och utfall per kommun');
    for (const name of chart.categories) expect(t).toContain(name);
    expect(t.filter((x) => x === 'Budget')).toHaveLength(chart.categories.length);
    expect(t.filter((x) => x === 'Utfall')).toHaveLength(chart.categories.length);
    for (const s of chart.series) for (const label of s.labels) expect(t).toContain(label);
    // One bar per value, each filled with its series' colour.
    expect((svg.match(/<path[^>]*fill="#1F4E79"/gi) ?? []).length).toBe(chart.categories.length);
    expect((svg.match(/<path[^>]*fill="#5B9BD5"/gi) ?? []).length).toBe(chart.categories.length);
  });

  it('labels each non-empty slice of the doughnut with its status and count', async () => {
    const chart = chartById(charts, 'status') as ChartDescription;
    const t = texts(await chartToSvg(chart, SIZE));
    chart.categories.forEach((c, i) => {
      const count = chart.series[0].values[i];
      if (count > 0) expect(t).toContain(`${c}: ${count}`);
      else expect(t.some((x) => x.startsWith(`${c}:`))).toBe(false);
    });
  });

  it('labels each goal bar with its budget', async () => {
    const chart = chartById(charts, 'goal') as ChartDescription;
    const t = texts(await chartToSvg(chart, SIZE));
    for (const c of chart.categories) expect(t).toContain(c);
    for (const label of chart.series[0].labels) expect(t).toContain(label);
  });

  it('keeps workbook text as text: markup in a name is escaped, never an element', async () => {
    const goal = chartById(charts, 'goal') as ChartDescription;
    const chart: ChartDescription = { ...goal, categories: ['<script>alert(1)</script>', ...goal.categories.slice(1)] };
    const svg = await chartToSvg(chart, SIZE);
    expect(svg).not.toContain('<script');
    // The axis shortens a long name with an ellipsis; what it shows is the text as written.
    expect(texts(svg).join('\n')).toContain('<script>alert(1)</');
  });
});
