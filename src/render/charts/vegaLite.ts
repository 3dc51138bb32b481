/**
 * A chart description (src/domain/charts) as a Vega-Lite specification. Layout only: the values, the
 * words and the value labels come from the description as they are. Every chart can be read without
 * colour: bars carry their value and sit under their series' name, slices carry their status and count.
 *
 * The value axis is left out: each bar is labelled with its value in the description's format
 * (`2 290 000 kr`), which an axis in Vega's own number format could not match.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartDescription } from '../../domain/charts/types';

export interface ChartSize {
  /** Outer width and height in pixels (SVG user units; points when placed in the PDF at 1:1). */
  readonly width: number;
  readonly height: number;
}

/** The embedded PDF font first (the PDF maps the family to its own file), then what a browser has. */
export const CHART_FONT = 'Roboto, "Segoe UI", Arial, "DejaVu Sans", sans-serif';
const TEXT = '#262626';
const MUTED = '#595959';

interface Datum {
  readonly category: string;
  readonly series: string;
  readonly value: number;
  readonly label: string;
  readonly order: number;
}

function data(d: ChartDescription): Datum[] {
  return d.series.flatMap((s, si) =>
    d.categories.map((category, ci) => ({
      category,
      series: s.name,
      value: s.values[ci] ?? 0,
      label: s.labels[ci] ?? '',
      order: ci * d.series.length + si,
    })),
  );
}

const config = {
  font: CHART_FONT,
  background: 'white',
  view: { stroke: null },
  title: { fontSize: 13, fontWeight: 'bold' as const, color: TEXT, anchor: 'start' as const, offset: 10 },
  axis: { labelColor: TEXT, titleColor: MUTED, labelFontSize: 10, titleFontSize: 10, domainColor: '#A6A6A6', tickColor: '#A6A6A6' },
  header: { labelColor: TEXT, titleColor: MUTED, labelFontSize: 11, titleFontSize: 10 },
};

/** Largest value, for the room a value label needs past the longest bar (layout, not a figure). */
function maxValue(d: ChartDescription): number {
  return Math.max(1, ...d.series.flatMap((s) => s.values));
}

/** Clustered columns: one group per category (its name below), one labelled bar per series in each. */
function column(d: ChartDescription, size: ChartSize): TopLevelSpec {
  const names = d.series.map((s) => s.name);
  const bars = Math.max(1, d.categories.length * d.series.length);
  const spacing = 10;
  // Room is left for the last label, which may reach past its bar.
  const step = Math.max(16, Math.floor((size.width - 44 - spacing * (d.categories.length - 1)) / bars));
  const labelSize = Math.max(7, Math.min(9, Math.floor(step / 6.6)));
  const x = {
    field: 'series',
    type: 'nominal' as const,
    sort: names,
    axis: { title: null, labelAngle: 0, labelFontSize: 9, labelColor: MUTED, ticks: false, domain: true },
  };
  const y = { field: 'value', type: 'quantitative' as const, axis: null, scale: { domainMax: maxValue(d) * 1.12 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: d.title,
    config,
    data: { values: data(d) },
    facet: {
      column: {
        field: 'category',
        type: 'nominal',
        sort: [...d.categories],
        header: { title: null, labelOrient: 'bottom', labelFontWeight: 'bold', labelPadding: 4 },
      },
    },
    spacing,
    spec: {
      width: { step },
      height: size.height - 68,
      layer: [
        {
          mark: { type: 'bar', stroke: '#404040', strokeWidth: 0.5 },
          encoding: {
            x,
            y,
            color: { field: 'series', type: 'nominal', scale: { domain: names, range: d.series.map((s) => s.color) }, legend: null },
          },
        },
        {
          mark: { type: 'text', baseline: 'bottom', dy: -3, fontSize: labelSize, color: TEXT },
          encoding: { x, y, text: { field: 'label', type: 'nominal' } },
        },
      ],
    },
  };
}

/** Horizontal bars, one per category, its value to the right of it. */
function bar(d: ChartDescription, size: ChartSize): TopLevelSpec {
  const s = d.series[0];
  const y = {
    field: 'category',
    type: 'nominal' as const,
    sort: [...d.categories],
    axis: { title: null, ticks: false, labelPadding: 6, labelFontWeight: 'bold' as const, labelLimit: 160 },
  };
  const x = { field: 'value', type: 'quantitative' as const, axis: null, scale: { domainMax: maxValue(d) * 1.35 } };
  const rows = Math.max(1, d.categories.length);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: d.title,
    config,
    data: { values: data(d) },
    width: size.width - 70,
    height: Math.min(size.height - 40, rows * 24),
    layer: [
      { mark: { type: 'bar', color: s?.color ?? '#1F4E79', height: { band: 0.7 } }, encoding: { x, y } },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 9, color: TEXT },
        encoding: { x, y, text: { field: 'label', type: 'nominal' } },
      },
    ],
  };
}

/**
 * A doughnut: one slice per category with a non-zero value, each labelled `Pågår: 9` just outside the
 * ring, left-aligned on the right half and right-aligned on the left half so no label crosses the ring.
 */
function doughnut(d: ChartDescription, size: ChartSize): TopLevelSpec {
  const colors = [...(d.categoryColors ?? d.categories.map(() => d.series[0]?.color ?? '#1F4E79'))];
  const outer = Math.max(30, Math.min(size.width / 2 - 90, (size.height - 50) / 2 - 14));
  // The angle of a slice's middle, clockwise from twelve o'clock (Vega-Lite stacks theta into value_start/_end).
  const middle = '2 * PI * (datum.value_start + datum.value_end) / 2 / max(datum.total, 1)';
  const values = data(d).map((x) => ({ ...x, text: `${x.category}: ${x.label}` }));
  const theta = { field: 'value', type: 'quantitative' as const, stack: true as const };
  const order = { field: 'order', type: 'quantitative' as const };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: d.title,
    config,
    data: { values },
    transform: [{ filter: 'datum.value > 0' }, { joinaggregate: [{ op: 'sum', field: 'value', as: 'total' }] }],
    width: size.width - 20,
    height: size.height - 50,
    layer: [
      {
        mark: { type: 'arc', innerRadius: outer * 0.55, outerRadius: outer, stroke: 'white', strokeWidth: 1.5 },
        encoding: {
          theta,
          order,
          color: { field: 'category', type: 'nominal', scale: { domain: [...d.categories], range: colors }, legend: null },
        },
      },
      {
        mark: {
          type: 'text',
          radius: outer + 6,
          fontSize: 10,
          color: TEXT,
          align: { expr: `sin(${middle}) >= 0 ? 'left' : 'right'` },
          baseline: { expr: `cos(${middle}) >= 0.9 ? 'bottom' : cos(${middle}) <= -0.9 ? 'top' : 'middle'` },
        },
        encoding: { theta, order, text: { field: 'text', type: 'nominal' } },
      },
    ],
  };
}

export function toVegaLite(d: ChartDescription, size: ChartSize): TopLevelSpec {
  switch (d.kind) {
    case 'column':
      return column(d, size);
    case 'bar':
      return bar(d, size);
    case 'doughnut':
      return doughnut(d, size);
  }
}
