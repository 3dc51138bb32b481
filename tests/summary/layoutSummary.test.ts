import { isoToSerial } from '../../src/domain/dates';
import { layoutSummary, TABLE_NAMES } from '../../src/domain/summary/layoutSummary';
import { summarize } from '../../src/domain/summary/summarize';
import { FORMAT_KR, FORMAT_PERCENT, FORMAT_TEXT } from '../../src/domain/summary/formats';
import { makeAction, makeGoal, makeInfo, makePlan } from '../builders/model';
import { cellMap, valueAt } from './layoutHelpers';

const REPORT = '2011-06-30';
const META = { generatedAt: '2011-06-30T14:05', counts: { error: 0, warning: 2, info: 0 }, seal: 'Ej förseglad' };

describe('layoutSummary on the default plan', () => {
  const layout = layoutSummary(summarize(makePlan(), REPORT), META);
  const cells = cellMap(layout);

  it('writes the heading: plan name large and bold, report date, generated at, decision, validation, seal', () => {
    expect(layout.sheetName).toBe('Sammanfattning');
    expect(cells.get('A1')).toMatchObject({ value: 'Handlingsplan för styrning av IS/IT', bold: true, fontSize: 16, format: FORMAT_TEXT });
    expect(cells.get('A2')?.value).toBe('Rapportdatum');
    expect(cells.get('B2')).toMatchObject({ value: 40_724, format: 'yyyy-mm-dd' });
    expect(cells.get('A3')?.value).toBe('Skapad');
    expect(cells.get('B3')).toMatchObject({ format: 'yyyy-mm-dd hh:mm' });
    expect(cells.get('B3')?.value).toBeCloseTo(40_724 + (14 * 60 + 5) / 1440, 9);
    expect(cells.get('B4')?.value).toBe('2011-02-22, Kommunstyrelsen');
    expect([cells.get('A5')?.value, cells.get('B5')?.value]).toEqual(['Validering', '0 fel, 2 varningar']);
    expect([cells.get('A6')?.value, cells.get('B6')?.value]).toEqual(['Försegling', 'Ej förseglad']);
  });

  it('writes the totals block with kronor and percent formats', () => {
    expect(cells.get('A8')).toMatchObject({ value: 'Totalt', bold: true });
    expect(cells.get('B9')).toMatchObject({ value: 3_910_000, format: FORMAT_KR });
    expect(cells.get('B10')).toMatchObject({ value: 1_350_000, format: FORMAT_KR });
    expect(cells.get('B11')).toMatchObject({ value: 2_560_000, format: FORMAT_KR });
    expect(cells.get('B12')).toMatchObject({ format: FORMAT_PERCENT });
    expect(cells.get('B12')?.value).toBeCloseTo(0.3453, 4);
    expect([13, 14, 15].map((r) => [cells.get(`A${r}`)?.value, cells.get(`B${r}`)?.value])).toEqual([
      ['Åtgärder', 3],
      ['Klara', 1],
      ['Passerat slutdatum', 0],
    ]);
  });

  it('makes the per-municipality table and binds the column chart to name, budget and spent', () => {
    expect(layout.tables.find((t) => t.name === TABLE_NAMES.municipalities)).toMatchObject({ range: 'A35:D38' });
    expect(['A35', 'B35', 'C35', 'D35'].map((a) => cells.get(a)?.value)).toEqual(['Kommun', 'Budget', 'Utfall', 'Kvar']);
    expect(['A36', 'B36', 'C36', 'D36'].map((a) => cells.get(a)?.value)).toEqual(['Mora', 2_290_000, 790_665.09, 1_499_334.91]);
    expect(layout.charts.find((c) => c.chart.id === 'municipality')).toMatchObject({ source: 'A35:C38', chart: { kind: 'column', title: 'Budget och utfall per kommun' } });
  });

  it('writes each goal’s light as a word with its fill, and binds the bar chart to MålID and budget', () => {
    expect(layout.tables.find((t) => t.name === TABLE_NAMES.goals)).toMatchObject({ range: 'A41:H44' });
    expect(cells.get('G41')?.value).toBe('Läge');
    expect(['G42', 'G43', 'G44'].map((a) => cells.get(a)?.value)).toEqual(['Grön', 'Grön', 'Grön']);
    expect(layout.fills.map((f) => f.range)).toEqual(['G42', 'G43', 'G44']);
    expect(layout.fills[0]).toMatchObject({ color: '#C6EFCE', fontColor: '#006100' });
    expect(layout.charts.find((c) => c.chart.id === 'goal')).toMatchObject({ source: 'A41:B44', chart: { kind: 'bar', title: 'Budget per mål' } });
  });

  it('makes the status table with all five statuses and a doughnut bound to it', () => {
    expect(layout.tables.find((t) => t.name === TABLE_NAMES.statuses)).toMatchObject({ range: 'A47:B52' });
    expect(['A48', 'A49', 'A50', 'A51', 'A52'].map((a) => cells.get(a)?.value)).toEqual(['Ej påbörjad', 'Pågår', 'Klar', 'Försenad', 'Avbruten']);
    expect(layout.charts.find((c) => c.chart.id === 'status')).toMatchObject({ source: 'A47:B52', chart: { kind: 'doughnut' } });
  });

  it('says there is nothing overdue instead of an empty table', () => {
    expect(layout.tables.map((t) => t.name)).not.toContain(TABLE_NAMES.overdue);
    expect(valueAt(layout, 'A55')).toBe('Inga åtgärder har passerat slutdatum.');
  });

  it('places the three charts side by side between the totals and the tables, each at least 48 characters wide', () => {
    expect(layout.charts.map((c) => [c.chart.kind, c.position])).toEqual([
      ['column', 'A17:D32'],
      ['doughnut', 'E17:H32'],
      ['bar', 'I17:N32'],
    ]);
    // Columns A–D are 20 + 14 + 12 + 14 characters: the first chart needs all four to reach 48.
    expect(layout.columnWidths).toMatchObject({ A: 20, B: 14, C: 12, D: 14 });
    expect(new Set(layout.charts.map((c) => c.name)).size).toBe(3);
    const firstTableRow = Math.min(...layout.tables.map((t) => Number(/^[A-Z]+(\d+)/.exec(t.range)?.[1])));
    expect(firstTableRow).toBe(35);
    for (const c of layout.charts) expect(Number(/:[A-Z]+(\d+)$/.exec(c.position)?.[1])).toBeLessThan(firstTableRow - 1);
  });

  it('sizes columns to their widest table cell, within 8–50 characters', () => {
    // A: "Passerat slutdatum" (18) + 2; B: "2 290 000 kr" (12) + 2; F: the header "Passerat slutdatum" + filter button + 2.
    expect(layout.columnWidths).toMatchObject({ A: 20, B: 14, F: 23, G: 9 });
    for (const w of Object.values(layout.columnWidths ?? {})) expect(w).toBeGreaterThanOrEqual(8);
  });

  it('never lets two blocks write the same cell and gives every string a text format', () => {
    for (const [address, cell] of cells) {
      if (typeof cell.value === 'string') expect([address, cell.format]).toEqual([address, FORMAT_TEXT]);
    }
  });
});

