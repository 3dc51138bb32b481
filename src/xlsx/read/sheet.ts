/**
 * One worksheet part, streamed: the cells of `<sheetData>` that the caller keeps (the whole sheet, or
 * only the blocks of some tables), as parallel arrays of row, column and value. Nothing after
 * `<sheetData>` is parsed: data validations, conditional formats and merged ranges are never expanded.
 *
 * Bounds: a row or column beyond Excel's grid is an UnreadableWorkbook at once (it would be a bogus
 * number that no cell can have); kept cells count against a shared limit.
 */
import { columnLetters } from '../../domain/a1';
import type { CellValue } from '../../domain/snapshot';
import { UnreadableWorkbook, words } from './errors';
import type { Styles } from './parts';
import type { CellAttrs, ScanHandler } from './scan';
import { scanPart } from './scan';
import type { ZipEntry, ZipPackage } from './zip';

/** Excel's grid: rows 1..1 048 576, columns A..XFD (1..16 384). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A formula cell saved without its result (by a program that does not calculate). */
export class NoResult {
  constructor(readonly formula: string) {}
}

export type RawValue = CellValue | NoResult;

/** Zero-based, inclusive. */
export interface Rect {
  readonly row1: number;
  readonly col1: number;
  readonly row2: number;
  readonly col2: number;
}

export interface KeepPlan {
  /** Keep every cell of the sheet; otherwise only the cells inside `rects`. */
  readonly whole: boolean;
  readonly rects: readonly Rect[];
}

/** What a kept cell's `nums` entry is. */
export const NUMBER = 0;
export const SHARED = 1;
export const OTHER = 2;

/**
 * The kept cells, cell i for i < count, in typed arrays filled in place (they are longer than count):
 * growing plain arrays cell by cell cost a good part of reading a large sheet.
 */
export interface SheetCells {
  count: number;
  rows: Int32Array;
  cols: Int32Array;
  /** NUMBER, SHARED or OTHER: what `nums` holds for the cell. */
  kinds: Uint8Array;
  /** The cell's number, its shared string's index, or its index in `others`. */
  nums: Float64Array;
  /** The values that are not numbers (text, booleans, errors, formulas without a result). */
  readonly others: RawValue[];
  /** Number format per kept cell, when asked for. */
  readonly formats: string[] | null;
}

export interface CellBudget {
  readonly limit: number;
  used: number;
  /** Rows a kept cell may lie on (zero-based row < maxRows). */
  readonly maxRows: number;
}

export interface SheetReadContext {
  readonly zip: ZipPackage;
  /** Where the shared strings the kept cells use are noted. */
  readonly strings: WantedStrings;
  readonly styles: Styles;
  readonly date1904: boolean;
  readonly withFormats: boolean;
  readonly cells: CellBudget;
}

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days from the 1900 system's day 0 to the 1904 system's. */
const DAYS_1904 = 1462;

/** An ISO 8601 date or date-time (`t="d"` cells) as a serial in the 1900 system; null when it is not one. */
export function isoToSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (m === null) {
    // A time alone (`T12:30:00` or `12:30:00`) is a fraction of a day.
    const t = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(text.trim());
    if (t === null) return null;
    return (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) / 86_400;
  }
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  const d = new Date(ms);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return Math.round((UNIX_EPOCH_SERIAL + ms / MS_PER_DAY) * 1e8) / 1e8;
}

/** Where a cell's `r`, `t` and `s` are read into: one object, read at once (a cell is not worth an allocation). */
const CELL: CellAttrs = { hasRef: false, row: -1, col: -1, type: '', style: undefined };

/** The same numbers in an array twice as long. */
function grown<A extends Int32Array | Uint8Array | Float64Array>(a: A): A {
  const b = new (a.constructor as new (n: number) => A)(a.length * 2);
  b.set(a);
  return b;
}

