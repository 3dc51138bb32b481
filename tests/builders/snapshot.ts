/**
 * Snapshot builders for tests across the project (STYLE §5: builders, not copy-pasted tables).
 *
 * - `makeSnapshot({ tables, sheets })` builds a WorkbookSnapshot from plain rows. A table also puts its
 *   cells on its sheet's used range, as a real workbook does.
 * - `exampleSnapshot()` is a small, valid Swedish plan (Mora/Orsa/Älvdalen 2 290 000/790 000/830 000 of
 *   3 910 000) that gives ZERO findings: mutate one cell and expect one finding.
 * - `setCell`, `setPlanValue`, `cellAddress`, `withoutObject`, `renameHeader` change or address
 *   one thing by sheet/table name + header + data row index, returning a new snapshot.
 */
import { a1, parseA1 } from '../../src/domain/a1';
import { isoToSerial } from '../../src/domain/dates';
import { normalizeName } from '../../src/domain/names';
import type { CellValue, RangeSnapshot, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../src/domain/snapshot';

export interface GridSpec {
  /** Table name (for `tables`) or sheet name (for `sheets`). */
  readonly name: string;
  /** Sheet of a table (default: the table's name). Ignored for sheets. */
  readonly sheet?: string;
  /** Header row first, then data rows. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Top-left A1 address (default `A1`). */
  readonly at?: string;
}

export interface SnapshotSpec {
  readonly tables?: readonly GridSpec[];
  readonly sheets?: readonly GridSpec[];
  /** Extra sheet names (e.g. an unrelated `Blad1`), added to sheetNames with an empty used range. */
  readonly otherSheets?: readonly string[];
  readonly seal?: string | null;
}

function anchor(at: string | undefined): { row: number; col: number } {
  const p = parseA1(at ?? 'A1');
  if (!p) throw new Error(`bad address in test builder: ${at}`);
  return p;
}

function rangeOf(spec: GridSpec): RangeSnapshot {
  const { row, col } = anchor(spec.at);
  return { row, col, values: spec.rows.map((r) => [...r]) };
}

/** Merges blocks into one used range (the bounding box; cells not covered are null). */
function usedRange(blocks: readonly RangeSnapshot[]): RangeSnapshot {
  if (blocks.length === 0) return { row: 0, col: 0, values: [] };
  const top = Math.min(...blocks.map((b) => b.row));
  const left = Math.min(...blocks.map((b) => b.col));
  const bottom = Math.max(...blocks.map((b) => b.row + b.values.length - 1));
  const right = Math.max(...blocks.map((b) => b.col + Math.max(0, ...b.values.map((r) => r.length)) - 1));
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) values.push(new Array<CellValue>(Math.max(0, right - left + 1)).fill(null));
  for (const b of blocks) {
    b.values.forEach((r, i) => r.forEach((v, j) => (values[b.row - top + i][b.col - left + j] = v)));
  }
  return { row: top, col: left, values };
}

export function makeSnapshot(spec: SnapshotSpec): WorkbookSnapshot {
  const tables: TableSnapshot[] = (spec.tables ?? []).map((t) => ({ name: t.name, sheet: t.sheet ?? t.name, range: rangeOf(t) }));
  const blocksBySheet = new Map<string, RangeSnapshot[]>();
  const add = (sheet: string, block: RangeSnapshot | null): void => {
    const list = blocksBySheet.get(sheet) ?? [];
    if (block) list.push(block);
    blocksBySheet.set(sheet, list);
  };
  for (const s of spec.sheets ?? []) add(s.name, rangeOf(s));
  for (const t of tables) add(t.sheet, t.range);
  for (const name of spec.otherSheets ?? []) add(name, null);
  const sheets: SheetSnapshot[] = [...blocksBySheet].map(([name, blocks]) => ({ name, used: usedRange(blocks) }));
  return { sheets, tables, sheetNames: sheets.map((s) => s.name), seal: spec.seal ?? null };
}

// ---------------------------------------------------------------------------------------------------
// The example plan