describe('layoutSummary with overdue actions, workbook text and lights of every colour', () => {
  const plan = makePlan({
    info: makeInfo({ name: '=HYPERLINK("http://evil.example","klicka")' }),
    goals: [makeGoal({ id: 'M1', name: 'Röd' }), makeGoal({ id: 'M2', name: 'Gul' }), makeGoal({ id: 'M3', name: 'Grön' })],
    actions: [
      makeAction({ id: 'A1', goalId: 'M1', name: '=1+1', responsible: '@IT-chef', end: '2011-05-31', status: 'inProgress' }),
      makeAction({ id: 'A2', goalId: 'M2', status: 'delayed' }),
      makeAction({ id: 'A3', goalId: 'M3', status: 'done', spent: 10 }),
    ],
  });
  const layout = layoutSummary(summarize(plan, REPORT), { ...META, counts: { error: 1, warning: 1, info: 0 } });
  const cells = cellMap(layout);

  it('keeps formula-looking workbook text as text cells', () => {
    expect(cells.get('A1')).toMatchObject({ value: '=HYPERLINK("http://evil.example","klicka")', format: '@' });
    const overdueTable = layout.tables.find((t) => t.name === TABLE_NAMES.overdue);
    expect(overdueTable).toBeDefined();
    const dataRow = Number(/^A(\d+)/.exec(overdueTable?.range ?? '')?.[1]) + 1;
    expect(cells.get(`B${dataRow}`)).toMatchObject({ value: '=1+1', format: '@' });
    expect(cells.get(`C${dataRow}`)).toMatchObject({ value: '@IT-chef', format: '@' });
    expect(cells.get(`D${dataRow}`)).toMatchObject({ value: isoToSerial('2011-05-31'), format: 'yyyy-mm-dd' });
    expect(cells.get(`E${dataRow}`)?.value).toBe(30);
  });

  it('writes Röd, Gul and Grön with red, amber and green fills', () => {
    expect(['G42', 'G43', 'G44'].map((a) => cells.get(a)?.value)).toEqual(['Röd', 'Gul', 'Grön']);
    expect(layout.fills.map((f) => [f.range, f.color])).toEqual([
      ['G42', '#FFC7CE'],
      ['G43', '#FFEB9C'],
      ['G44', '#C6EFCE'],
    ]);
  });

  it('uses singular Swedish words for one error and one warning', () => {
    expect(cells.get('B5')?.value).toBe('1 fel, 1 varning');
  });
});

