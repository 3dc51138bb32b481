/**
 * The `Sammanfattning` sheet as data (SPEC §3): a heading, the totals, four tables (per municipality,
 * goal, status, and the overdue list) and three charts bound to them. Pure; any writer (office-js,
 * exceljs, the in-memory harness) turns it into a real sheet.
 *
 * The charts sit in a band between the totals and the tables; column widths follow the content.
 * Every string goes in a `@` (text) cell: plan, action and person names from the workbook are values,
 * never formulas.
 */
import type { ChartDescription, ChartId } from '../charts/types';
import { buildCharts } from '../charts/build';
import type { FindingCounts, Lang } from '../finding';
import type { Cell } from './cells';
import { blockAt, date, dateTime, displayWidth, integer, kr, percent, rangeAt, text } from './cells';
import { a1, columnLetters, parseA1 } from '../a1';
import type { SummaryLabels } from './labels';
import { summaryLabels } from './labels';
import type { LayoutBlock, LayoutChart, LayoutFill, LayoutPrint, LayoutTable, SheetLayout } from './layout';
import type { ActionChangeLine, Light, Summary, Trend } from './types';

export const SUMMARY_SHEET_NAME = 'Sammanfattning';

export const TABLE_NAMES = {
  municipalities: 'PK_Kommuner',
  goals: 'PK_Mal',
  statuses: 'PK_Status',
  overdue: 'PK_Forsenade',
  history: 'PK_Historik',
  sinceMunicipalities: 'PK_Sedan_Kommuner',
  sinceGoals: 'PK_Sedan_Mal',
  sinceActions: 'PK_Sedan_Atgarder',
} as const;

const TABLE_STYLE = 'TableStyleMedium2';

/** Fill and font colour of each light (Excel's Good / Neutral / Bad styles); the word is always written too. */
export const LIGHT_COLORS: Readonly<Record<Light, { readonly color: string; readonly fontColor: string }>> = {
  green: { color: '#C6EFCE', fontColor: '#006100' },
  amber: { color: '#FFEB9C', fontColor: '#9C5700' },
  red: { color: '#FFC7CE', fontColor: '#9C0006' },
};

/** A trend's fill (better green, worse red, same none); the cell always says it in a word with an arrow too. */
export const TREND_COLORS: Readonly<Record<Trend, { readonly color: string; readonly fontColor: string } | null>> = {
  better: LIGHT_COLORS.green,
  same: null,
  worse: LIGHT_COLORS.red,
};

export interface SummaryMeta {
  /** ISO date-time the summary was made (local time), e.g. `2026-11-27T23:15`. */
  readonly generatedAt: string;
  readonly counts: FindingCounts;
  /** Seal state as a short text, e.g. `Förseglad av …, oförändrad` or `Ej förseglad`. */
  readonly seal: string;
  /** The seal for the printed footer, with the fingerprint's first digits (default: `seal`). */
  readonly sealFooter?: string;
  readonly lang?: Lang;
}

/**
 * The charts sit side by side in a band between the totals and the tables — what a reader sees first
 * after the numbers — left to right: municipality, status, goal; the follow-up history, when there is
 * one, in a second band below. Each is at least CHART_MIN_CHARS wide (by the computed column widths)
 * and CHART_BAND_ROWS high.
 */
const CHART_BAND_ROWS = 16;
const CHART_MIN_CHARS = 48;
const CHARTS_PER_BAND = 3;
const CHART_NAMES: Readonly<Record<ChartId, string>> = {
  municipality: 'PK_Diagram_Kommuner',
  status: 'PK_Diagram_Status',
  goal: 'PK_Diagram_Mal',
  history: 'PK_Diagram_Historik',
};
const CHART_ORDER: readonly ChartId[] = ['municipality', 'status', 'goal', 'history'];
/** Excel's default column width in characters, for columns the layout does not size. */
const DEFAULT_COLUMN_CHARS = 8.43;

class SheetBuilder {
  constructor(private readonly descriptions: readonly ChartDescription[]) {}
  readonly blocks: LayoutBlock[] = [];
  readonly fills: LayoutFill[] = [];
  readonly tables: LayoutTable[] = [];
  readonly charts: LayoutChart[] = [];
  /** Next free zero-based row. */
  row = 0;
  /** Widest cell per column (characters), from the tables and the totals. */
  readonly widths: number[] = [];