const d = (iso: string): number => {
  const s = isoToSerial(iso);
  if (s === null) throw new Error(`bad date in test builder: ${iso}`);
  return s;
};

/** Report date of the example plan (its Plan `Rapportdatum`). */
export const EXAMPLE_REPORT_DATE = '2011-09-30';
export const EXAMPLE_TOTAL = 3_910_000;
export const EXAMPLE_MUNICIPALITIES = [
  { name: 'Mora', share: 2_290_000 },
  { name: 'Orsa', share: 790_000 },
  { name: 'Älvdalen', share: 830_000 },
] as const;

const PLAN_ROWS: CellValue[][] = [
  ['Egenskap', 'Värde'],
  ['Namn', 'Handlingsplan för styrning av IS/IT'],
  ['Beslutsdatum', d('2011-02-22')],
  ['Beslutsorgan', 'Kommunstyrelsen i Mora'],
  ['Total budget (kr)', EXAMPLE_TOTAL],
  ['Rapportdatum', d(EXAMPLE_REPORT_DATE)],
  ['Tolerans fördelning (%-enheter)', 0.5],
];

const FINANCING_ROWS: CellValue[][] = [
  ['Kommun', 'Andel (kr)', 'Andel (%)'],
  ['Mora', 2_290_000, 0.5857],
  ['Orsa', 790_000, 0.202],
  ['Älvdalen', 830_000, 0.2123],
];

const GOAL_ROWS: CellValue[][] = [
  ['MålID', 'Mål'],
  ['M1', 'Tydliga ansvarsroller'],
  ['M2', 'Befogenhetsfördelningar'],
  ['M3', 'Beskrivning av IT-verksamheten för övriga intressenter'],
  ['M4', 'Ökad kontroll, styrning, samordning och uppföljning'],
];

const ROLE_ROWS: CellValue[][] = [
  ['Roll', 'Namn', 'Organisation', 'Beslutsrätt (kr)'],
  ['Kommundirektör', 'Anna Berg', 'Mora kommun', 'obegränsad'],
  ['IT-chef', 'Lars Ek', 'IT-nämnden', 1_200_000],
  ['IT-strateg', 'Karin Dahl', 'Orsa kommun', null],
  ['Ekonomichef', 'Per Lind', 'Älvdalens kommun', 400_000],
];

/** Each budget is k × 391 000 split exactly by the allocation key 229/79/83 (k sums to 10). */
function action(
  id: string, name: string, goal: string, responsible: string, decisionMaker: string,
  start: string, end: string, status: string, k: number, spent: number, comment: string | null,
): CellValue[] {
  return [id, name, goal, responsible, decisionMaker, d(start), d(end), status, k * 391_000, k * 229_000, k * 79_000, k * 83_000, spent, comment];
}

const ACTION_ROWS: CellValue[][] = [
  ['ID', 'Åtgärd', 'MålID', 'Ansvarig', 'Beslutsfattare', 'Start', 'Slut', 'Status', 'Budget (kr)', 'Mora', 'Orsa', 'Älvdalen', 'Utfall (kr)', 'Kommentar'],
  action('A1', 'Fastställ roller och ansvar för IS/IT', 'M1', 'IT-strateg', 'Kommundirektör', '2011-03-01', '2011-06-30', 'Klar', 2, 750_000, 'Beslutad i kommunstyrelsen'),
  action('A2', 'Inför delegationsordning för IT-beslut', 'M2', 'IT-chef', 'Kommundirektör', '2011-03-15', '2011-12-31', 'Pågår', 3, 400_000, null),
  action('A3', 'Beskriv IT-verksamheten för intressenter', 'M3', 'IT-strateg', 'IT-chef', '2011-04-01', '2011-11-30', 'Ej påbörjad', 1, 0, null),
  action('A4', 'Inför månatlig uppföljning av IT-kostnader', 'M4', 'Ekonomichef', 'IT-chef', '2011-05-01', '2012-03-31', 'Pågår', 2, 120_000, null),
  action('A5', 'Samordna IT-investeringar mellan kommunerna', 'M4', 'IT-chef', 'Kommundirektör', '2011-06-01', '2012-06-30', 'Försenad', 2, 300_000, 'Väntar på upphandling'),
];