describe('layoutSummary edge cases', () => {
  it('an unnamed plan without municipalities or goals still gives a valid sheet with the status chart', () => {
    const plan = makePlan({ info: { present: false }, financing: null, goals: null, actions: [], municipalityColumns: [] });
    const layout = layoutSummary(summarize(plan, REPORT), META);
    expect(valueAt(layout, 'A1')).toBe('(namnlös plan)');
    expect(layout.tables.map((t) => t.name)).toEqual([TABLE_NAMES.statuses]);
    expect(layout.charts.map((c) => c.chart.kind)).toEqual(['doughnut']);
    expect(() => cellMap(layout)).not.toThrow();
  });

  it('writes English labels when asked', () => {
    const layout = layoutSummary(summarize(makePlan(), REPORT), { ...META, lang: 'en' });
    expect(valueAt(layout, 'A2')).toBe('Report date');
    expect(valueAt(layout, 'B5')).toBe('0 errors, 2 warnings');
    expect(valueAt(layout, 'G42')).toBe('Green');
    expect(layout.sheetName).toBe('Sammanfattning');
  });

  it('shows a dash for percent spent when there is no budget', () => {
    const plan = makePlan({ actions: [] });
    const layout = layoutSummary(summarize(plan, REPORT), META);
    expect(valueAt(layout, 'B12')).toBe('–');
  });
});

describe('layoutSummary with a follow-up history', () => {
  const base = summarize(makePlan(), REPORT);
  const layout = layoutSummary(
    {
      ...base,
      history: [
        { period: 'Tertial 1', date: '2011-04-30', budget: 3_910_000, spent: 600_000, forecast: 3_950_000 },
        { period: 'Tertial 2', date: '2011-06-30', budget: 3_910_000, spent: 1_350_000, forecast: 3_910_000 },
      ],
    },
    META,
  );

  it('writes the history table and binds the fourth chart to period, budget, spent and forecast', () => {
    const table = layout.tables.find((t) => t.name === TABLE_NAMES.history);
    expect(table).toBeDefined();
    const chart = layout.charts.find((c) => c.chart.id === 'history');
    const [first] = (table?.range ?? '').split(':');
    const row = /\d+$/.exec(first)?.[0];
    expect(chart?.source).toBe(`A${row}:D${Number(row) + 2}`);
    expect(['A', 'B', 'C', 'D', 'E'].map((c) => valueAt(layout, `${c}${row}`))).toEqual(['Period', 'Budget', 'Utfall', 'Prognos', 'Datum']);
  });

  it('puts the fourth chart in a second band under the first three, above every table', () => {
    const positions = layout.charts.map((c) => c.position);
    expect(positions.map((p) => /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(p)?.slice(1).map(Number))).toEqual([
      [17, 32],
      [17, 32],
      [17, 32],
      [34, 49],
    ]);
    expect(positions[3]).toMatch(/^A34:/);
    const firstTableRow = Math.min(...layout.tables.map((t) => Number(/^[A-Z]+(\d+)/.exec(t.range)?.[1])));
    expect(firstTableRow).toBe(52);
  });
});

describe('layoutSummary print settings', () => {
  it('prints A4 landscape, one page wide, over everything it wrote, charts on page 1 and the tables after', () => {
    const layout = layoutSummary(summarize(makePlan(), REPORT), META);
    expect(layout.print).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToPagesWide: 1, gridlines: false });
    const [, end] = (layout.print?.area ?? '').split(':');
    const lastRow = Math.max(...layout.blocks.map((b) => Number(/\d+$/.exec(b.address)?.[0]) + b.values.length - 1));
    expect(end).toBe(`N${lastRow}`); // column N: the right edge of the third chart
    const firstTableRow = Math.min(...layout.tables.map((t) => Number(/^[A-Z]+(\d+)/.exec(t.range)?.[1])));
    expect(layout.print?.pageBreaks).toEqual([`A${firstTableRow - 1}`]); // the first table's title row
  });

  it('writes the header and footer in Excel’s code: & doubled, the seal’s footer text, page N of M', () => {
    const plan = makePlan({ info: makeInfo({ name: 'R&D-plan' }) });
    const layout = layoutSummary(summarize(plan, REPORT), { ...META, sealFooter: 'Validerad av A & B · 0123456789ab' });
    expect(layout.print?.header.center).toBe('&"-,Bold"&12R&&D-plan');
    expect(layout.print?.footer).toEqual({
      left: 'Rapportdatum 2011-06-30 · Validering: 0 fel, 2 varningar',
      center: 'Validerad av A && B · 0123456789ab',
      right: 'Sida &P av &N',
    });
    const long = layoutSummary(summarize(makePlan({ info: makeInfo({ name: 'x'.repeat(400) }) }), REPORT), META);
    expect(long.print?.header.center.length).toBeLessThanOrEqual(255);
  });
});