  /** Lets column widths follow these cells (the heading and titles overflow into empty cells instead). */
  measure(cells: readonly (readonly Cell[])[], extra = 0): void {
    for (const row of cells) {
      row.forEach((cell, c) => {
        this.widths[c] = Math.max(this.widths[c] ?? 0, displayWidth(cell) + extra);
      });
    }
  }

  put(cells: readonly (readonly Cell[])[], style: { bold?: boolean; fontSize?: number } = {}): number {
    const at = this.row;
    if (cells.length > 0) this.blocks.push(blockAt(at, 0, cells, style));
    this.row += cells.length;
    return at;
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  /** A titled table: the title row, the header and the rows; returns the zero-based header row (or null: no rows). */
  table(title: string, name: string, header: readonly string[], rows: readonly (readonly Cell[])[]): number | null {
    this.put([[text(title)]], { bold: true });
    if (rows.length === 0) return null;
    const headerRow = this.put([header.map(text)], { bold: true });
    this.put(rows);
    // A table header also shows its filter button: about three characters more.
    this.measure([header.map(text)], 3);
    this.measure(rows);
    this.tables.push({ name, range: rangeAt(headerRow, 0, rows.length + 1, header.length), style: TABLE_STYLE });
    return headerRow;
  }

  /**
   * The chart `id` (if the summary has one) bound to the table whose header is at `headerRow`: its
   * first column (the categories) and one column per series after it. Placed later.
   */
  chart(id: ChartId, headerRow: number, rows: number): void {
    const chart = this.descriptions.find((c) => c.id === id);
    if (chart === undefined) return;
    const source = rangeAt(headerRow, 0, rows + 1, 1 + chart.series.length);
    this.charts.push({ name: CHART_NAMES[id], chart, source, position: '' });
  }
}

function heading(b: SheetBuilder, s: Summary, meta: SummaryMeta, l: SummaryLabels): void {
  b.put([[text(s.plan.name.trim() === '' ? l.untitledPlan : s.plan.name)]], { bold: true, fontSize: 16 });
  const decision = [s.plan.decisionDate, s.plan.decidedBy].filter((x): x is string => typeof x === 'string' && x !== '');
  const rows: Cell[][] = [
    [text(l.reportDate), date(s.plan.reportDate)],
    [text(l.generatedAt), dateTime(meta.generatedAt)],
  ];
  if (decision.length > 0) rows.push([text(l.decision), text(decision.join(', '))]);
  rows.push([text(l.validation), text(l.validationText(meta.counts.error, meta.counts.warning, meta.counts.info))]);
  rows.push([text(l.seal), text(meta.seal)]);
  b.put(rows);
  b.skip();
}

function totals(b: SheetBuilder, s: Summary, l: SummaryLabels): void {
  const t = s.totals;
  b.put([[text(l.totals)]], { bold: true });
  const rows: Cell[][] = [
    [text(l.budget), kr(t.budget)],
    [text(l.spent), kr(t.spent)],
    [text(l.remaining), kr(t.remaining)],
    [text(l.percentSpent), percent(t.percentSpent)],
    ...(t.forecast !== undefined && t.deviation !== undefined
      ? [
          [text(l.forecast), kr(t.forecast)],
          [text(l.deviation), kr(t.deviation)],
        ]
      : []),
    [text(l.actions), integer(t.actions)],
    [text(l.done), integer(t.done)],
    [text(l.overdue), integer(t.overdue)],
  ];
  const at = b.put(rows);
  b.measure(rows);
  // The deviation row follows Budget, Utfall, Kvar, Förbrukat and Prognos.
  if (t.deviation !== undefined) overrunFill(b, at + 5, 1, t.deviation);
  b.skip();
}

/** A negative deviation (an expected overrun) in the red of the lights; its minus sign says it too. */
function overrunFill(b: SheetBuilder, row: number, col: number, deviation: number | undefined): void {
  if (deviation === undefined || deviation >= 0) return;
  fillAt(b, row, col, LIGHT_COLORS.red.color, LIGHT_COLORS.red.fontColor);
}

/** Forecast and deviation cells and headers, when the summary has them (follow-up data, SPEC §7). */
function forecastCells(withForecast: boolean, x: { readonly forecast?: number; readonly deviation?: number }): Cell[] {
  return withForecast ? [kr(x.forecast ?? 0), kr(x.deviation ?? 0)] : [];
}

function municipalities(b: SheetBuilder, s: Summary, l: SummaryLabels): void {
  const withForecast = s.totals.forecast !== undefined;
  // Name, Budget and Utfall first, side by side: the chart binds to them.
  const rows = s.byMunicipality.map((m) => [text(m.name), kr(m.budget), kr(m.spent), kr(m.remaining), ...forecastCells(withForecast, m)]);
  const headers = [l.municipality, l.budget, l.spent, l.remaining, ...(withForecast ? [l.forecast, l.deviation] : [])];
  const header = b.table(l.byMunicipality, TABLE_NAMES.municipalities, headers, rows);
  if (header === null) return b.skip();
  s.byMunicipality.forEach((m, i) => overrunFill(b, header + 1 + i, 5, m.deviation));
  b.chart('municipality', header, rows.length);
  b.skip();
}

function trendText(l: SummaryLabels, trend: Trend | null | undefined): string {
  return trend === null || trend === undefined ? l.noTrend : l.trends[trend];
}

function goals(b: SheetBuilder, s: Summary, l: SummaryLabels): void {
  const withForecast = s.totals.forecast !== undefined;
  // MålID and Budget first, side by side, so the bar chart binds to one contiguous range.
  const rows = s.byGoal.map((g) => [
    text(g.id ?? l.noGoal),
    kr(g.budget),
    kr(g.spent),
    ...forecastCells(withForecast, g),
    integer(g.actions),
    integer(g.done),
    integer(g.overdue),
    text(l.lights[g.light]),
    ...(withForecast ? [text(trendText(l, g.trend))] : []),
    text(g.id === null ? l.noGoal : g.name),
  ]);
  const header = b.table(
    l.byGoal,
    TABLE_NAMES.goals,
    [
      l.goalId,
      l.budget,
      l.spent,
      ...(withForecast ? [l.forecast, l.deviation] : []),
      l.actions,
      l.done,
      l.overdue,
      l.light,
      ...(withForecast ? [l.trend] : []),
      l.goal,
    ],
    rows,
  );
  if (header === null) return b.skip();
  const lightCol = withForecast ? 8 : 6;
  s.byGoal.forEach((g, i) => {
    const { color, fontColor } = LIGHT_COLORS[g.light];
    fillAt(b, header + 1 + i, lightCol, color, fontColor);
    if (!withForecast) return;
    overrunFill(b, header + 1 + i, 4, g.deviation);
    const trend = g.trend === null || g.trend === undefined ? null : TREND_COLORS[g.trend];
    if (trend !== null) fillAt(b, header + 1 + i, lightCol + 1, trend.color, trend.fontColor);
  });
  b.chart('goal', header, rows.length);
  b.skip();
}

/**
 * Sedan förra uppföljningen (SPEC §3): the previous follow-up's period and date; spent then, now and the
 * change per municipality; each goal's light then and now with its trend (word and arrow, and a fill);
 * the actions that changed status, passed their end date, were added or removed.
 */
function sincePrevious(b: SheetBuilder, s: Summary, l: SummaryLabels): void {
  if (s.history === undefined) return;
  b.put([[text(l.sincePrevious)]], { bold: true, fontSize: 13 });
  const since = s.sincePrevious ?? null;
  if (s.previous === null || s.previous === undefined || since === null) {
    b.put([[text(l.noPrevious)]]);
    return b.skip();
  }
  const previous = [[text(l.previousFollowUp), text(s.previous.period), date(s.previous.date)]];
  b.put(previous);
  b.measure([[previous[0][0]]]);
  b.skip();

  const m = since.byMunicipality.map((x) => [text(x.name), kr(x.spentBefore), kr(x.spent), kr(x.change)]);
  b.table(l.byMunicipality, TABLE_NAMES.sinceMunicipalities, [l.municipality, l.spentBefore, l.spentNow, l.change], m);
  b.skip();

  const g = since.goals.map((x) => [
    text(x.id ?? l.noGoal),
    text(x.before === null ? l.noTrend : l.lights[x.before]),
    text(l.lights[x.now]),
    text(trendText(l, x.trend)),
    text(x.id === null ? l.noGoal : x.name),
  ]);
  const goalHeader = b.table(l.byGoal, TABLE_NAMES.sinceGoals, [l.goalId, l.lightBefore, l.lightNow, l.trend, l.goal], g);
  if (goalHeader !== null) {
    since.goals.forEach((x, i) => {
      const row = goalHeader + 1 + i;
      if (x.before !== null) fillAt(b, row, 1, LIGHT_COLORS[x.before].color, LIGHT_COLORS[x.before].fontColor);
      fillAt(b, row, 2, LIGHT_COLORS[x.now].color, LIGHT_COLORS[x.now].fontColor);
      const trend = x.trend === null ? null : TREND_COLORS[x.trend];
      if (trend !== null) fillAt(b, row, 3, trend.color, trend.fontColor);
    });
  }
  b.skip();

  const status = (x: ActionChangeLine['from']): string => (x === undefined ? '' : l.statuses[x]);
  const a = since.changes.map((c) => [text(c.id), text(l.changeKinds[c.kind]), text(status(c.from)), text(status(c.to)), text(c.action)]);
  const changesHeader = b.table(l.actionChanges, TABLE_NAMES.sinceActions, [l.id, l.changeKind, l.from, l.to, l.action], a);
  if (changesHeader === null) b.put([[text(l.noActionChanges)]]);
  b.skip();
}

function fillAt(b: SheetBuilder, row: number, col: number, color: string, fontColor: string): void {
  b.fills.push({ range: rangeAt(row, col, 1, 1), color, fontColor });
}

function statuses(b: SheetBuilder, s: Summary, l: SummaryLabels): void {
  const rows = s.byStatus.map((x) => [text(l.statuses[x.status]), integer(x.count)]);
  const header = b.table(l.byStatus, TABLE_NAMES.statuses, [l.status, l.count], rows);
  if (header !== null) b.chart('status', header, rows.length);
  b.skip();
}

function overdue(b: SheetBuilder, s: Summary, l: SummaryLabels): void {
  const rows = s.overdue.map((o) => [text(o.id), text(o.action), text(o.responsible), date(o.end), integer(o.daysLate)]);
  const header = b.table(l.overdueList, TABLE_NAMES.overdue, [l.id, l.action, l.responsible, l.end, l.daysLate], rows);
  if (header === null) b.put([[text(l.noOverdue)]]);
}

/** Column widths in characters: the widest cell plus a margin, between 8 and 50 (longer text is cut, not lost). */
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

function columnWidths(widths: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  widths.forEach((w, c) => {
    out[columnLetters(c)] = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(w) + 2));
  });
  return out;
}