export type ExampleObject = 'Plan' | 'Finansiering' | 'Mål' | 'Roller' | 'Åtgärder';

/** Table names used by `exampleSnapshot({ layout: 'tables' })` (SPEC §1). */
export const EXAMPLE_TABLE_NAME: Readonly<Record<ExampleObject, string>> = {
  Plan: 'Plan',
  Finansiering: 'Finansiering',
  Mål: 'Mal',
  Roller: 'Roller',
  Åtgärder: 'Atgarder',
};

export interface ExampleOptions {
  /** `tables` (default): each object an Excel table on its Swedish-named sheet; `sheets`: plain sheets. */
  readonly layout?: 'tables' | 'sheets';
  /** Objects to leave out entirely. */
  readonly omit?: readonly ExampleObject[];
  /** Replacement rows (header included) for an object. */
  readonly rows?: Partial<Record<ExampleObject, readonly (readonly CellValue[])[]>>;
  /** Top-left address per object (default `A1`). */
  readonly at?: Partial<Record<ExampleObject, string>>;
}

/** The example plan's rows per object (fresh copies). */
export function exampleRows(): Record<ExampleObject, CellValue[][]> {
  const copy = (rows: CellValue[][]): CellValue[][] => rows.map((r) => [...r]);
  return {
    Plan: copy(PLAN_ROWS),
    Finansiering: copy(FINANCING_ROWS),
    Mål: copy(GOAL_ROWS),
    Roller: copy(ROLE_ROWS),
    Åtgärder: copy(ACTION_ROWS),
  };
}

export function exampleSnapshot(options: ExampleOptions = {}): WorkbookSnapshot {
  const base = exampleRows();
  const specs: GridSpec[] = (Object.keys(base) as ExampleObject[])
    .filter((o) => !(options.omit ?? []).includes(o))
    .map((o) => {
      const spec: GridSpec = { name: o, rows: options.rows?.[o] ?? base[o], at: options.at?.[o] ?? 'A1' };
      return options.layout === 'sheets' ? spec : { ...spec, name: EXAMPLE_TABLE_NAME[o], sheet: o };
    });
  return options.layout === 'sheets' ? makeSnapshot({ sheets: specs }) : makeSnapshot({ tables: specs });
}

// ---------------------------------------------------------------------------------------------------
// Changing and addressing one cell

/** The table or sheet named `name` (table name first, then sheet name; compared normalized). */
function findBlock(snapshot: WorkbookSnapshot, name: string): { sheet: string; range: RangeSnapshot } {
  const key = normalizeName(name);
  const table = snapshot.tables.find((t) => normalizeName(t.name) === key);
  if (table) return { sheet: table.sheet, range: table.range };
  const tableOnSheet = snapshot.tables.find((t) => normalizeName(t.sheet) === key);
  if (tableOnSheet) return { sheet: tableOnSheet.sheet, range: tableOnSheet.range };
  const sheet = snapshot.sheets.find((s) => normalizeName(s.name) === key);
  if (sheet) {
    const first = sheet.used.values.findIndex((r) => r.some((v) => v !== null && v !== ''));
    return { sheet: sheet.name, range: { ...sheet.used, row: sheet.used.row + first, values: sheet.used.values.slice(first) } };
  }
  throw new Error(`test builder: no table or sheet '${name}'`);
}

/** Zero-based sheet coordinates of `header`'s cell in data row `rowIndex` (0 = first row under the header). */
function locateCell(snapshot: WorkbookSnapshot, name: string, header: string, rowIndex: number): { sheet: string; row: number; col: number } {
  const { sheet, range } = findBlock(snapshot, name);
  const j = (range.values[0] ?? []).findIndex((v) => typeof v === 'string' && normalizeName(v) === normalizeName(header));
  if (j < 0) throw new Error(`test builder: no column '${header}' in '${name}'`);
  return { sheet, row: range.row + 1 + rowIndex, col: range.col + j };
}

