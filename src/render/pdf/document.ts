/**
 * The meeting handout (SPEC §8) as a pdfmake document definition: pure data from the handout data and
 * the charts' SVG. A4 portrait; the plan's name and the page number in every footer; every table
 * repeats its header row on a new page and keeps a row whole. Text from the workbook goes in as text.
 */
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ChartId } from '../../domain/charts/types';
import type { Handout } from '../../domain/handout/handout';
import { handoutLabels } from '../../domain/handout/labels';
import type { HandoutLabels } from '../../domain/handout/labels';
import { LIGHT_COLORS } from '../../domain/summary/layoutSummary';
import { summaryLabels } from '../../domain/summary/labels';
import type { SummaryLabels } from '../../domain/summary/labels';
import type { GoalLine, Light, MunicipalityLine, Summary, SummaryTotals } from '../../domain/summary/types';
import { kr, percent, signedKr } from './format';

/** The font the document embeds (pdfmake's Roboto, which carries å, ä and ö). */
export const HANDOUT_FONT = 'Roboto';

/** Where each chart is drawn, and at what size (points), so the SVG is made at the size it is printed. */
export const CHART_SIZES: Readonly<Record<ChartId, { readonly width: number; readonly height: number }>> = {
  municipality: { width: 499, height: 190 },
  status: { width: 240, height: 200 },
  goal: { width: 250, height: 200 },
  history: { width: 499, height: 170 },
};

const INK = '#262626';
const MUTED = '#595959';
const ACCENT = '#1F4E79';
const HEADER_FILL = '#DCE6F1';
const MARGIN = { left: 48, top: 44, right: 48, bottom: 56 } as const;

/** A line with the follow-up's figures (SPEC §7), when the workbook has them. */
const hasForecast = <T extends { readonly forecast?: number; readonly deviation?: number }>(x: T): x is T & { forecast: number; deviation: number } =>
  typeof x.forecast === 'number' && typeof x.deviation === 'number';

function cell(text: string, extra: Partial<Exclude<TableCell, string>> = {}): TableCell {
  return { text, ...extra } as TableCell;
}
const num = (text: string, extra: Partial<Exclude<TableCell, string>> = {}): TableCell =>
  cell(text, { alignment: 'right', noWrap: true, ...extra });
const head = (text: string, right = false): TableCell =>
  cell(text, { bold: true, fillColor: HEADER_FILL, color: INK, ...(right ? { alignment: 'right' } : {}) });

/** A table whose header row repeats on each page it runs onto; rows are never split. */
function table(widths: (string | number)[], header: TableCell[], rows: TableCell[][]): ContentTable {
  return {
    table: { headerRows: 1, dontBreakRows: true, keepWithHeaderRows: 1, widths, body: [header, ...rows] },
    layout: {
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3),
      vLineWidth: () => 0,
      hLineColor: (i: number) => (i <= 1 ? '#7F7F7F' : '#BFBFBF'),
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 2.5,
      paddingBottom: () => 2.5,
    },
    margin: [0, 2, 0, 6],
  };
}

function heading(text: string): Content {
  return { text, style: 'h2' };
}

/** A heading kept on the same page as what follows it. */
function section(title: string, ...body: Content[]): Content {
  return { stack: [heading(title), ...body], unbreakable: false };
}

function cover(h: Handout, l: SummaryLabels, hl: HandoutLabels): Content[] {
  const p = h.summary.plan;
  const decision = [p.decisionDate, p.decidedBy].filter((x): x is string => typeof x === 'string' && x !== '').join(', ');
  const rows: [string, string][] = [];
  if (decision !== '') rows.push([hl.decidedBy, decision]);
  rows.push([hl.period, h.period]);
  rows.push([l.reportDate, p.reportDate]);
  rows.push([l.validation, l.validationText(h.counts.error, h.counts.warning, h.counts.info)]);
  rows.push([l.seal, h.seal]);
  rows.push([l.generatedAt, h.generatedAt.replace('T', ' ')]);
  return [
    { text: hl.kind, style: 'kicker' },
    { text: p.name.trim() === '' ? l.untitledPlan : p.name, style: 'title' },
    {
      table: { widths: [90, '*'], body: rows.map(([k, v]) => [cell(k, { color: MUTED }), cell(v, { bold: k === l.validation || k === l.seal })]) },
      layout: 'noBorders',
      margin: [0, 4, 0, 4],
    },
  ];
}

