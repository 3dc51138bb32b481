export type { ChartDescription, ChartId, ChartKind, ChartSeries, ChartValueFormat } from './types';
export { buildCharts, chartById, chartValueLabel, SERIES_COLORS, STATUS_COLORS } from './build';
export { chartLabels } from './labels';
