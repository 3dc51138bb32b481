import { validate } from '../../src/domain/validate';
import {
  EXAMPLE_REPORT_DATE, cellAddress, exampleSnapshot, makeSnapshot, planValueAddress, renameHeader, setCell, setPlanValue, withoutObject,
} from './snapshot';

describe('makeSnapshot', () => {
  it('puts a table on its sheet, at its address, and lists the sheets', () => {
    const snap = makeSnapshot({
      tables: [{ name: 'Atgarder', sheet: 'Åtgärder', rows: [['ID'], ['A1']], at: 'C3' }],
      sheets: [{ name: 'Plan', rows: [['Egenskap', 'Värde']] }],
      otherSheets: ['Blad1'],
    });
    expect(snap.sheetNames).toEqual(['Plan', 'Åtgärder', 'Blad1']);
    expect(snap.tables[0]).toEqual({ name: 'Atgarder', sheet: 'Åtgärder', range: { row: 2, col: 2, values: [['ID'], ['A1']] } });
    expect(snap.sheets[1].used).toEqual(snap.tables[0].range);
    expect(snap.sheets[2].used.values).toEqual([]);
  });
});

describe('exampleSnapshot', () => {
  it.each(['tables', 'sheets'] as const)('gives zero findings under every rule (%s)', (layout) => {
    const result = validate(exampleSnapshot({ layout }), { today: '2030-01-01' });
    expect(result.findings).toEqual([]);
    expect(result.reportDate).toBe(EXAMPLE_REPORT_DATE);
  });
  it('omits objects on request', () => {
    const snap = exampleSnapshot({ omit: ['Plan', 'Mål'] });
    expect(snap.sheetNames).toEqual(['Finansiering', 'Roller', 'Åtgärder']);
  });
});

describe('one-cell edits', () => {
  it('setCell changes the table and the sheet it is on, and nothing else', () => {
    const before = exampleSnapshot();
    const after = setCell(before, 'Åtgärder', 'Budget (kr)', 1, 'x');
    const table = after.tables.find((t) => t.name === 'Atgarder');
    const sheet = after.sheets.find((s) => s.name === 'Åtgärder');
    expect(table?.range.values[2][8]).toBe('x');
    expect(sheet?.used.values[2][8]).toBe('x');
    expect(before.tables.find((t) => t.name === 'Atgarder')?.range.values[2][8]).toBe(1_173_000);
    expect(cellAddress(after, 'Atgarder', 'Budget (kr)', 1)).toBe('I3');
  });
  it('one mutated cell gives one finding at that cell', () => {
    const snap = setCell(exampleSnapshot(), 'Åtgärder', 'Ansvarig', 2, 'Okänd roll');
    const { findings } = validate(snap, { today: '2030-01-01' });
    expect(findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['R002', 'Åtgärder', cellAddress(snap, 'Åtgärder', 'Ansvarig', 2)]]);
  });
  it('setPlanValue and planValueAddress address the Värde cell of a property', () => {
    const snap = setPlanValue(exampleSnapshot({ layout: 'sheets' }), 'Total budget (kr)', 4_000_000);
    expect(planValueAddress(snap, 'Total budget (kr)')).toBe('B5');
    expect(snap.sheets.find((s) => s.name === 'Plan')?.used.values[4][1]).toBe(4_000_000);
  });
  it('renameHeader and withoutObject', () => {
    const renamed = renameHeader(exampleSnapshot(), 'Åtgärder', 'Slut', 'End');
    expect(renamed.tables.find((t) => t.name === 'Atgarder')?.range.values[0][6]).toBe('End');
    const without = withoutObject(exampleSnapshot(), 'Roller');
    expect(without.sheetNames).not.toContain('Roller');
    expect(without.tables.map((t) => t.name)).not.toContain('Roller');
  });
  it('throws on a name the builder cannot find (a test bug, not data)', () => {
    expect(() => setCell(exampleSnapshot(), 'Åtgärder', 'Nope', 0, 1)).toThrow(/no column/);
  });
});
