import type { Field, Ref } from '../model';
import type { CellValue } from '../snapshot';
import { plainAction, readActions } from './actions';
import { field, FieldColumn } from './field';
import type { Grid } from './grid';
import { readMoney } from './amount';
import { dataRows } from './rows';
import { readText } from './text';

/** A field as a plain object with its ref (what a rule sees when it reads each property). */
function plain<T>(f: Field<T>): object {
  return { value: f.value, raw: f.raw, ref: f.ref, ...(f.issue === undefined ? {} : { issue: f.issue }) };
}

describe('field', () => {
  const ref: Ref = { sheet: 'Plan', cell: 'B5' };
  it('is a plain object at a given ref, with issue only when there is one', () => {
    expect(field(5, 5, ref)).toStrictEqual({ value: 5, raw: 5, ref });
    expect(field(null, 'x', ref, 'invalid')).toStrictEqual({ value: null, raw: 'x', ref, issue: 'invalid' });
  });
});

describe('fields read from a table', () => {
  // Header on sheet row 3 (zero-based 2), first column C: the action ID in C, name in D, budget far out in AB.
  const wide: CellValue[] = ['ID', 'Åtgärd', ...new Array<CellValue>(23).fill(null), 'Budget (kr)'];
  const grid: Grid = {
    sheet: 'Åtgärder',
    row: 2,
    col: 2,
    source: 'sheet',
    values: [wide, ['A1', ' Ny roll ', ...new Array<CellValue>(23).fill(null), 1000], ['A2', null, ...new Array<CellValue>(23).fill(null), 'tusen']],
  };
  const rows = dataRows(grid, { id: 0, name: 1, budget: 25 }, 'id');

  it('make their ref when asked: the cell the value came from', () => {
    const name = rows[0].read('name', readText);
    expect(plain(name)).toEqual({ value: 'Ny roll', raw: ' Ny roll ', ref: { sheet: 'Åtgärder', cell: 'D4' } });
    const budget = rows[1].read('budget', readMoney);
    expect(plain(budget)).toEqual({ value: null, raw: 'tusen', ref: { sheet: 'Åtgärder', cell: 'AB5' }, issue: 'invalid' });
  });

  it('keep their own position: the reader’s cursor moves on, the field does not', () => {
    const first = rows[0].read('id', readText);
    rows[1].read('budget', readMoney);
    expect(first.ref).toEqual({ sheet: 'Åtgärder', cell: 'C4' });
  });

  it('a column the table lacks reads as blank at the row’s first column', () => {
    expect(plain(rows[1].read('comment', readText))).toEqual({ value: null, raw: null, ref: { sheet: 'Åtgärder', cell: 'C5' }, issue: 'blank' });
  });

  it('an action is a view: equal fields on every read, each a new object', () => {
    const grid2: Grid = {
      sheet: 'Åtgärder',
      row: 0,
      col: 0,
      source: 'table',
      values: [
        ['ID', 'Åtgärd', 'MålID', 'Ansvarig', 'Beslutsfattare', 'Start', 'Slut', 'Status', 'Budget', 'Mora', 'Utfall'],
        ['A1', 'Roller', 'M1', 'IT-chef', 'Kommundirektör', 40544, 40908, 'Pågår', 300, 300, 10],
      ],
    };
    const cols = { id: 0, name: 1, goalId: 2, responsible: 3, decisionMaker: 4, start: 5, end: 6, status: 7, budget: 8, Mora: 9, spent: 10 };
    const [a] = readActions(dataRows(grid2, cols, 'id'), ['Mora'], { comment: false, forecast: false });
    expect(a.budget).not.toBe(a.budget);
    expect(plain(a.budget)).toEqual(plain(a.budget));
    expect(a.row).toBe(1);
    expect(a.start.value).toBe('2011-01-01');
    expect(a.status.value).toBe('inProgress');
    expect(a.shares.map((s) => [s.municipality, plain(s.amount)])).toEqual([['Mora', { value: 300, raw: 300, ref: { sheet: 'Åtgärder', cell: 'J2' } }]]);
    expect(a.forecast).toBeNull();
    expect(a.comment).toBeNull();
    // Serialized, it is what a plain action with plain fields would be (JSON.stringify does not see getters).
    const asPlain = { ...plainAction(a), id: plain(a.id), budget: plain(a.budget), shares: a.shares.map((s) => ({ municipality: s.municipality, amount: plain(s.amount) })) };
    expect(JSON.parse(JSON.stringify(a))).toMatchObject(JSON.parse(JSON.stringify(asPlain)));
    expect(JSON.parse(JSON.stringify(a))).toMatchObject({ row: 1, id: { value: 'A1', raw: 'A1', ref: { sheet: 'Åtgärder', cell: 'A2' } }, budget: { value: 300 }, forecast: null });
  });
});

describe('FieldColumn', () => {
  it('keeps the ref it was given by rows that are not a grid’s', () => {
    const column = new FieldColumn<string>(readText, Int32Array.of(7));
    const given: Ref = { sheet: 'Mål', cell: 'B8' };
    column.read({ read: (_key, reader) => reader('  M1 ', given) }, 'id', 0);
    expect(plain(column.field(0))).toEqual({ value: 'M1', raw: '  M1 ', ref: given });
    expect(column.values).toEqual(['M1']);
  });
});
