/**
 * A chart as data (STYLE §13): what it shows, in which order, with which words, formats and colours.
 * Built from the summary by `buildCharts`; drawn as a native Excel chart (src/excel), as SVG (src/render)
 * for the browser page and the PDF. A renderer lays the description out; it never computes a figure.
 */

/** Clustered columns, clustered horizontal bars, or a doughnut (one series, one slice per category). */
export type ChartKind = 'column' | 'bar' | 'doughnut';

/** The four charts of the summary (SPEC §3): per municipality, per status, per goal, and the follow-up history. */
export type ChartId = 'municipality' | 'status' | 'goal' | 'history';

/** How values read: kronor (`2 290 000 kr`) or a count of actions. */
export type ChartValueFormat = 'kr' | 'count';

export interface ChartSeries {
  /** The legend's and the direct label's word, e.g. `Budget`. */
  readonly name: string;
  /** One value per category, in the categories' order. */
  readonly values: readonly number[];
  /** The values as the reader sees them (`2 290 000 kr`), one per category: every renderer shows these. */
  readonly labels: readonly string[];
  /** `#RRGGBB`; series of one chart differ in lightness too, so they stay apart in black and white. */
  readonly color: string;
}

export interface ChartDescription {
  readonly id: ChartId;
  readonly kind: ChartKind;
  readonly title: string;
  /** What the categories are (axis title), e.g. `Kommun`. */
  readonly categoryTitle: string;
  /** What the values are (axis title), e.g. `Kronor`. */
  readonly valueTitle: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** A colour per category (the doughnut's slices), in the categories' order; else each series has one colour. */
  readonly categoryColors?: readonly string[];
  readonly valueFormat: ChartValueFormat;
  /** The Excel number format code of the values (axis and data labels), e.g. `#,##0 "kr"`. */
  readonly numberFormat: string;
}
