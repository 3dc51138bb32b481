/**
 * The change-list property (tests/seal/changes.property.test.ts) at the file level, with fewer runs: a
 * random plan written by exceljs (the project's plan writer), sealed by the CLI's writer, then one cell
 * of the worksheet XML edited as another tool would:
 * - its value (a number moved, a date moved by days, a text rewritten as an inline string): the change
 *   list, in the domain and in `plankoll verify --json`, names exactly that value at its cell, with the
 *   right before and after;
 * - its style only (another cell format of the workbook's): the seal stays intact.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { a1 } from '../../src/domain/a1';
import { serialToIso } from '../../src/domain/dates';
import { examplePlanWorkbook } from '../../src/domain/example';
import type { PlanWorkbook } from '../../src/domain/example';
import { readPlan } from '../../src/domain/readPlan';
import { canonValue, checkSeal, createSeal, presentChange, sealToJson } from '../../src/domain/seal';
import { sealSheetRecord } from '../../src/domain/seal/sheetCopy';
import { copiesOf } from '../../src/domain/seal/stored';
import type { CellValue, TableSnapshot, WorkbookSnapshot } from '../../src/domain/snapshot';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { writeSealToXlsx } from '../../src/xlsx/sealStore';
import { writePlanXlsx } from '../../src/xlsx/writePlan';
import { runCli } from '../cli/run';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'plankoll-seal-changes-'));
const COUNTS = { error: 0, warning: 0, info: 0 };
/** The key columns per table (a new key is a removed and an added row, not a value change). */
const KEYS: Readonly<Record<string, readonly string[]>> = {
  Plan: ['Egenskap'],
  Finansiering: ['Kommun'],
  Mal: ['MålID'],
  Roller: ['Roll'],
  Atgarder: ['ID'],
  Uppfoljning: ['Period', 'ID'],
};
const SHEET_LABEL: Readonly<Record<string, string>> = { Plan: 'Plan', Finansiering: 'Finansiering', Mal: 'Mål', Roller: 'Roller', Atgarder: 'Åtgärder', Uppfoljning: 'Uppföljning' };
const DATE_HEADERS = new Set(['Start', 'Slut', 'Datum']);
const DATE_PROPERTIES = new Set(['Beslutsdatum', 'Rapportdatum']);

/** The example plan with its first `count` actions. */
function planWith(count: number): PlanWorkbook {
  return { tables: examplePlanWorkbook().tables.map((t) => (t.table === 'Atgarder' ? { ...t, rows: t.rows.slice(0, count) } : t)) };
}

interface Target {
  readonly table: TableSnapshot;
  readonly header: string;
  /** Zero-based data row. */
  readonly row: number;
  readonly old: CellValue;
  readonly cell: string;
  readonly date: boolean;
}

/** Every non-empty, non-key data cell of the plan's tables. */
function targets(snapshot: WorkbookSnapshot): Target[] {
  const out: Target[] = [];
  for (const table of snapshot.tables) {
    const [header, ...rows] = table.range.values;
    rows.forEach((r, i) =>
      header.forEach((h, j) => {
        const name = String(h);
        if ((KEYS[table.name] ?? []).includes(name) || r[j] === null || r[j] === '') return;
        const date = DATE_HEADERS.has(name) || (table.name === 'Plan' && DATE_PROPERTIES.has(String(r[0])));
        out.push({ table, header: name, row: i, old: r[j], cell: a1(table.range.row + 1 + i, table.range.col + j), date });
      }),
    );
  }
  return out;
}

const canon = (v: CellValue, date: boolean): string | null => (date && typeof v === 'number' ? `d:${serialToIso(v)}` : canonValue(v));

/** The worksheet part of a sheet, through the workbook's relationships. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const wb = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const element = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((e) => e.includes(`name="${sheet}"`));
  const id = /r:id="([^"]+)"/.exec(element ?? '')?.[1];
  const target = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no part for ${sheet}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Replaces the `<c>` element at `cell` by `make(its attributes)`. */
