/**
 * Which cells to mark for a list of findings, and how a mark looks, the same in every gateway: the
 * Excel adapter turns each area string into one conditional format (src/excel/highlight.ts), the memory
 * gateway fills the cells (src/taskpane/harness/memoryGateway.ts). As few multi-area address strings per
 * sheet and severity as possible.
 *
 * - errors and warnings are marked; info findings are not (nothing to fix);
 * - a finding on a sheet that does not exist (S001: the sheet is missing) or with an address that is
 *   not an A1 cell/range is skipped and counted, never sent to Excel (it would fail the whole batch);
 * - single cells in one column on consecutive rows merge into one range (`J2`,`J3`,`J4` → `J2:J4`);
 * - a cell marked as an error is not marked again as a warning, nor a cell inside a marked range of
 *   the same colour;
 * - the areas are joined with commas into strings of at most `maxChars` characters.
 */
import type { Finding } from './finding';
import type { CellRange } from './a1';
import { a1Range, columnLetters, parseA1, parseRange } from './a1';

export type MarkedSeverity = 'error' | 'warning';

export interface HighlightArea {
  /** The sheet's name as the workbook spells it. */
  readonly sheet: string;
  readonly severity: MarkedSeverity;
  /** Comma-separated A1 areas, e.g. `B3,J2:J20`. */
  readonly address: string;
  /** Number of areas in `address`. */
  readonly areas: number;
}

export interface HighlightPlan {
  /** Warnings first, then errors: conditional formats added later take priority, so red wins. */
  readonly areas: readonly HighlightArea[];
  /** Findings that could not be marked (missing sheet, no usable address). */
  readonly skipped: number;
}

/** How a mark looks: Excel's own "light red fill with dark red text" and "yellow fill with dark yellow text". */
export const HIGHLIGHT_COLOURS: Readonly<Record<MarkedSeverity, { readonly fill: string; readonly font: string }>> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
};

/** Conservative length of one address string passed to `getRanges`. */
export const MAX_ADDRESS_CHARS = 2_000;

/** `B3`, `$B$3`, `A1:M1` (no sheet prefix, within Excel's grid) → normalized `B3` / `A1:M1`; null for anything else. */
export function normalizeArea(address: string): string | null {
  const r = parseRange(address.trim());
  if (r === null || r.right > 16_383 || r.bottom > 1_048_575) return null;
  return a1Range(r.top, r.left, r.bottom, r.right);
}

export function planHighlights(
  findings: readonly Pick<Finding, 'sheet' | 'cell' | 'severity'>[],
  sheetNames: readonly string[],
  maxChars = MAX_ADDRESS_CHARS,
): HighlightPlan {
  const sheetByKey = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const marks = new Map<string, { error: Set<string>; warning: Set<string> }>();
  let skipped = 0;
  for (const f of findings) {
    if (f.severity !== 'error' && f.severity !== 'warning') continue;
    const sheet = typeof f.sheet === 'string' ? sheetByKey.get(f.sheet.toLowerCase()) : undefined;
    const area = typeof f.cell === 'string' ? normalizeArea(f.cell) : null;
    if (!sheet || !area) {
      skipped++;
      continue;
    }
    let entry = marks.get(sheet);
    if (!entry) {
      entry = { error: new Set(), warning: new Set() };
      marks.set(sheet, entry);
    }
    entry[f.severity].add(area);
  }
  const areas: HighlightArea[] = [];
  for (const severity of ['warning', 'error'] as const) {
    for (const [sheet, entry] of marks) {
      const errorRanges = rangesOf(entry.error);
      const own =
        severity === 'warning'
          ? [...entry.warning].filter((a) => !entry.error.has(a) && !covered(a, errorRanges))
          : [...entry.error];
      // A cell inside a range of the same colour adds nothing (and overlapping areas are best avoided).
      const ownRanges = rangesOf(own);
      const set = own.filter((a) => !covered(a, ownRanges));
      for (const chunk of joinAreas(mergeCells(set), maxChars)) {
        areas.push({ sheet, severity, address: chunk.address, areas: chunk.count });
      }
    }
  }
  return { areas, skipped };
}

type Bounds = CellRange & { readonly area: string };

function rangesOf(areas: Iterable<string>): Bounds[] {
  const out: Bounds[] = [];
  for (const area of areas) {
    const b = area.includes(':') ? parseRange(area) : null;
    if (b) out.push({ ...b, area });
  }
  return out;
}

/** True when `area` lies inside one of the `ranges` other than itself. */
function covered(area: string, ranges: readonly Bounds[]): boolean {
  if (ranges.length === 0) return false;
  const x = parseRange(area);
  if (!x) return false;
  return ranges.some((y) => y.area !== area && y.top <= x.top && y.left <= x.left && y.bottom >= x.bottom && y.right >= x.right);
}

/** Single cells of a column on consecutive rows become one range; ranges are kept as they are. */
export function mergeCells(areas: readonly string[]): string[] {
  const ranges: string[] = [];
  const byColumn = new Map<string, number[]>();
  for (const a of areas) {
    const cell = a.includes(':') ? null : parseA1(a);
    if (!cell) {
      ranges.push(a);
      continue;
    }
    const col = columnLetters(cell.col);
    const rows = byColumn.get(col) ?? [];
    rows.push(cell.row + 1);
    byColumn.set(col, rows);
  }
  const merged: string[] = [];
  for (const [col, rows] of byColumn) {
    rows.sort((x, y) => x - y);
    let start = rows[0];
    let prev = rows[0];
    const flush = (): void => {
      merged.push(start === prev ? `${col}${start}` : `${col}${start}:${col}${prev}`);
    };
    for (const r of rows.slice(1)) {
      if (r === prev) continue;
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      flush();
      start = r;
      prev = r;
    }
    flush();
  }
  return [...merged, ...ranges];
}

function joinAreas(areas: readonly string[], maxChars: number): { address: string; count: number }[] {
  const out: { address: string; count: number }[] = [];
  let current: string[] = [];
  let length = 0;
  for (const a of areas) {
    if (current.length > 0 && length + 1 + a.length > maxChars) {
      out.push({ address: current.join(','), count: current.length });
      current = [];
      length = 0;
    }
    length += (current.length > 0 ? 1 : 0) + a.length;
    current.push(a);
  }
  if (current.length > 0) out.push({ address: current.join(','), count: current.length });
  return out;
}
