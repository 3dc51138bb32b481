import { NUMBER_FORMAT } from './formats';
import { tableGrid } from './grid';
import type { TemplateTable } from './types';

const table: TemplateTable = {
  sheet: 'Åtgärder',
  table: 'Atgarder',
  columns: [
    { header: 'ID', format: 'text', width: 6 },
    { header: 'Start', format: 'date', width: 12 },
    { header: 'Budget (kr)', format: 'amount', width: 14 },
    { header: 'Kommentar', format: 'general', width: 30 },
  ],
  rows: [
    ['A01', { date: '2011-03-01' }, 100_000, '=HYPERLINK("http://example.com")'],
    [null, { date: '2011-13-45' }, null, 7],
  ],
  cellFormats: [{ row: 1, col: 3, format: 'amount' }],
};

describe('tableGrid', () => {
  const grid = tableGrid(table);

  it('spans the header and the data rows from A1', () => {
    expect(grid.address).toBe('A1:D3');
    expect(grid.values[0]).toEqual(['ID', 'Start', 'Budget (kr)', 'Kommentar']);
    expect(grid.columns.map((c) => c.dataRange)).toEqual(['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3']);
  });

  it('writes dates as Excel serials and keeps an impossible date as its text', () => {
    expect(grid.values[1][1]).toBe(40603); // 2011-03-01
    expect(grid.isDate[1][1]).toBe(true);
    expect(grid.values[2][1]).toBe('2011-13-45');
    expect(grid.isDate[2][1]).toBe(false);
  });

  it('gives text cells the text format, whatever the column, so a formula-looking text stays text', () => {
    expect(grid.values[1][3]).toBe('=HYPERLINK("http://example.com")');
    expect(grid.numberFormats[1][3]).toBe('@');
    expect(grid.numberFormats[0]).toEqual(['@', '@', '@', '@']);
    expect(grid.numberFormats[2][1]).toBe('@');
  });

  it('gives other cells their column format, or their own cell format', () => {
    expect(grid.numberFormats[1][2]).toBe(NUMBER_FORMAT.amount);
    expect(grid.numberFormats[1][1]).toBe(NUMBER_FORMAT.date);
    expect(grid.numberFormats[2][2]).toBe(NUMBER_FORMAT.amount);
    expect(grid.numberFormats[2][3]).toBe(NUMBER_FORMAT.amount);
    expect(grid.columns.map((c) => c.numberFormat)).toEqual(['@', 'yyyy-mm-dd', '#,##0 "kr"', 'General']);
  });
});
