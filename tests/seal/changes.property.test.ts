/**
 * Property (issue 11, SPEC §4): for random plans and a random edit of one value, the seal's change list
 * names exactly that value: its table, the row's key, the field (by its header), before and after, and
 * the cell where it is now. A formatting-only edit (number formats, where the tables sit) gives no change.
 *
 * Plans are snapshots (what every reader produces) of random size and content; dates are stored as ISO
 * text or serial numbers, which the seal reads as the same day. Key columns (ID, Kommun, MålID, Roll,
 * Egenskap) are left out of the value edit: a new key is a removed and an added row, checked on its own.
 * The file-level version of the property is tests/seal/changes.file.test.ts.
 */
import fc from 'fast-check';
import { a1, parseA1 } from '../../src/domain/a1';
import { isoToSerial } from '../../src/domain/dates';
import { readPlan } from '../../src/domain/readPlan';
import { canonValue, checkSeal, createSeal, presentChange, presentRow, sealToJson } from '../../src/domain/seal';
import type { SealCheck } from '../../src/domain/seal';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/snapshot';
import { EXAMPLE_TABLE_NAME, cellAddress, exampleRows, exampleSnapshot, setCell } from '../builders/snapshot';
import type { ExampleObject } from '../builders/snapshot';

const COUNTS = { error: 0, warning: 0, info: 0 };
const AT = '2011-12-31T14:05:00+01:00';
const STATUSES = ['Ej påbörjad', 'Pågår', 'Klar', 'Försenad', 'Avbruten'];
const ROLES = ['Kommundirektör', 'IT-chef', 'IT-strateg', 'Ekonomichef'];
const GOALS = ['M1', 'M2', 'M3', 'M4'];

/** Headers whose cells are the row's key (not edited as a value). */
const KEYS: Readonly<Record<ExampleObject, string>> = { Plan: 'Egenskap', Finansiering: 'Kommun', Mål: 'MålID', Roller: 'Roll', Åtgärder: 'ID' };
/** Columns read as dates (the seal stores the day, however the cell holds it). */
const DATE_COLUMNS = new Set(['Start', 'Slut']);
const DATE_PROPERTIES = new Set(['Beslutsdatum', 'Rapportdatum']);
const SERIAL_2005 = isoToSerial('2005-01-01') ?? 0;
const SERIAL_2031 = isoToSerial('2031-01-01') ?? 0;