/** How many bands of charts the summary needs (0 without charts). */
function chartBands(charts: readonly ChartDescription[]): number {
  return Math.ceil(charts.length / CHARTS_PER_BAND);
}

/** Positions the charts side by side from column A, CHARTS_PER_BAND to a band, bands from row `top` down. */
function placeCharts(charts: readonly LayoutChart[], widths: Readonly<Record<string, number>>, top: number): LayoutChart[] {
  const ordered = [...charts].sort((a, b) => CHART_ORDER.indexOf(a.chart.id) - CHART_ORDER.indexOf(b.chart.id));
  let col = 0;
  return ordered.map((chart, i) => {
    if (i % CHARTS_PER_BAND === 0) col = 0;
    const bandTop = top + Math.floor(i / CHARTS_PER_BAND) * (CHART_BAND_ROWS + 1);
    const first = col;
    let chars = 0;
    while (chars < CHART_MIN_CHARS) chars += widths[columnLetters(col++)] ?? DEFAULT_COLUMN_CHARS;
    return { ...chart, position: `${rangeAt(bandTop, first, CHART_BAND_ROWS, col - first)}` };
  });
}

/** The follow-up history (oldest first, the current one last): the fourth chart's table. */
function history(b: SheetBuilder, s: Summary, l: SummaryLabels): void {
  const lines = s.history ?? [];
  if (lines.length === 0) return;
  const rows = lines.map((h) => [text(h.period), kr(h.budget), kr(h.spent), kr(h.forecast), date(h.date)]);
  const header = b.table(l.history, TABLE_NAMES.history, [l.period, l.budget, l.spent, l.forecast, l.date], rows);
  if (header !== null) b.chart('history', header, rows.length);
  b.skip();
}