/** A1 address of `header`'s cell in data row `rowIndex` of the table/sheet `name`. */
export function cellAddress(snapshot: WorkbookSnapshot, name: string, header: string, rowIndex: number): string {
  const c = locateCell(snapshot, name, header, rowIndex);
  return a1(c.row, c.col);
}

/** Writes `value` at sheet coordinates, in the sheet's used range and in every table range covering it. */
export function setAt(snapshot: WorkbookSnapshot, sheet: string, row: number, col: number, value: CellValue): WorkbookSnapshot {
  const put = (range: RangeSnapshot): RangeSnapshot => {
    const i = row - range.row;
    const j = col - range.col;
    if (i < 0 || j < 0 || i >= range.values.length) return range;
    const values = range.values.map((r, k) => {
      if (k !== i) return r;
      const copy = [...r];
      while (copy.length <= j) copy.push(null);
      copy[j] = value;
      return copy;
    });
    return { ...range, values };
  };
  const inTable = (t: TableSnapshot): boolean => {
    const width = Math.max(0, ...t.range.values.map((r) => r.length));
    return t.sheet === sheet && row >= t.range.row && row < t.range.row + t.range.values.length && col >= t.range.col && col < t.range.col + width;
  };
  return {
    ...snapshot,
    tables: snapshot.tables.map((t) => (inTable(t) ? { ...t, range: put(t.range) } : t)),
    sheets: snapshot.sheets.map((s) => (s.name === sheet ? { ...s, used: put(s.used) } : s)),
  };
}

/** Replaces the cell under `header` in data row `rowIndex` of the table/sheet `name` (e.g. `Åtgärder`). */
export function setCell(snapshot: WorkbookSnapshot, name: string, header: string, rowIndex: number, value: CellValue): WorkbookSnapshot {
  const c = locateCell(snapshot, name, header, rowIndex);
  return setAt(snapshot, c.sheet, c.row, c.col, value);
}

/** Renames a header cell (e.g. `Slut` → `End`, or to something unknown to drop the column). */
export function renameHeader(snapshot: WorkbookSnapshot, name: string, header: string, newHeader: CellValue): WorkbookSnapshot {
  const c = locateCell(snapshot, name, header, -1);
  return setAt(snapshot, c.sheet, c.row, c.col, newHeader);
}

/** Data row index of the Plan property `key` (`Total budget (kr)`, `Rapportdatum` …). */
function planRowIndex(snapshot: WorkbookSnapshot, key: string): number {
  const { range } = findBlock(snapshot, 'Plan');
  const i = range.values.slice(1).findIndex((r) => typeof r[0] === 'string' && normalizeName(r[0]) === normalizeName(key));
  if (i < 0) throw new Error(`test builder: no Plan property '${key}'`);
  return i;
}

/** Sets the Plan's `Värde` for property `key`. */
export function setPlanValue(snapshot: WorkbookSnapshot, key: string, value: CellValue): WorkbookSnapshot {
  return setCell(snapshot, 'Plan', 'Värde', planRowIndex(snapshot, key), value);
}

/** A1 address of the Plan's `Värde` cell for property `key`. */
export function planValueAddress(snapshot: WorkbookSnapshot, key: string): string {
  return cellAddress(snapshot, 'Plan', 'Värde', planRowIndex(snapshot, key));
}

/** Removes a table and its sheet (by table or sheet name, normalized). */
export function withoutObject(snapshot: WorkbookSnapshot, name: string): WorkbookSnapshot {
  const key = normalizeName(name);
  const sheetsToDrop = new Set(
    [...snapshot.tables.filter((t) => normalizeName(t.name) === key || normalizeName(t.sheet) === key).map((t) => t.sheet),
      ...snapshot.sheets.filter((s) => normalizeName(s.name) === key).map((s) => s.name)],
  );
  return {
    ...snapshot,
    tables: snapshot.tables.filter((t) => !sheetsToDrop.has(t.sheet)),
    sheets: snapshot.sheets.filter((s) => !sheetsToDrop.has(s.name)),
    sheetNames: snapshot.sheetNames.filter((n) => !sheetsToDrop.has(n)),
  };
}