function totals(t: SummaryTotals, l: SummaryLabels, hl: HandoutLabels): Content {
  const money: [string, string][] = [
    [l.budget, kr(t.budget)],
    [l.spent, `${kr(t.spent)} (${percent(t.percentSpent)})`],
    [l.remaining, kr(t.remaining)],
  ];
  if (hasForecast(t)) money.push([hl.forecast, kr(t.forecast)], [hl.deviation, kr(t.deviation)]);
  const counts: [string, string][] = [
    [l.actions, String(t.actions)],
    [l.done, String(t.done)],
    [l.overdue, String(t.overdue)],
  ];
  const pairs = (rows: [string, string][]): Content => ({
    table: { widths: ['auto', 'auto'], body: rows.map(([k, v]) => [cell(k, { color: MUTED }), num(v, { bold: true })]) },
    layout: 'noBorders',
  });
  return section(l.totals, { columns: [pairs(money), pairs(counts)], columnGap: 40, margin: [0, 2, 0, 4] });
}

function municipalities(s: Summary, l: SummaryLabels, hl: HandoutLabels): Content {
  const forecast = s.byMunicipality.some(hasForecast);
  const header = [head(l.municipality), head(l.budget, true), head(l.spent, true), head(l.remaining, true)];
  if (forecast) header.push(head(hl.forecast, true), head(hl.deviation, true));
  const rows = s.byMunicipality.map((m: MunicipalityLine) => {
    const row = [cell(m.name), num(kr(m.budget)), num(kr(m.spent)), num(kr(m.remaining))];
    if (forecast && hasForecast(m)) row.push(num(kr(m.forecast)), num(kr(m.deviation), m.deviation < 0 ? { color: '#9C0006', bold: true } : {}));
    return row;
  });
  const widths = ['*', ...header.slice(1).map(() => 'auto' as const)];
  return section(l.byMunicipality, table(widths, header, rows), ...(forecast ? [note(hl.deviationNote)] : []));
}

function lightCell(g: GoalLine, l: SummaryLabels): TableCell {
  const { color, fontColor } = LIGHT_COLORS[g.light];
  return cell(l.lights[g.light], { fillColor: color, color: fontColor, bold: true, alignment: 'center' });
}

function goals(s: Summary, l: SummaryLabels, hl: HandoutLabels): Content {
  const forecast = s.byGoal.some(hasForecast);
  const trend = s.byGoal.some((g) => g.trend !== undefined && g.trend !== null);
  const before = new Map((s.sincePrevious?.goals ?? []).map((g) => [g.id, g.before]));
  const header = [head(l.goalId), head(l.goal), head(l.actions, true), head(l.done, true), head(l.budget, true), head(l.spent, true)];
  if (forecast) header.push(head(hl.forecast, true));
  header.push(head(l.light));
  if (trend) header.push(head(hl.trend));
  const rows = s.byGoal.map((g) => {
    const row = [
      cell(g.id ?? l.noGoal, { bold: true, noWrap: true }),
      cell(g.id === null ? l.noGoal : g.name),
      num(String(g.actions)),
      num(String(g.done)),
      num(kr(g.budget)),
      num(kr(g.spent)),
    ];
    if (forecast) row.push(num(hasForecast(g) ? kr(g.forecast) : ''));
    row.push(lightCell(g, l));
    if (trend) row.push(cell(trendText(g, before.get(g.id) ?? null, l, hl), { noWrap: true }));
    return row;
  });
  const widths: (string | number)[] = ['auto', '*', 'auto', 'auto', 'auto', 'auto'];
  if (forecast) widths.push('auto');
  widths.push(38);
  if (trend) widths.push('auto');
  return section(l.byGoal, table(widths, header, rows));
}

/** `Sämre (var Grön)`: the trend, and the light it came from when it changed. */
function trendText(g: GoalLine, before: Light | null, l: SummaryLabels, hl: HandoutLabels): string {
  if (g.trend === undefined || g.trend === null) return '';
  const word = hl.trends[g.trend];
  return g.trend === 'same' || before === null ? word : `${word} (${hl.was} ${l.lights[before].toLowerCase()})`;
}

function note(text: string): Content {
  return { text, fontSize: 7.5, color: MUTED, margin: [0, 0, 0, 4] };
}