type Collect = 'none' | 'v' | 't' | 'f';

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Excel writes characters XML cannot hold (a carriage return, control characters) as `_xHHHH_`. */
export function unescapeOoxml(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function readSheetCells(ctx: SheetReadContext, entry: ZipEntry, sheet: string, keep: KeepPlan): SheetCells {
  const cellsBefore = ctx.cells.used;
  let out: SheetCells | null = null;
  scanPart(
    ctx.zip,
    entry,
    () => {
      // A second reading (scan.ts) starts over: the cells the first one kept are not counted twice.
      ctx.cells.used = cellsBefore;
      const handler = sheetHandler(ctx, entry, sheet, keep);
      out = handler.out;
      return handler;
    },
    sheet,
  );
  return out as unknown as SheetCells; // set by the first call of the factory above
}

/** The cells of one worksheet part, as ScanHandler events arrive; `out` fills as it reads. */
function sheetHandler(ctx: SheetReadContext, entry: ZipEntry, sheet: string, keep: KeepPlan): ScanHandler & { readonly out: SheetCells } {
  // Room for as many cells as the part could hold by its stated size (a kept cell takes at least 15 bytes,
  // `<c><v>1</v></c>`), at most a million to start with; doubled when a part holds more. Only the part
  // of the arrays that is filled is ever touched. A sheet read only for its tables' areas needs no more room
  // than those areas hold (a big sheet with a small table).
  const area = keep.whole ? Infinity : keep.rects.reduce((n, x) => n + (x.row2 - x.row1 + 1) * (x.col2 - x.col1 + 1), 0);
  const room = Math.max(16, Math.min(Math.ceil(entry.uncompressedSize / 15), area, ctx.cells.limit, 1 << 20));
  const out: SheetCells = {
    count: 0,
    rows: new Int32Array(room),
    cols: new Int32Array(room),
    kinds: new Uint8Array(room),
    nums: new Float64Array(room),
    others: [],
    formats: ctx.withFormats ? [] : null,
  };
  const { styles, date1904, cells, strings } = ctx;
  const rects = keep.rects;
  const inKept = (r: number, c: number): boolean => {
    if (keep.whole) return true;
    for (const x of rects) if (r >= x.row1 && r <= x.row2 && c >= x.col1 && c <= x.col2) return true;
    return false;
  };
  const beyond = (where: string): UnreadableWorkbook => new UnreadableWorkbook('beyondLimits', { sheet, part: entry.name, where });

  let inSheetData = false;
  let finished = false;
  let row = -1;
  let nextCol = 0;
  // The cell being read.
  let cRow = -1;
  let cCol = -1;
  let cType = '';
  let cStyle = 0;
  let hasFormula = false;
  let formula = '';
  let v = '';
  let hasV = false;
  /** The `<v>` of a number or shared-string cell as a number, when it was plain digits (scan.ts); NaN otherwise. */
  let vNumber = NaN;
  let numeric = false;
  let inline = '';
  let depthIs = 0;
  let inRph = 0;
  let collect: Collect = 'none';

  const finishCell = (): void => {
    if (cRow < 0 || cCol < 0) return;
    if (!inKept(cRow, cCol)) return;
    let value: RawValue;
    let shared = false;
    switch (cType) {
      case 's': {
        const i = !Number.isNaN(vNumber) ? vNumber : v.trim() === '' ? NaN : Number(v);
        shared = hasV && Number.isInteger(i) && i >= 0;
        value = shared ? i : null;
        break;
      }
      case 'inlineStr':
        value = unescapeOoxml(inline === '' ? (hasV ? v : '') : inline);
        break;
      case 'str':
        value = hasV ? unescapeOoxml(v) : null;
        break;
      case 'b':
        value = hasV ? v.trim() === '1' || v.trim().toLowerCase() === 'true' : null;
        break;
      case 'e':
        value = hasV && v !== '' ? { error: v } : null;
        break;
      case 'd': {
        if (!hasV || v === '') {
          value = null;
          break;
        }
        value = isoToSerial(v) ?? v;
        break;
      }
      default: {
        if (!hasV || (Number.isNaN(vNumber) && v.trim() === '')) {
          value = null;
          break;
        }
        const n = !Number.isNaN(vNumber) ? vNumber : Number(v);
        if (!Number.isFinite(n)) {
          value = null;
          break;
        }
        value = date1904 && styles.isDate[cStyle] === true ? n + DAYS_1904 : n;
      }
    }
    if (value === null && hasFormula && !hasV) value = new NoResult(formula);
    if (value === null || value === '') return;
    if (cRow >= cells.maxRows) {
      const where = `${columnLetters(cCol)}${cRow + 1}`;
      const max = cells.maxRows.toLocaleString('sv-SE');
      throw new UnreadableWorkbook('tooManyCells', {
        sheet,
        part: entry.name,
        where,
        what: words(
          `det finns värden nedanför rad ${max} (${where}); Plankoll läser planens blad ned till rad ${max}: ta bort raderna under planen`,
          `there are values below row ${cells.maxRows.toLocaleString('en-US')} (${where}); Plankoll reads the plan's sheets down to row ${cells.maxRows.toLocaleString('en-US')}: delete the rows below the plan`,
        ),
      });
    }
    if (++cells.used > cells.limit) {
      throw new UnreadableWorkbook('tooManyCells', {
        sheet,
        part: entry.name,
        what: words(`mer än ${cells.limit.toLocaleString('sv-SE')} ifyllda celler`, `more than ${cells.limit.toLocaleString('en-US')} filled cells`),
      });
    }
    const n = out.count++;
    if (n === out.rows.length) {
      out.rows = grown(out.rows);
      out.cols = grown(out.cols);
      out.kinds = grown(out.kinds);
      out.nums = grown(out.nums);
    }
    out.rows[n] = cRow;
    out.cols[n] = cCol;
    if (shared) {
      strings.add(value as number);
      out.kinds[n] = SHARED;
      out.nums[n] = value as number;
    } else if (typeof value === 'number') {
      out.kinds[n] = NUMBER;
      out.nums[n] = value;
    } else {
      out.kinds[n] = OTHER;
      out.nums[n] = out.others.length;
      out.others.push(value);
    }
    out.formats?.push(styles.format[cStyle] ?? '');
  };

  return {
    out,
    open(tag, a) {
      if (!inSheetData) {
        if (tag === 'sheetData') inSheetData = true;
        return;
      }
      switch (tag) {
        case 'row': {
          const ar = a.number('r');
          const r = ar === undefined ? row + 1 : ar - 1;
          if (!Number.isInteger(r) || r < 0 || r >= MAX_ROWS) {
            throw beyond(ar === undefined ? `row ${r + 1}` : `row ${a.get('r')}`);
          }
          row = r;
          nextCol = 0;
          return;
        }
        case 'c': {
          let r = row;
          let c = nextCol;
          a.cell(CELL);
          const hasRef = CELL.hasRef;
          if (hasRef) {
            if (CELL.col >= 0) c = CELL.col;
            if (CELL.row >= 0) r = CELL.row;
          }
          if (r < 0) r = row < 0 ? 0 : row;
          if (r >= MAX_ROWS || c >= MAX_COLS) throw beyond(hasRef ? (a.get('r') as string) : `${columnLetters(c)}${r + 1}`);
          cRow = r;
          cCol = c;
          nextCol = c + 1;
          cType = CELL.type;
          // Number and shared-string cells may take their <v> as a number; other types keep its text as written.
          numeric = cType === '' || cType === 's' || cType === 'n';
          vNumber = NaN;
          const s = CELL.style ?? 0;
          cStyle = Number.isInteger(s) && s >= 0 ? s : 0;
          hasFormula = false;
          formula = '';
          v = '';
          hasV = false;
          inline = '';
          depthIs = 0;
          inRph = 0;
          return;
        }
        case 'v':
          collect = 'v';
          hasV = true;
          return;
        case 'f':
          hasFormula = true;
          collect = 'f';
          return;
        case 'is':
          depthIs++;
          return;
        case 'rPh':
          inRph++;
          return;
        case 't':
          if (depthIs > 0 && inRph === 0) collect = 't';
          return;
        default:
          return;
      }
    },
    text(t) {
      switch (collect) {
        case 'v':
          if (!Number.isNaN(vNumber)) {
            // More text after digits taken as a number (a comment inside <v>): the text as a whole after all.
            v = String(vNumber);
            vNumber = NaN;
          }
          v += t;
          return;
        case 't':
          inline += t;
          return;
        case 'f':
          formula += t;
          return;
        default:
          return;
      }
    },
    close(tag) {
      if (!inSheetData) return;
      switch (tag) {
        case 'v':
        case 't':
        case 'f':
          collect = 'none';
          return;
        case 'is':
          depthIs--;
          return;
        case 'rPh':
          inRph--;
          return;
        case 'c':
          finishCell();
          cRow = -1;
          return;
        case 'sheetData':
          inSheetData = false;
          finished = true;
          return;
        default:
          return;
      }
    },
    wantsText: () => collect !== 'none',
    number(n) {
      if (collect !== 'v' || !numeric || v !== '' || !Number.isNaN(vNumber)) return false;
      vNumber = n;
      return true;
    },
    done: () => finished,
  };
}

/** Shared-string indexes below this are flagged in an array; larger ones (a damaged or odd file) in a set. */
const FLAGGED = 1 << 24;

/**
 * Which shared strings the kept cells refer to, noted as the cells are read (no second pass over them).
 * A sheet read a second time (scan.ts) may leave a few more noted than its cells use: that costs only
 * reading those strings.
 */
export class WantedStrings {
  private flags = new Uint8Array(1024);
  private readonly far = new Set<number>();
  /** The largest index wanted; -1 when none. */
  max = -1;

  add(index: number): void {
    if (index > this.max) this.max = index;
    if (index >= FLAGGED) {
      this.far.add(index);
      return;
    }
    if (index >= this.flags.length) {
      const grown = new Uint8Array(Math.min(FLAGGED, Math.max(index + 1, this.flags.length * 2)));
      grown.set(this.flags);
      this.flags = grown;
    }
    this.flags[index] = 1;
  }

  has(index: number): boolean {
    return index < this.flags.length ? this.flags[index] === 1 : this.far.has(index);
  }
}

/**
 * The kept shared strings: streams the shared-strings part and keeps only the indexes in `wanted` (the
 * text of rich-text runs joined, phonetic runs left out), by index; undefined for the others.
 */
export function readSharedStrings(zip: ZipPackage, entry: ZipEntry, wanted: WantedStrings): (string | undefined)[] {
  let out: (string | undefined)[] = [];
  if (wanted.max < 0) return out;
  scanPart(zip, entry, () => {
    out = [];
    return sharedStringsHandler(out, wanted);
  });
  return out;
}

function sharedStringsHandler(out: (string | undefined)[], wanted: WantedStrings): ScanHandler {
  const max = wanted.max;
  let index = -1;
  let want = false;
  let text = '';
  let inT = false;
  let inRph = 0;
  let finished = false;
  return {
    open(tag) {
      if (tag === 'si') {
        index++;
        want = wanted.has(index);
        text = '';
      } else if (tag === 'rPh') inRph++;
      else if (tag === 't' && inRph === 0) inT = true;
    },
    text(t) {
      text += t;
    },
    close(tag) {
      if (tag === 't') inT = false;
      else if (tag === 'rPh') inRph--;
      else if (tag === 'si') {
        if (want) out[index] = unescapeOoxml(text);
        if (index >= max) finished = true;
      }
    },
    wantsText: () => inT && want,
    done: () => finished,
  };
}
