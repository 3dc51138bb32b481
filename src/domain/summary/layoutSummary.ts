/**
 * The `Sammanfattning` sheet as data (SPEC §3): a heading, the totals, four tables (per municipality,
 * goal, status, and the overdue list) and three charts bound to them. Pure; any writer (office-js,
 * exceljs, the in-memory harness) turns it into a real sheet.
 *
 * Column A–H hold the text and tables, the charts sit to the right from column J. Every string goes in
 * a `@` (text) cell: plan, action and person names from the workbook are values, never formulas.
 */
import type { FindingCounts, Lang } from '../finding';
import type { Cell } from './cells';
import { blockAt, date, dateTime, integer, kr, percent, rangeAt, text } from './cells';
import type { SummaryLabels } from './labels';
import { summaryLabels } from './labels';
import type { LayoutBlock, LayoutChart, LayoutFill, LayoutTable, SheetLayout } from './layout';
import type { Light, Summary } from './types';

export const SUMMARY_SHEET_NAME = 'Sammanfattning';

export const TABLE_NAMES = {
  municipalities: 'PK_Kommuner',
  goals: 'PK_Mal',
  statuses: 'PK_Status',
  overdue: 'PK_Forsenade',
} as const;

const TABLE_STYLE = 'TableStyleMedium2';

/** Fill and font colour of each light (Excel's Good / Neutral / Bad styles); the word is always written too. */
export const LIGHT_COLORS: Readonly<Record<Light, { readonly color: string; readonly fontColor: string }>> = {
  green: { color: '#C6EFCE', fontColor: '#006100' },
  amber: { color: '#FFEB9C', fontColor: '#9C5700' },
  red: { color: '#FFC7CE', fontColor: '#9C0006' },
};

export interface SummaryMeta {
  /** ISO date-time the summary was made (local time), e.g. `2026-11-27T23:15`. */
  readonly generatedAt: string;
  readonly counts: FindingCounts;
  /** Seal state as a short text, e.g. `Förseglad av …, oförändrad` or `Ej förseglad`. */
  readonly seal: string;
  readonly lang?: Lang;
}

/** Charts sit right of the tables, stacked in column J–Q: municipality, status, then the taller goal chart. */
const CHART_POSITIONS = {
  municipalities: 'J2:Q17',
  statuses: 'J19:Q34',
  goals: 'J36:Q58',
} as const;

class SheetBuilder {
  readonly blocks: LayoutBlock[] = [];
  readonly fills: LayoutFill[] = [];
  readonly tables: LayoutTable[] = [];
  readonly charts: LayoutChart[] = [];
  /** Next free zero-based row. */
  row = 0;

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
    this.tables.push({ name, range: rangeAt(headerRow, 0, rows.length + 1, header.length), style: TABLE_STYLE });
    return headerRow;
  }

  /** A chart bound to the first `cols` columns of the table whose header is at `headerRow`. */
  chart(chart: Omit<LayoutChart, 'source'>, headerRow: number, rows: number, cols: number): void {
    this.charts.push({ ...chart, source: rangeAt(headerRow, 0, rows + 1, cols) });
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
  b.put([
    [text(l.budget), kr(t.budget)],
    [text(l.spent), kr(t.spent)],
    [text(l.remaining), kr(t.remaining)],
    [text(l.percentSpent), percent(t.percentSpent)],
    [text(l.actions), integer(t.actions)],
    [text(l.done), integer(t.done)],
    [text(l.overdue), integer(t.overdue)],
  ]);
  b.skip();
}

function municipalities(b: SheetBuilder, s: Summary, l: SummaryLabels): void {
  const rows = s.byMunicipality.map((m) => [text(m.name), kr(m.budget), kr(m.spent), kr(m.remaining)]);
  const header = b.table(l.byMunicipality, TABLE_NAMES.municipalities, [l.municipality, l.budget, l.spent, l.remaining], rows);
  if (header !== null) b.chart(
      { name: 'PK_Diagram_Kommuner', type: 'ColumnClustered', title: l.chartMunicipality, position: CHART_POSITIONS.municipalities },
      header,
      rows.length,
      3,
    );
  b.skip();
}

function goals(b: SheetBuilder, s: Summary, l: SummaryLabels): void {
  // MålID and Budget first, side by side, so the bar chart binds to one contiguous range.
  const rows = s.byGoal.map((g) => [
    text(g.id ?? l.noGoal),
    kr(g.budget),
    kr(g.spent),
    integer(g.actions),
    integer(g.done),
    integer(g.overdue),
    text(l.lights[g.light]),
    text(g.id === null ? l.noGoal : g.name),
  ]);
  const header = b.table(
    l.byGoal,
    TABLE_NAMES.goals,
    [l.goalId, l.budget, l.spent, l.actions, l.done, l.overdue, l.light, l.goal],
    rows,
  );
  if (header === null) return b.skip();
  s.byGoal.forEach((g, i) => {
    const { color, fontColor } = LIGHT_COLORS[g.light];
    fillAt(b, header + 1 + i, 6, color, fontColor);
  });
  b.chart({ name: 'PK_Diagram_Mal', type: 'BarClustered', title: l.chartGoal, position: CHART_POSITIONS.goals }, header, rows.length, 2);
  b.skip();
}

function fillAt(b: SheetBuilder, row: number, col: number, color: string, fontColor: string): void {
  b.fills.push({ range: rangeAt(row, col, 1, 1), color, fontColor });
}

function statuses(b: SheetBuilder, s: Summary, l: SummaryLabels): void {
  const rows = s.byStatus.map((x) => [text(l.statuses[x.status]), integer(x.count)]);
  const header = b.table(l.byStatus, TABLE_NAMES.statuses, [l.status, l.count], rows);
  if (header !== null) b.chart(
      { name: 'PK_Diagram_Status', type: 'Doughnut', title: l.chartStatus, position: CHART_POSITIONS.statuses },
      header,
      rows.length,
      2,
    );
  b.skip();
}

function overdue(b: SheetBuilder, s: Summary, l: SummaryLabels): void {
  const rows = s.overdue.map((o) => [text(o.id), text(o.action), text(o.responsible), date(o.end), integer(o.daysLate)]);
  const header = b.table(l.overdueList, TABLE_NAMES.overdue, [l.id, l.action, l.responsible, l.end, l.daysLate], rows);
  if (header === null) b.put([[text(l.noOverdue)]]);
}

export function layoutSummary(summary: Summary, meta: SummaryMeta): SheetLayout {
  const l = summaryLabels(meta.lang);
  const b = new SheetBuilder();
  heading(b, summary, meta, l);
  totals(b, summary, l);
  municipalities(b, summary, l);
  goals(b, summary, l);
  statuses(b, summary, l);
  overdue(b, summary, l);
  return {
    sheetName: SUMMARY_SHEET_NAME,
    blocks: b.blocks,
    fills: b.fills,
    tables: b.tables,
    charts: b.charts,
    columnWidths: { A: 28, B: 30, C: 24, D: 14, E: 12, F: 18, G: 12, H: 60 },
  };
}