function sincePrevious(s: Summary, l: SummaryLabels, hl: HandoutLabels): Content | null {
  if (s.previous === undefined) return null; // a summary without follow-up data says nothing of it
  const since = s.sincePrevious ?? null;
  if (s.previous === null || since === null) return section(hl.sincePrevious, { text: hl.noPrevious });
  const body: Content[] = [{ text: hl.previous(s.previous.period, s.previous.date), margin: [0, 0, 0, 4] }];
  body.push(
    table(
      ['*', 'auto', 'auto', 'auto'],
      [head(l.municipality), head(hl.spentBefore, true), head(hl.spentNow, true), head(hl.change, true)],
      since.byMunicipality.map((m) => [cell(m.name), num(kr(m.spentBefore)), num(kr(m.spent)), num(signedKr(m.change))]),
    ),
  );
  if (since.statusChanges.length > 0) {
    body.push({ text: hl.statusChanges, style: 'h3' });
    body.push(
      table(
        ['auto', '*', 'auto', 'auto'],
        [head(l.id), head(l.action), head(hl.from), head(hl.to)],
        since.statusChanges.map((c) => [cell(c.id, { noWrap: true }), cell(c.action), cell(l.statuses[c.from]), cell(l.statuses[c.to])]),
      ),
    );
  }
  const list = (title: string, ids: readonly string[]): Content => ({
    text: [{ text: `${title}: `, bold: true }, ids.length === 0 ? hl.none : ids.join(', ')],
    margin: [0, 1, 0, 1],
  });
  body.push(list(hl.newlyOverdue, since.newlyOverdue), list(hl.added, since.added), list(hl.removed, since.removed));
  return section(hl.sincePrevious, ...body);
}

function overdue(s: Summary, l: SummaryLabels): Content {
  if (s.overdue.length === 0) return section(l.overdueList, { text: l.noOverdue });
  return section(
    l.overdueList,
    table(
      ['auto', '*', 'auto', 'auto', 'auto'],
      [head(l.id), head(l.action), head(l.responsible), head(l.end), head(l.daysLate, true)],
      s.overdue.map((o) => [cell(o.id, { noWrap: true }), cell(o.action), cell(o.responsible), cell(o.end, { noWrap: true }), num(String(o.daysLate))]),
    ),
  );
}

function deviations(h: Handout, l: SummaryLabels, hl: HandoutLabels): Content {
  if (h.deviations.length === 0) return section(hl.deviations, { text: hl.noDeviations });
  return section(
    hl.deviations,
    note(hl.deviationsIntro),
    table(
      ['auto', 150, 'auto', '*'],
      [head(l.id), head(l.action), head(hl.reason), head(hl.comment)],
      h.deviations.map((d) => [
        cell(d.id, { noWrap: true }),
        cell(d.action),
        cell(d.reasons.map((r) => hl.reasons[r]).join(', ')),
        d.comment === '' ? cell(hl.noComment, { italics: true, color: '#9C0006' }) : cell(d.comment),
      ]),
    ),
  );
}

function chart(svg: string | undefined, id: ChartId): Content | null {
  if (svg === undefined) return null;
  return { svg, width: CHART_SIZES[id].width, margin: [0, 4, 0, 8] };
}

/** The document: `svgs` are the handout's charts drawn as SVG (by id) at CHART_SIZES. */
export function handoutDocument(h: Handout, svgs: Readonly<Partial<Record<ChartId, string>>>): TDocumentDefinitions {
  const l = summaryLabels(h.lang);
  const hl = handoutLabels(h.lang);
  const s = h.summary;
  const name = s.plan.name.trim() === '' ? l.untitledPlan : s.plan.name;
  const side = [chart(svgs.status, 'status'), chart(svgs.goal, 'goal')].filter((c): c is Content => c !== null);
  const content: (Content | null)[] = [
    ...cover(h, l, hl),
    totals(s.totals, l, hl),
    municipalities(s, l, hl),
    chart(svgs.municipality, 'municipality'),
    goals(s, l, hl),
    side.length > 0 ? { columns: side, columnGap: 9, unbreakable: true } : null,
    sincePrevious(s, l, hl),
    svgs.history !== undefined ? { stack: [chart(svgs.history, 'history') as Content], unbreakable: true } : null,
    overdue(s, l),
    deviations(h, l, hl),
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    info: { title: `${name} – ${hl.kind}`, subject: hl.kind, creator: 'Plankoll', producer: 'Plankoll' },
    defaultStyle: { font: HANDOUT_FONT, fontSize: 9, lineHeight: 1.15, color: INK },
    styles: {
      kicker: { fontSize: 9, color: MUTED, characterSpacing: 0.3 },
      title: { fontSize: 17, bold: true, color: ACCENT, margin: [0, 2, 0, 4] },
      h2: { fontSize: 11.5, bold: true, color: ACCENT, margin: [0, 10, 0, 3] },
      h3: { fontSize: 9.5, bold: true, margin: [0, 6, 0, 2] },
    },
    footer: (page: number, pages: number): Content => ({
      columns: [
        { text: name, width: '*' },
        { text: hl.page(page, pages), width: 'auto', alignment: 'right' },
      ],
      fontSize: 8,
      color: MUTED,
      margin: [MARGIN.left, 20, MARGIN.right, 0],
    }),
    content: content.filter((c): c is Content => c !== null),
  };
}
