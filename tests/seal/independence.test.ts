/** The fingerprint reads values, not layout: SPEC §4 "formatting changes do not break it; any value change does". */
import { exampleRows, exampleSnapshot, setCell } from '../builders/snapshot';
import type { ExampleObject } from '../builders/snapshot';
import { readPlan } from '../../src/domain/readPlan';
import { fingerprint } from '../../src/domain/seal';
import { serialToIso } from '../../src/domain/dates';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/snapshot';

async function digestOf(snapshot: WorkbookSnapshot): Promise<string> {
  return (await fingerprint(readPlan(snapshot).model)).digest;
}

function permuteColumns(rows: readonly (readonly CellValue[])[], order: readonly number[]): CellValue[][] {
  return rows.map((r) => order.map((i) => r[i]));
}

describe('fingerprint independence', () => {
  let base: string;
  beforeAll(async () => {
    base = await digestOf(exampleSnapshot());
  });

  it('is the same for Excel tables and plain ranges', async () => {
    expect(await digestOf(exampleSnapshot({ layout: 'sheets' }))).toBe(base);
  });

  it('is the same wherever the tables sit on their sheets', async () => {
    expect(await digestOf(exampleSnapshot({ at: { Åtgärder: 'C5', Roller: 'B2', Plan: 'D10' } }))).toBe(base);
  });

  it('is the same for any column order', async () => {
    const rows = exampleRows();
    const n = rows.Åtgärder[0].length;
    const reversed = Array.from({ length: n }, (_, i) => n - 1 - i);
    const roles = [3, 1, 0, 2];
    expect(
      await digestOf(exampleSnapshot({ rows: { Åtgärder: permuteColumns(rows.Åtgärder, reversed), Roller: permuteColumns(rows.Roller, roles) } })),
    ).toBe(base);
  });

  it('is the same with English or differently spelt headers', async () => {
    const rows = exampleRows();
    const headers = rows.Åtgärder[0].map((h) => (h === 'Slut' ? 'End' : h === 'Budget (kr)' ? 'BUDGET' : h === 'Åtgärd' ? 'Action' : h));
    expect(await digestOf(exampleSnapshot({ rows: { Åtgärder: [headers, ...rows.Åtgärder.slice(1)] } }))).toBe(base);
  });

  it('is the same in another sheet order', async () => {
    const s = exampleSnapshot();
    const reordered: WorkbookSnapshot = { ...s, sheets: [...s.sheets].reverse(), tables: [...s.tables].reverse(), sheetNames: [...s.sheetNames].reverse() };
    expect(await digestOf(reordered)).toBe(base);
  });

  it('ignores number formats', async () => {
    const s = exampleSnapshot();
    const formatted: WorkbookSnapshot = {
      ...s,
      tables: s.tables.map((t) => ({ ...t, range: { ...t.range, numberFormats: t.range.values.map((r) => r.map(() => '#,##0 "kr"')) } })),
    };
    expect(await digestOf(formatted)).toBe(base);
  });

  it('reads a date as the same day whether it is a serial number or ISO text', async () => {
    const rows = exampleRows();
    const start = rows.Åtgärder[0].indexOf('Start');
    const asText = rows.Åtgärder.map((r, i) => (i === 0 ? r : r.map((v, j) => (j === start && typeof v === 'number' ? serialToIso(v) : v))));
    expect(asText[1][start]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await digestOf(exampleSnapshot({ rows: { Åtgärder: asText } }))).toBe(base);
  });

  it('changes with any value the rules read', async () => {
    const edits: [ExampleObject, string, number, CellValue][] = [
      ['Åtgärder', 'Utfall (kr)', 0, 750_001],
      ['Åtgärder', 'Ansvarig', 1, 'IT-strateg'],
      ['Roller', 'Beslutsrätt (kr)', 1, 1_200_001],
      ['Finansiering', 'Andel (%)', 0, 0.5858],
      ['Mål', 'Mål', 0, 'Tydliga roller'],
      ['Åtgärder', 'Budget (kr)', 0, '782 000 kr'],
    ];
    for (const [object, header, row, value] of edits) {
      expect({ object, header, same: (await digestOf(setCell(exampleSnapshot(), object, header, row, value))) === base }).toEqual({
        object,
        header,
        same: false,
      });
    }
  });

  it('changes with the comment: a rewritten comment is a change since the validation', async () => {
    expect(await digestOf(setCell(exampleSnapshot(), 'Åtgärder', 'Kommentar', 0, 'Ny kommentar'))).not.toBe(base);
  });
});
