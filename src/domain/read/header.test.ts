import { COLUMNS } from '../names';
import type { Grid } from './grid';
import { mapHeader } from './header';

const grid = (header: unknown[]): Grid => ({ sheet: 'Åtgärder', row: 0, col: 0, values: [header as never], source: 'sheet' });

describe('mapHeader', () => {
  it('maps Swedish and English headers in any order, ignoring extra columns', () => {
    const m = mapHeader(grid(['Extra', 'Share', 'MUNICIPALITY', 'Andel (%)']), COLUMNS.financing);
    expect(m.columns).toEqual({ share: 1, municipality: 2, percent: 3 });
    expect(m.missing).toEqual([]);
    expect(m.duplicates).toEqual([]);
  });
  it('lists missing required columns, not optional ones', () => {
    const m = mapHeader(grid(['Kommun']), COLUMNS.financing);
    expect(m.missing.map((s) => s.header)).toEqual(['Andel (kr)']);
  });
  it('first column wins, a later one is a duplicate', () => {
    const m = mapHeader(grid(['Utfall (kr)', 'Spent', 'utfall']), COLUMNS.actions);
    expect(m.columns.spent).toBe(0);
    expect(m.duplicates).toEqual([
      { field: 'spent', header: 'Utfall (kr)', col: 1 },
      { field: 'spent', header: 'Utfall (kr)', col: 2 },
    ]);
  });
  it('matches municipality columns to Finansiering names, normalized, keyed as written there', () => {
    const m = mapHeader(grid(['ID', 'MORA (kr)', 'alvdalen', 'Orsa', 'Orsa']), COLUMNS.actions, ['Mora', 'Älvdalen', 'Orsa']);
    expect(m.columns).toMatchObject({ id: 0, Mora: 1, Älvdalen: 2, Orsa: 3 });
    expect(m.duplicates).toEqual([{ field: 'Orsa', header: 'Orsa', col: 4 }]);
  });
  it('ignores non-text header cells and odd names', () => {
    const m = mapHeader(grid([true, { error: '#REF!' }, null, '__proto__', 'constructor']), COLUMNS.goals, ['__proto__']);
    expect(Object.keys(m.columns)).toEqual(['__proto__']);
    expect(m.missing.map((s) => s.field)).toEqual(['id', 'name']);
  });
});
