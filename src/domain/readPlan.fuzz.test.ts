/** readPlan never throws for a snapshot-shaped object and only reports structure findings with jumpable cells. */
import fc from 'fast-check';
import type { CellValue, RangeSnapshot, WorkbookSnapshot } from './snapshot';
import { exampleRows, makeSnapshot } from '../../tests/builders/snapshot';
import { readPlan } from './readPlan';

const NAMES = ['Plan', 'Finansiering', 'FUNDING', 'Mål', 'Mal', 'Goals', 'Roller', 'Roles', 'Åtgärder', 'ATGARDER', 'Actions', 'Blad1', '__proto__', 'constructor', ''];
const HEADERS = [
  'Egenskap', 'Värde', 'Kommun', 'Andel (kr)', 'Andel (%)', 'MålID', 'Mål', 'Roll', 'Namn', 'Organisation', 'Beslutsrätt (kr)',
  'ID', 'Åtgärd', 'Ansvarig', 'Beslutsfattare', 'Start', 'Slut', 'Status', 'Budget (kr)', 'Utfall (kr)', 'Kommentar',
  'Mora', 'Orsa', 'Älvdalen', 'Summa', 'Total budget (kr)', 'Rapportdatum', 'Tolerans fördelning (%-enheter)', 'obegränsad', 'Klar',
  'toString', '__proto__', 'hasOwnProperty',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...HEADERS),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -1e7, max: 3e6 }),
  fc.boolean(),
  fc.constantFrom({ error: '#REF!' }, { error: '#N/A' }),
);
const rows = fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 8 });
const range: fc.Arbitrary<RangeSnapshot> = fc.record({ row: fc.integer({ min: -2, max: 50 }), col: fc.integer({ min: -2, max: 30 }), values: rows });

const snapshot: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    sheets: fc.array(fc.record({ name: fc.constantFrom(...NAMES), used: range }), { maxLength: 6 }),
    tables: fc.array(fc.record({ name: fc.constantFrom(...NAMES), sheet: fc.constantFrom(...NAMES), range }), { maxLength: 6 }),
  })
  .map((s) => ({ ...s, sheetNames: s.sheets.map((x) => x.name) }));

/** The example plan with some cells replaced by random values: close to real, so deeper paths run. */
const mutatedExample: fc.Arbitrary<WorkbookSnapshot> = fc
  .array(fc.tuple(fc.constantFrom('Plan', 'Finansiering', 'Mål', 'Roller', 'Åtgärder') , fc.nat(8), fc.nat(15), cell), { maxLength: 10 })
  .map((edits) => {
    const r = exampleRows();
    for (const [obj, i, j, v] of edits) {
      const rowsOf = r[obj as keyof typeof r];
      while (rowsOf.length <= i) rowsOf.push([]);
      rowsOf[i][j] = v;
    }
    return makeSnapshot({ sheets: Object.entries(r).map(([name, rs]) => ({ name, rows: rs.map((x) => Array.from(x, (v) => v ?? null)) })) });
  });

const A1 = /^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/;

function check(s: WorkbookSnapshot): void {
  const { model, findings } = readPlan(s);
  for (const f of findings) {
    expect(['S001', 'S002', 'S003', 'S004', 'S005', 'S008']).toContain(f.code);
    expect(f.cell).toMatch(A1);
    expect(typeof f.sheet).toBe('string');
  }
  for (const a of model.actions ?? []) {
    expect(a.shares.map((x) => x.municipality)).toEqual(model.municipalityColumns);
    expect(a.id.ref.cell).toMatch(A1);
  }
  const required = ['financing', 'roles', 'actions'] as const;
  for (const k of required) {
    // A required object that is not read was missing (S001) or ambiguous (S008).
    if (model.locations[k] === null) expect(findings.some((f) => f.code === 'S001' || f.code === 'S008')).toBe(true);
  }
}

describe('readPlan never throws', () => {
  it('on random snapshots', () => fc.assert(fc.property(snapshot, check), { numRuns: 400 }));
  it('on the example plan with random cells', () => fc.assert(fc.property(mutatedExample, check), { numRuns: 400 }));
  it('on malformed input shapes', () => {
    const junk: unknown[] = [{}, { sheets: null, tables: 5 }, { sheets: [{ name: 'Åtgärder', used: { values: [[{}], 'x', null] } }], tables: [null] }];
    for (const j of junk) expect(() => readPlan(j as WorkbookSnapshot)).not.toThrow();
    const objects = fc.anything().filter((x) => typeof x === 'object' && x !== null);
    fc.assert(fc.property(objects, (x) => {
      expect(readPlan(x as WorkbookSnapshot).model).toBeDefined();
    }), { numRuns: 200 });
  });
});

describe('readPlan on something that is no snapshot at all (a bug in the caller)', () => {
  it('throws, rather than report the objects as missing', () => {
    for (const x of [null, undefined]) expect(() => readPlan(x as unknown as WorkbookSnapshot)).toThrow(TypeError);
  });
});
