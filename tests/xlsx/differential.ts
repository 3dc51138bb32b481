/**
 * The differential test's comparison: two snapshots of the same file, the new reader's and exceljs's (the
 * oracle), as a list of readable differences — sheet names, every cell of every sheet read by both, and
 * each table's place and cells. Empty cells ('' and null) are the same; cells are compared by value.
 */
import { a1 } from '../../src/domain/a1';
import type { CellValue, RangeSnapshot, WorkbookSnapshot } from '../../src/domain/snapshot';
import { readXlsx } from '../../src/xlsx/readSnapshot';
import type { XlsxReadOptions } from '../../src/xlsx/read';
import { UnreadableWorkbook, readWorkbookBytes } from '../../src/xlsx/read';

function cells(r: RangeSnapshot): Map<string, CellValue> {
  const m = new Map<string, CellValue>();
  r.values.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v !== null && v !== '') m.set(a1(r.row + i, r.col + j), v);
    }),
  );
  return m;
}

const show = (v: CellValue | undefined): string => (v === undefined ? '(empty)' : JSON.stringify(v));

function compareCells(where: string, oracle: RangeSnapshot, mine: RangeSnapshot, out: string[]): void {
  const a = cells(oracle);
  const b = cells(mine);
  for (const [k, v] of a) {
    const w = b.get(k);
    if (JSON.stringify(v) !== JSON.stringify(w)) out.push(`${where}!${k}: ${show(v)} → ${show(w)}`);
  }
  for (const [k, w] of b) if (!a.has(k)) out.push(`${where}!${k}: (empty) → ${show(w)}`);
}

/** Same anchor and width; `mine` is shorter and the oracle's extra rows are all empty. */
function trailingEmptyRowsOnly(oracle: RangeSnapshot, mine: RangeSnapshot): boolean {
  if (oracle.row !== mine.row || oracle.col !== mine.col || mine.values.length >= oracle.values.length) return false;
  if ((oracle.values[0]?.length ?? 0) !== (mine.values[0]?.length ?? 0)) return false;
  return oracle.values.slice(mine.values.length).every((line) => line.every((v) => v === null || v === ''));
}

export function snapshotDifferences(oracle: WorkbookSnapshot, mine: WorkbookSnapshot): string[] {
  const out: string[] = [];
  if (JSON.stringify(oracle.sheetNames) !== JSON.stringify(mine.sheetNames)) {
    out.push(`sheets: ${JSON.stringify(oracle.sheetNames)} → ${JSON.stringify(mine.sheetNames)}`);
  }
  for (const s of oracle.sheets) {
    const t = mine.sheets.find((x) => x.name === s.name);
    if (t !== undefined) compareCells(s.name, s.used, t.used, out);
  }
  const names = [...new Set([...oracle.tables, ...mine.tables].map((t) => t.name))].sort();
  for (const name of names) {
    const a = oracle.tables.find((t) => t.name === name);
    const b = mine.tables.find((t) => t.name === name);
    const place = (t: typeof a): string =>
      t === undefined ? '(none)' : `${t.sheet}!${a1(t.range.row, t.range.col)} ${t.range.values.length}×${t.range.values[0]?.length ?? 0}`;
    if (a !== undefined && b !== undefined && trailingEmptyRowsOnly(a.range, b.range)) {
      out.push(`table ${name}: ${a.range.values.length - b.range.values.length} empty rows at the end not read`);
      compareCells(`table ${name}`, a.range, b.range, out);
    } else if (place(a) !== place(b)) out.push(`table ${name}: ${place(a)} → ${place(b)}`);
    else if (a !== undefined && b !== undefined) compareCells(`table ${name}`, a.range, b.range, out);
  }
  return out;
}

export type Outcome = { readonly ok: WorkbookSnapshot } | { readonly error: string };

export async function oracleOf(bytes: Uint8Array): Promise<Outcome> {
  try {
    return { ok: await readXlsx(bytes) };
  } catch (e) {
    return { error: `exceljs fails: ${(e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 80)}` };
  }
}

export function mineOf(bytes: Uint8Array, options: XlsxReadOptions = {}): Outcome {
  try {
    return { ok: readWorkbookBytes(bytes, { allSheets: true, ...options }) };
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return { error: `unreadable: ${e.describe('en')}` };
    throw e;
  }
}

/** Differences between the two readers' outcomes; [] when they agree. */
export function outcomeDifferences(oracle: Outcome, mine: Outcome): string[] {
  if ('ok' in oracle && 'ok' in mine) return snapshotDifferences(oracle.ok, mine.ok);
  if ('error' in oracle && 'error' in mine) return [`both fail: ${oracle.error} | ${mine.error}`];
  if ('error' in oracle) return [`${oracle.error}; the new reader reads it`];
  return [`exceljs reads it; ${(mine as { error: string }).error}`];
}
