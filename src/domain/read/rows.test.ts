import type { Grid } from './grid';
import { dataRows } from './rows';
import { tableLocation } from './location';

const grid: Grid = {
  sheet: 'Finansiering',
  row: 2,
  col: 1,
  source: 'sheet',
  values: [
    ['Kommun', 'Andel (kr)'],
    ['Mora', 2_290_000],
    [null, ''],
    ['Orsa', 790_000],
    ['Summa', 3_080_000],
    [],
  ],
};
const columns = { municipality: 0, share: 1 };

describe('dataRows', () => {
  const rows = dataRows(grid, columns, 'municipality');
  it('skips empty rows and a totals row', () => {
    expect(rows.map((r) => r.row)).toEqual([3, 5]);
  });
  it('gives each mapped cell with its sheet address', () => {
    expect(rows[1].cell('share')).toEqual({ raw: 790_000, ref: { sheet: 'Finansiering', cell: 'C6' } });
    expect(rows[0].cell('municipality')).toEqual({ raw: 'Mora', ref: { sheet: 'Finansiering', cell: 'B4' } });
  });
  it('keeps a "Summa" row that has its own key (an action named Summa with an ID is data)', () => {
    const g: Grid = { ...grid, values: [['ID', 'Åtgärd'], ['A1', 'Summa']] };
    expect(dataRows(g, { id: 0, name: 1 }, 'id')).toHaveLength(1);
  });
});

describe('tableLocation', () => {
  const loc = tableLocation(grid, columns, dataRows(grid, columns, 'municipality'));
  it('records the header and data rows in sheet coordinates', () => {
    expect(loc).toMatchObject({ sheet: 'Finansiering', headerRow: 2, firstDataRow: 3, lastDataRow: 5, headerRange: 'B3:C3', columns: { municipality: 1, share: 2 } });
  });
  it('columnRange is the data range of a column, excluding the totals row', () => {
    expect(loc.columnRange('share')).toBe('C4:C6');
    expect(loc.columnRange('nope')).toBe('B3:C3');
  });
  it('with no data rows, columnRange is the header cell', () => {
    const g: Grid = { ...grid, values: [grid.values[0]] };
    expect(tableLocation(g, columns, []).columnRange('share')).toBe('C3');
  });
});
