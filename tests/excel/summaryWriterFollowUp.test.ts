/**
 * The office-js summary writer with follow-up data, over the typed fake host: the since-last tables, the
 * trend written as word and arrow with its fill, and the fourth native chart bound to the history table —
 * still in one Excel.run with at most 3 syncs.
 */
import { writeSummarySheet } from '../../src/excel/summaryWriter';
import { layoutSummary, TABLE_NAMES } from '../../src/domain/summary/layoutSummary';
import { summarize } from '../../src/domain/summary/summarize';
import { validate } from '../../src/domain/validate';
import { snapshot } from '../summary/followUpFixture';
import { FakeExcelHost } from './fake/fakeExcel';
import { addSheetCells, cells, emptyWorkbook, sheetOf, tableAddress, tablesOn } from './fake/workbook';

let restore: () => void = () => undefined;
afterEach(() => restore());

describe('writeSummarySheet with follow-up data', () => {
  it('writes Sedan förra uppföljningen, the trends and four native charts in at most 3 syncs', async () => {
    const wb = emptyWorkbook();
    addSheetCells(wb, 'Åtgärder', { A1: 'ID' });
    const host = new FakeExcelHost(wb);
    restore = host.install();
    const result = validate(snapshot, { today: '2026-12-02' });
    const layout = layoutSummary(summarize(result.model, result.reportDate), {
      generatedAt: '2011-12-31T10:00',
      counts: result.counts,
      seal: 'Ej förseglad',
      lang: 'sv',
    });
    await writeSummarySheet(layout);

    expect(host.runs).toBe(1);
    expect(host.syncs.length).toBeLessThanOrEqual(3);
    const sheet = sheetOf(wb, 'Sammanfattning');
    const names = tablesOn(wb, 'Sammanfattning').map((t) => t.name);
    for (const name of [TABLE_NAMES.sinceMunicipalities, TABLE_NAMES.sinceGoals, TABLE_NAMES.sinceActions, TABLE_NAMES.history]) expect(names).toContain(name);

    const written = [...cells(sheet).values()];
    const worse = written.find((c) => c.value === '↓ Sämre');
    expect(worse).toMatchObject({ fill: '#FFC7CE', fontColor: '#9C0006', numberFormat: '@' });
    expect(written.find((c) => c.value === '↑ Bättre')).toMatchObject({ fill: '#C6EFCE' });
    expect(written.some((c) => c.value === 'Sedan förra uppföljningen')).toBe(true);

    const history = tablesOn(wb, 'Sammanfattning').find((t) => t.name === TABLE_NAMES.history);
    const chart = sheet.charts.find((c) => c.name === 'PK_Diagram_Historik');
    expect(sheet.charts).toHaveLength(4);
    expect(chart?.type).toBe('ColumnClustered');
    expect(chart?.source.split(':')[0]).toBe(tableAddress(history as NonNullable<typeof history>).split(':')[0]);
    expect(chart?.seriesColors).toEqual({ 0: '#1F4E79', 1: '#5B9BD5', 2: '#F4B183' });
  });
});
