/**
 * The summary's charts as descriptions (SPEC §3): budget and spent per municipality (clustered column),
 * actions per status (doughnut), budget per goal (bar) and, when the workbook has a follow-up history,
 * budget, spent and forecast per follow-up (clustered column, oldest first). Every figure comes from the
 * summary as it is; the value labels are the figures as the sheet shows them (whole kronor).
 */
import type { Lang } from '../finding';
import { FORMAT_INTEGER, FORMAT_KR } from '../summary/formats';
import { summaryLabels } from '../summary/labels';
import type { Summary, SummaryStatus } from '../summary/types';
import { chartLabels } from './labels';
import type { ChartDescription, ChartSeries, ChartValueFormat } from './types';

/**
 * Dark navy, mid blue and light orange: apart in hue and in lightness, so a black-and-white print still
 * tells them apart (the direct labels say which is which in any case).
 */
export const SERIES_COLORS = { budget: '#1F4E79', spent: '#5B9BD5', forecast: '#F4B183' } as const;

/** A slice colour per status, lightness apart for neighbours; each slice is labelled with its word too. */
export const STATUS_COLORS: Readonly<Record<SummaryStatus, string>> = {
  notStarted: '#D9D9D9',
  inProgress: '#5B9BD5',
  done: '#548235',
  delayed: '#FFC000',
  cancelled: '#7F7F7F',
  unknown: '#F2F2F2',
};

const WHOLE = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** A value as the chart's number format shows it: `2 290 000 kr` (sv grouping, whole kronor), or `8`. */
export function chartValueLabel(value: number, format: ChartValueFormat): string {
  const text = WHOLE.format(value).replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
  const shown = text === '-0' ? '0' : text;
  return format === 'kr' ? `${shown} kr` : shown;
}

function series(name: string, values: readonly number[], color: string, format: ChartValueFormat): ChartSeries {
  return { name, values, labels: values.map((v) => chartValueLabel(v, format)), color };
}

export function buildCharts(summary: Summary, lang: Lang = 'sv'): ChartDescription[] {
  const l = chartLabels(lang);
  const s = summaryLabels(lang);
  const charts: ChartDescription[] = [];
  if (summary.byMunicipality.length > 0) {
    const m = summary.byMunicipality;
    charts.push({
      id: 'municipality',
      kind: 'column',
      title: l.municipalityTitle,
      categoryTitle: l.municipality,
      valueTitle: l.kronor,
      categories: m.map((x) => x.name),
      series: [
        series(l.budget, m.map((x) => x.budget), SERIES_COLORS.budget, 'kr'),
        series(l.spent, m.map((x) => x.spent), SERIES_COLORS.spent, 'kr'),
      ],
      valueFormat: 'kr',
      numberFormat: FORMAT_KR,
    });
  }
  if (summary.byStatus.length > 0) {
    const st = summary.byStatus;
    charts.push({
      id: 'status',
      kind: 'doughnut',
      title: l.statusTitle,
      categoryTitle: l.status,
      valueTitle: l.actions,
      categories: st.map((x) => s.statuses[x.status]),
      series: [series(l.actions, st.map((x) => x.count), SERIES_COLORS.budget, 'count')],
      categoryColors: st.map((x) => STATUS_COLORS[x.status]),
      valueFormat: 'count',
      numberFormat: FORMAT_INTEGER,
    });
  }
  if (summary.byGoal.length > 0) {
    const g = summary.byGoal;
    charts.push({
      id: 'goal',
      kind: 'bar',
      title: l.goalTitle,
      categoryTitle: l.goal,
      valueTitle: l.kronor,
      categories: g.map((x) => x.id ?? s.noGoal),
      series: [series(l.budget, g.map((x) => x.budget), SERIES_COLORS.budget, 'kr')],
      valueFormat: 'kr',
      numberFormat: FORMAT_KR,
    });
  }
  const history = summary.history ?? [];
  if (history.length > 0) {
    charts.push({
      id: 'history',
      kind: 'column',
      title: l.historyTitle,
      categoryTitle: l.followUp,
      valueTitle: l.kronor,
      categories: history.map((h) => h.period),
      series: [
        series(l.budget, history.map((h) => h.budget), SERIES_COLORS.budget, 'kr'),
        series(l.spent, history.map((h) => h.spent), SERIES_COLORS.spent, 'kr'),
        series(l.forecast, history.map((h) => h.forecast), SERIES_COLORS.forecast, 'kr'),
      ],
      valueFormat: 'kr',
      numberFormat: FORMAT_KR,
    });
  }
  return charts;
}

/** The chart with this id, if the summary has one. */
export function chartById(charts: readonly ChartDescription[], id: ChartDescription['id']): ChartDescription | undefined {
  return charts.find((c) => c.id === id);
}