const isoDate = fc
  .record({ y: fc.integer({ min: 2005, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
/** A date cell as a workbook may hold it: ISO text or a serial number. */
const dateCell = isoDate.chain((iso) => fc.constantFrom<CellValue>(iso, isoToSerial(iso)));
const words = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
const amount = fc.integer({ min: 0, max: 5_000_000 });

const actionRow = (i: number): fc.Arbitrary<CellValue[]> =>
  fc.tuple(
    words,
    fc.constantFrom(...GOALS),
    fc.constantFrom(...ROLES),
    fc.constantFrom(...ROLES),
    dateCell,
    dateCell,
    fc.constantFrom(...STATUSES),
    fc.tuple(amount, amount, amount),
    fc.option(amount, { nil: null }),
    fc.option(words, { nil: null }),
  ).map(([name, goal, responsible, decisionMaker, start, end, status, [mora, orsa, alvdalen], spent, comment]) => [
    `A${i + 1}`, `Åtgärd ${name}`, goal, responsible, decisionMaker, start, end, status, mora + orsa + alvdalen, mora, orsa, alvdalen, spent, comment,
  ]);

/** A random plan: the example's tables with random actions, shares, limits and Plan values. */
const plans: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    actions: fc.integer({ min: 1, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => actionRow(i)))),
    shares: fc.tuple(amount, amount, amount),
    limits: fc.tuple(fc.option(amount, { nil: null }), fc.option(amount, { nil: null })),
    total: amount,
    reportDate: dateCell,
  })
  .map(({ actions, shares, limits, total, reportDate }) => {
    const rows = exampleRows();
    rows.Åtgärder = [rows.Åtgärder[0], ...actions];
    rows.Finansiering = rows.Finansiering.map((r, i) => (i === 0 ? r : [r[0], shares[i - 1], r[2]]));
    rows.Roller = rows.Roller.map((r, i) => (i === 2 || i === 4 ? [r[0], r[1], r[2], limits[i === 2 ? 0 : 1]] : r));
    rows.Plan = rows.Plan.map((r) => (r[0] === 'Total budget (kr)' ? [r[0], total] : r[0] === 'Rapportdatum' ? [r[0], reportDate] : r));
    return exampleSnapshot({ rows });
  });

interface Edit {
  readonly object: ExampleObject;
  readonly header: string;
  readonly row: number;
  readonly value: CellValue;
}

/** The rows of an object in a snapshot (header first). */
function rowsOf(snapshot: WorkbookSnapshot, object: ExampleObject): readonly (readonly CellValue[])[] {
  const t = snapshot.tables.find((x) => x.name === EXAMPLE_TABLE_NAME[object]);
  if (t === undefined) throw new Error(`no ${object}`);
  return t.range.values;
}

function isDateCell(object: ExampleObject, header: string, rows: readonly (readonly CellValue[])[], row: number): boolean {
  return (object === 'Åtgärder' && DATE_COLUMNS.has(header)) || (object === 'Plan' && DATE_PROPERTIES.has(String(rows[row + 1][0])));
}

/** A value for the cell as the seal reads it: a date cell's day, otherwise the cell's canonical value. */
function expectedCanon(value: CellValue, date: boolean): string | null {
  if (date) {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `d:${value}`;
    if (typeof value === 'number') return `d:${new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10)}`;
  }
  return canonValue(value);
}

/** A random single-value edit of a non-key cell, to a value the seal reads differently. */
function edits(snapshot: WorkbookSnapshot): fc.Arbitrary<Edit> {
  const objects: ExampleObject[] = ['Plan', 'Finansiering', 'Mål', 'Roller', 'Åtgärder'];
  return fc
    .constantFrom(...objects)
    .chain((object) => {
      const rows = rowsOf(snapshot, object);
      const headers = rows[0].map(String).filter((h) => h !== KEYS[object]);
      return fc.record({
        object: fc.constant(object),
        header: fc.constantFrom(...headers),
        row: fc.integer({ min: 0, max: rows.length - 2 }),
        value: fc.oneof(amount.map((n): CellValue => n), words.map((s): CellValue => s), dateCell, fc.constant<CellValue>(null), fc.constant<CellValue>(true)),
      });
    })
    .filter((e) => {
      const rows = rowsOf(snapshot, e.object);
      const col = rows[0].indexOf(e.header);
      const date = isDateCell(e.object, e.header, rows, e.row);
      // A number in a date cell is a day only as a plausible serial (0 or 17 is no one's start date).
      if (date && typeof e.value === 'number' && (e.value < SERIAL_2005 || e.value > SERIAL_2031)) return false;
      return expectedCanon(rows[e.row + 1][col], date) !== expectedCanon(e.value, date);
    });
}

function changed(check: SealCheck): Extract<SealCheck, { state: 'changed' }> {
  if (check.state !== 'changed') throw new Error(`expected changed, got ${check.state}`);
  return check;
}

const sealOf = async (snapshot: WorkbookSnapshot): Promise<string> => sealToJson(await createSeal(readPlan(snapshot).model, COUNTS, 'Anna Berg', AT));

describe('the change list names exactly the value edited', () => {
  it('one value in any table: table, key, field, before, after and its cell, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(
        plans.chain((snapshot) => fc.tuple(fc.constant(snapshot), edits(snapshot))),
        async ([snapshot, edit]) => {
          const record = await sealOf(snapshot);
          const rows = rowsOf(snapshot, edit.object);
          const col = rows[0].indexOf(edit.header);
          const date = isDateCell(edit.object, edit.header, rows, edit.row);
          const after = setCell(snapshot, edit.object, edit.header, edit.row, edit.value);
          const check = changed(await checkSeal(record, readPlan(after).model));
          expect(check.added).toEqual([]);
          expect(check.removed).toEqual([]);
          expect(check.changes).toHaveLength(1);
          const [change] = check.changes;
          expect(change).toMatchObject({ kind: 'value', before: expectedCanon(rows[edit.row + 1][col], date), after: expectedCanon(edit.value, date) });
          const shown = presentChange(change, 'sv');
          const key = String(rows[edit.row + 1][0]);
          expect(shown).toMatchObject({
            table: edit.object,
            key,
            field: edit.object === 'Plan' ? 'Värde' : edit.header,
            sheet: edit.object,
            cell: cellAddress(snapshot, edit.object, edit.header, edit.row),
          });
          expect(shown.before).not.toBe(shown.after);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a new key is the old row removed and the new one added, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(plans, fc.nat(), async (snapshot, pick) => {
        const record = await sealOf(snapshot);
        const actions = rowsOf(snapshot, 'Åtgärder');
        const row = pick % (actions.length - 1);
        const after = setCell(snapshot, 'Åtgärder', 'ID', row, 'B99');
        const check = changed(await checkSeal(record, readPlan(after).model));
        expect(check.changes).toEqual([]);
        expect(check.removed.map((r) => presentRow(r, 'sv').key)).toEqual([String(actions[row + 1][0])]);
        expect(check.added.map((r) => presentRow(r, 'sv'))).toEqual([expect.objectContaining({ key: 'B99', sheet: 'Åtgärder', cell: `A${row + 2}` })]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a formatting-only edit gives no change', () => {
  /** The snapshot with number formats on every table cell and each table moved by (dr, dc). */
  function reformatted(snapshot: WorkbookSnapshot, formats: readonly string[], dr: number, dc: number): WorkbookSnapshot {
    const tables = snapshot.tables.map((t, i) => ({
      ...t,
      range: { ...t.range, row: t.range.row + dr, col: t.range.col + dc, numberFormats: t.range.values.map((r) => r.map(() => formats[i % formats.length])) },
    }));
    const sheets = snapshot.sheets.map((s) => {
      const t = tables.find((x) => x.sheet === s.name);
      return t === undefined ? s : { ...s, used: t.range };
    });
    return { ...snapshot, tables, sheets };
  }

  it('number formats and where the tables sit leave the seal intact', async () => {
    await fc.assert(
      fc.asyncProperty(
        plans,
        fc.array(fc.constantFrom('General', '#,##0 "kr"', '0.00%', 'yyyy-mm-dd', '@', '0.0'), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 5 }),
        async (snapshot, formats, dr, dc) => {
          const record = await sealOf(snapshot);
          const check = await checkSeal(record, readPlan(reformatted(snapshot, formats, dr, dc)).model);
          expect(check.state).toBe('intact');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('(the moved tables are read: a moved cell is addressed where it is now)', async () => {
    const snapshot = exampleSnapshot();
    const record = await sealOf(snapshot);
    const moved = reformatted(snapshot, ['General'], 3, 2);
    const at = parseA1(cellAddress(moved, 'Åtgärder', 'Budget (kr)', 0));
    expect(at).not.toBeNull();
    const edited = setCell(moved, 'Åtgärder', 'Budget (kr)', 0, 1);
    const [change] = changed(await checkSeal(record, readPlan(edited).model)).changes;
    expect(presentChange(change, 'sv').cell).toBe(a1(at?.row ?? 0, at?.col ?? 0));
    expect(presentChange(change, 'sv').cell).toBe('K5');
  });
});
