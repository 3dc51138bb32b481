/**
 * Property: whatever the snapshot holds — random sheets and tables, Excel errors, numbers as text, dates,
 * garbage — validate never throws and every finding is well-formed in both languages.
 */
import fc from 'fast-check';
import { exampleSnapshot, setAt } from '../../tests/builders/snapshot';
import { RULE_CODES, SEVERITY } from './rules';
import type { CellValue, RangeSnapshot, WorkbookSnapshot } from './snapshot';
import { EXCEL_ERROR_LITERALS } from './snapshot';
import { validate } from './validate';

const WORDS = [
  'Plan', 'Finansiering', 'Funding', 'Mål', 'Mal', 'Goals', 'Roller', 'Roles', 'Åtgärder', 'ATGARDER', 'Actions', 'Blad1',
  'Egenskap', 'Värde', 'Kommun', 'Andel (kr)', 'Andel (%)', 'MålID', 'Roll', 'Namn', 'Organisation', 'Beslutsrätt (kr)',
  'ID', 'Åtgärd', 'Ansvarig', 'Beslutsfattare', 'Start', 'Slut', 'Status', 'Budget (kr)', 'Mora', 'Orsa', 'Älvdalen',
  'Utfall (kr)', 'Kommentar', 'Total budget (kr)', 'Rapportdatum', 'Tolerans fördelning (%-enheter)', 'Beslutsdatum',
  'Klar', 'Pågår', 'Avbruten', 'obegränsad', 'IT-chef', 'Kommundirektör', 'IT-chef, Ekonomichef', 'M1', 'A1', 'Summa',
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1_000_000, max: 5_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom(...EXCEL_ERROR_LITERALS).map((error) => ({ error })),
  fc.constantFrom('2 290 000 kr', '1234,50', '58,57 %', '-5', '1e3', '2011-02-30', '2011-12-31', '0.5', ' 40 000 SEK'),
  fc.integer({ min: 1, max: 80_000 }), // date serials
);

const rows: fc.Arbitrary<CellValue[][]> = fc.array(fc.array(cellValue, { maxLength: 16 }), { maxLength: 12 });
const range: fc.Arbitrary<RangeSnapshot> = fc.record({ row: fc.nat(6), col: fc.nat(6), values: rows });
const name = fc.oneof(fc.constantFrom(...WORDS.slice(0, 12)), fc.string({ maxLength: 8 }));

const randomSnapshot: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    sheets: fc.array(fc.record({ name, used: range }), { maxLength: 6 }),
    tables: fc.array(fc.record({ name, sheet: name, range }), { maxLength: 6 }),
    extra: fc.array(name, { maxLength: 3 }),
  })
  .map(({ sheets, tables, extra }) => ({ sheets, tables, sheetNames: [...sheets.map((s) => s.name), ...extra] }));

/** The valid example with a few cells replaced: reaches the rules, not only the reader. */
const mutatedExample: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    layout: fc.constantFrom('tables' as const, 'sheets' as const),
    edits: fc.array(
      fc.record({ sheet: fc.constantFrom('Plan', 'Finansiering', 'Mål', 'Roller', 'Åtgärder'), row: fc.nat(7), col: fc.nat(14), value: cellValue }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ layout, edits }) => edits.reduce((s, e) => setAt(s, e.sheet, e.row, e.col, e.value), exampleSnapshot({ layout })));

const A1_OR_RANGE = /^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/;

/** Codes seen across runs: the property must reach the rules, not only the reader. */
const seen = new Set<string>();

function check(snapshot: WorkbookSnapshot): void {
  const sv = validate(snapshot, { today: '2011-10-01' });
  for (const f of sv.findings) seen.add(f.code);
  const en = validate(snapshot, { today: '2011-10-01', lang: 'en' });
  expect(en.findings.length).toBe(sv.findings.length);
  expect(sv.counts.error + sv.counts.warning + sv.counts.info).toBe(sv.findings.length);
  expect(sv.reportDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  sv.findings.forEach((f, i) => {
    expect(RULE_CODES).toContain(f.code);
    expect(f.severity).toBe(SEVERITY[f.code]);
    expect(typeof f.sheet).toBe('string');
    expect(f.cell).toMatch(A1_OR_RANGE);
    for (const message of [f.message, en.findings[i].message]) {
      expect(message.trim().length).toBeGreaterThan(5);
      expect(message).not.toMatch(/undefined|\[object Object\]/);
    }
    expect(en.findings[i].code).toBe(f.code);
  });
}

describe('validate never throws and gives well-formed findings', () => {
  it('on random snapshots', () => {
    fc.assert(fc.property(randomSnapshot, check), { numRuns: 300 });
  });

  it('on the example with random cells replaced', () => {
    fc.assert(fc.property(mutatedExample, check), { numRuns: 300 });
    // The edits reached every family of rules.
    for (const family of ['S', 'B', 'R', 'P']) expect([...seen].some((c) => c.startsWith(family) && c !== 'S001')).toBe(true);
    expect(seen.size).toBeGreaterThan(15);
  });
});
