import { makeSnapshot } from '../../../tests/builders/snapshot';
import { locate } from './locate';

const FIN = [['Kommun', 'Andel (kr)'], ['Mora', 1]];

describe('locate', () => {
  it('finds an object by table name first', () => {
    const snap = makeSnapshot({
      tables: [{ name: 'Finansiering', sheet: 'Pengar', rows: FIN, at: 'C5' }],
      sheets: [{ name: 'Funding', rows: [['Kommun', 'Andel (kr)'], ['Orsa', 2]] }],
    });
    const grid = locate(snap, 'financing');
    expect(grid).toMatchObject({ sheet: 'Pengar', row: 4, col: 2, source: 'table' });
    expect(grid?.values[1]).toEqual(['Mora', 1]);
  });
  it('falls back to the sheet name, header = first non-empty row', () => {
    const snap = makeSnapshot({ sheets: [{ name: 'FUNDING', rows: [[null, null], ['', ' '], ...FIN], at: 'B2' }] });
    const grid = locate(snap, 'financing');
    expect(grid).toMatchObject({ sheet: 'FUNDING', row: 3, col: 1, source: 'sheet' });
    expect(grid?.values[0]).toEqual(['Kommun', 'Andel (kr)']);
  });
  it('an empty table or sheet is not found', () => {
    const snap = makeSnapshot({ tables: [{ name: 'Atgarder', rows: [[null]] }], sheets: [{ name: 'Åtgärder', rows: [] }] });
    expect(locate(snap, 'actions')).toBeNull();
  });
  it('ignores sheets that are not plan objects', () => {
    expect(locate(makeSnapshot({ sheets: [{ name: 'Blad1', rows: FIN }] }), 'financing')).toBeNull();
  });
});

describe('locate: a title above a sheet header', () => {
  it('passes over a title and notes to the row that names the columns', () => {
    const snap = makeSnapshot({
      sheets: [{ name: 'Finansiering', rows: [['Finansiering av handlingsplanen 2011'], ['Beslutad 2011-02-22', null], [null], ...FIN] }],
    });
    const grid = locate(snap, 'financing');
    expect(grid?.row).toBe(3);
    expect(grid?.values[0]).toEqual(['Kommun', 'Andel (kr)']);
  });
  it('falls back to the first non-empty row when no row names two columns', () => {
    const snap = makeSnapshot({ sheets: [{ name: 'Finansiering', rows: [['Titel'], ['Kommun', 'Pengar'], ['Mora', 1]] }] });
    expect(locate(snap, 'financing')?.row).toBe(0);
  });
  it('a table header is always its first row', () => {
    const snap = makeSnapshot({ tables: [{ name: 'Finansiering', rows: [['Titel', 'x'], ...FIN] }] });
    expect(locate(snap, 'financing')?.values[0]).toEqual(['Titel', 'x']);
  });
});