export function layoutSummary(summary: Summary, meta: SummaryMeta): SheetLayout {
  const l = summaryLabels(meta.lang);
  const descriptions = buildCharts(summary, meta.lang);
  const b = new SheetBuilder(descriptions);
  heading(b, summary, meta, l);
  totals(b, summary, l);
  const chartTop = b.row;
  b.skip(chartBands(descriptions) * (CHART_BAND_ROWS + 1));
  municipalities(b, summary, l);
  goals(b, summary, l);
  statuses(b, summary, l);
  const sinceTop = b.row;
  sincePrevious(b, summary, l);
  const sinceWritten = b.row > sinceTop;
  history(b, summary, l);
  overdue(b, summary, l);
  const widths = columnWidths(b.widths);
  const charts = placeCharts(b.charts, widths, chartTop);
  const tablesTop = chartTop + chartBands(descriptions) * (CHART_BAND_ROWS + 1);
  return {
    sheetName: SUMMARY_SHEET_NAME,
    blocks: b.blocks,
    fills: b.fills,
    tables: b.tables,
    charts,
    columnWidths: widths,
    print: printLayout(summary, meta, l, {
      rows: b.row,
      cols: Math.max(b.widths.length, ...charts.map((c) => lastColumn(c.position) + 1)),
      // A page per section: heading, totals and charts; the tables; what changed since the previous follow-up.
      breaks: [...(charts.length > 0 ? [tablesTop] : []), ...(sinceWritten ? [sinceTop] : [])],
    }),
  };
}