async function editCell(bytes: Uint8Array, sheet: string, cell: string, make: (attrs: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, sheet);
  const xml = (await zip.file(part)?.async('string')) ?? '';
  const re = new RegExp(`<c r="${cell}"(?=[\\s>/])([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const m = re.exec(xml);
  if (m === null) throw new Error(`no ${sheet}!${cell} in ${part}`);
  zip.file(part, xml.replace(m[0], make(m[1])));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const styleOf = (attrs: string): number => Number(/\ss="(\d+)"/.exec(attrs)?.[1] ?? 0);
const withoutType = (attrs: string): string => attrs.replace(/\st="[^"]*"/, '');

/** The new value: a number moved by `delta` (a date by `delta` days), a text with a word added. */
function newValue(t: Target, delta: number): CellValue {
  if (typeof t.old === 'number') return t.old + delta;
  return `${String(t.old)} ändrad`;
}

function valueElement(cell: string, attrs: string, value: CellValue): string {
  const keep = withoutType(attrs).replace(/\sr="[^"]*"/, '');
  if (typeof value === 'number') return `<c r="${cell}"${keep}><v>${value}</v></c>`;
  const text = String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<c r="${cell}"${keep} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

async function sealed(count: number): Promise<{ bytes: Uint8Array; snapshot: WorkbookSnapshot; record: string; styles: number }> {
  const bytes = await writePlanXlsx(planWith(count));
  const snapshot = readWorkbookBytes(bytes);
  const record = sealToJson(await createSeal(readPlan(snapshot).model, COUNTS, 'Anna Berg', '2011-12-31T14:05:00+01:00'));
  const out = await writeSealToXlsx(bytes, record);
  const stylesXml = (await (await JSZip.loadAsync(out)).file('xl/styles.xml')?.async('string')) ?? '';
  const styles = Number(/<cellXfs count="(\d+)"/.exec(stylesXml)?.[1] ?? 1);
  return { bytes: out, snapshot, record, styles };
}

/** The domain's check of a file, reading both copies as the CLI does. */
async function checkFile(bytes: Uint8Array) {
  const snapshot = readWorkbookBytes(bytes);
  return checkSeal({ part: copiesOf(snapshot.seal).part, sheet: sealSheetRecord(snapshot.sheets) }, readPlan(snapshot).model);
}

const ACTIONS = examplePlanWorkbook().tables.find((t) => t.table === 'Atgarder')?.rows.length ?? 2;
const files = new Map<number, Awaited<ReturnType<typeof sealed>>>();
async function sealedFile(count: number): Promise<Awaited<ReturnType<typeof sealed>>> {
  const cached = files.get(count) ?? (await sealed(count));
  files.set(count, cached);
  return cached;
}
let n = 0;

describe('at the file level: an exceljs-written, CLI-sealed workbook edited in its XML', () => {
  it('one cell value edited: exactly that change, at its cell, with before and after, in the domain and in verify --json', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: ACTIONS }), fc.nat(), fc.integer({ min: 1, max: 90 }), async (count, pick, delta) => {
        const file = await sealedFile(count);
        const all = targets(file.snapshot);
        const t = all[pick % all.length];
        const value = newValue(t, delta);
        const edited = await editCell(file.bytes, t.table.sheet, t.cell, (attrs) => valueElement(t.cell, attrs, value));
        const check = await checkFile(edited);
        if (check.state !== 'changed') throw new Error(`expected changed, got ${check.state}`);
        expect(check.added).toEqual([]);
        expect(check.removed).toEqual([]);
        expect(check.changes).toHaveLength(1);
        expect(check.changes[0]).toMatchObject({ kind: 'value', before: canon(t.old, t.date), after: canon(value, t.date), ref: { sheet: t.table.sheet, cell: t.cell } });
        const shown = presentChange(check.changes[0], 'sv');

        const path = join(dir, `andrad-${++n}.xlsx`);
        writeFileSync(path, edited);
        const run = await runCli(['verify', path, '--json']);
        expect(run.code).toBe(1);
        const json = JSON.parse(run.out) as { state: string; changes: unknown[]; added: unknown[]; removed: unknown[] };
        expect(json).toMatchObject({ state: 'changed', added: [], removed: [] });
        expect(json.changes).toEqual([shown]);
        expect(json.changes).toEqual([expect.objectContaining({ table: SHEET_LABEL[t.table.name], sheet: t.table.sheet, cell: t.cell })]);
      }),
      { numRuns: 15 },
    );
  });

  it("one cell's style changed to another of the workbook's formats: no change", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: ACTIONS }), fc.nat(), fc.nat(), async (count, pick, style) => {
        const file = await sealedFile(count);
        const all = targets(file.snapshot);
        const t = all[pick % all.length];
        const check = await checkFile(await restyle(file.bytes, t, file.styles, style));
        expect(check.state).toBe('intact');
      }),
      { numRuns: 15 },
    );
  });
});

/** The cell at `t` with another `s` (style) attribute and everything else as it was. */
async function restyle(bytes: Uint8Array, t: Target, styles: number, pick: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, t.table.sheet);
  const xml = (await zip.file(part)?.async('string')) ?? '';
  const re = new RegExp(`<c r="${t.cell}"(?=[\\s>/])[^>]*?(?=/?>)`);
  const m = re.exec(xml);
  if (m === null) throw new Error(`no ${t.table.sheet}!${t.cell}`);
  const now = styleOf(m[0]);
  const next = (now + 1 + (pick % Math.max(1, styles - 1))) % styles;
  const start = /\ss="\d+"/.test(m[0]) ? m[0].replace(/\ss="\d+"/, ` s="${next}"`) : `${m[0]} s="${next}"`;
  expect(next === now && styles > 1).toBe(false);
  zip.file(part, xml.replace(m[0], start));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