/** The zero-based column of a range's bottom-right cell (`E17:H32` → 7). */
function lastColumn(range: string): number {
  const end = parseA1(range.split(':').pop() ?? '');
  return end === null ? 0 : end.col;
}

/** Excel refuses a header or footer section longer than this. */
const HEADER_FOOTER_MAX = 255;
const HEADER_STYLE = '&"-,Bold"&12';

/** Excel's header/footer code for plain text: `&` doubled, one line, at most `max` characters (shortened with …). */
export function headerFooterText(text: string, max = HEADER_FOOTER_MAX): string {
  const escaped = text.replace(/[\r\n]+/g, ' ').replace(/&/g, '&&');
  if (escaped.length <= max) return escaped;
  // Cut without splitting a doubled & (an odd run of & at the end would start a code).
  const cut = escaped.slice(0, max - 1);
  const run = /&+$/.exec(cut)?.[0].length ?? 0;
  return `${run % 2 === 1 ? cut.slice(0, -1) : cut}…`;
}

/**
 * The sheet prints as a meeting handout (SPEC §3): A4 landscape, one page wide; the first page holds the
 * heading, the totals and the charts, the tables start on the next. The plan's name heads every page;
 * the footer says the report date and validation result, the seal with its fingerprint, and page N of M.
 */
function printLayout(s: Summary, meta: SummaryMeta, l: SummaryLabels, size: { rows: number; cols: number; breaks: readonly number[] }): LayoutPrint {
  const name = s.plan.name.trim() === '' ? l.untitledPlan : s.plan.name;
  const c = meta.counts;
  return {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToPagesWide: 1,
    area: rangeAt(0, 0, Math.max(1, size.rows), Math.max(1, size.cols)),
    pageBreaks: size.breaks.map((row) => a1(row, 0)),
    gridlines: false,
    header: { left: '', center: `${HEADER_STYLE}${headerFooterText(name, HEADER_FOOTER_MAX - HEADER_STYLE.length)}`, right: '' },
    footer: {
      left: headerFooterText(`${l.reportDate} ${s.plan.reportDate} · ${l.validation}: ${l.validationText(c.error, c.warning, c.info)}`),
      center: headerFooterText(meta.sealFooter ?? meta.seal),
      right: l.pageOf('&P', '&N'),
    },
  };
}
