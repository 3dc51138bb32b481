/**
 * Writing cells into a worksheet part's XML at the text level: only the `<row>` elements that get a cell
 * written or removed are rebuilt (their other cells kept as they were, character for character); every
 * other byte of the part stays. Values are written as values — numbers as numbers, text as inline strings,
 * never as formulas — and a cell that holds a formula is never overwritten (FollowUpConflictError `formula`).
 */
import { a1, a1Range, columnLetters, parseA1 } from '../../domain/a1';
import { FollowUpConflictError } from '../../domain/record/conflicts';
import { attr, escapeXmlText, removeAttr, setAttr } from './xml';

/** A value as it goes into the file. `style` is the index into styles.xml's cellXfs (omitted: default). */
export type XmlCellValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: string };

export interface XmlCell {
  readonly value: XmlCellValue;
  readonly style?: number;
}

/** One cell to write (`cell`) or to empty (`null`), at zero-based sheet coordinates. */
export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly cell: XmlCell | null;
}

/** The sheet's cells as the part holds them: per zero-based row, per column, the `<c>` element text. */
interface ParsedRow {
  readonly index: number;
  readonly startTag: string;
  readonly cells: Map<number, string>;
  /** Anything in the row besides cells (an `extLst`), kept after them. */
  readonly trailer: string;
}

const ROW = /<((?:\w+:)?)row\b[^>]*?(?:\/>|>[\s\S]*?<\/\1row>)/g;
const CELL = /<((?:\w+:)?)c\b[^>]*?(?:\/>|>[\s\S]*?<\/\1c>)/g;

function startTagOf(element: string): string {
  return /^<[^>]*>/.exec(element)?.[0] ?? element;
}

function parseRow(element: string, implicitIndex: number): ParsedRow {
  const startTag = startTagOf(element);
  const r = Number(attr(startTag, 'r'));
  const index = Number.isInteger(r) && r >= 1 ? r - 1 : implicitIndex;
  const cells = new Map<number, string>();
  let nextCol = 0;
  let body = startTag.endsWith('/>') ? '' : element.slice(startTag.length, element.lastIndexOf('</'));
  for (const m of body.matchAll(CELL)) {
    const ref = attr(startTagOf(m[0]), 'r');
    const col = ref === null ? nextCol : (parseA1(ref)?.col ?? nextCol);
    cells.set(col, m[0]);
    nextCol = col + 1;
  }
  body = body.replace(CELL, '').trim();
  return { index, startTag, cells, trailer: body };
}

function cellXml(row: number, col: number, cell: XmlCell, prefix: string): string {
  const style = cell.style !== undefined && cell.style > 0 ? ` s="${cell.style}"` : '';
  const ref = a1(row, col);
  const v = cell.value;
  switch (v.kind) {
    case 'number':
      if (!Number.isFinite(v.value)) throw new Error(`not a finite number for ${ref}`);
      return `<${prefix}c r="${ref}"${style}><${prefix}v>${String(v.value)}</${prefix}v></${prefix}c>`;
    case 'boolean':
      return `<${prefix}c r="${ref}"${style} t="b"><${prefix}v>${v.value ? 1 : 0}</${prefix}v></${prefix}c>`;
    case 'error':
      return `<${prefix}c r="${ref}"${style} t="e"><${prefix}v>${escapeXmlText(v.value)}</${prefix}v></${prefix}c>`;
    case 'text':
      return `<${prefix}c r="${ref}"${style} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXmlText(v.value)}</${prefix}t></${prefix}is></${prefix}c>`;
  }
}

/** True when the `<c>` element holds a formula (`<f>`), which Plankoll never overwrites. */
function hasFormula(cell: string): boolean {
  return /<(?:\w+:)?f[\s>/]/.test(cell);
}

function rowXml(row: ParsedRow, prefix: string): string {
  let start = removeAttr(setAttr(row.startTag.replace(/\/>$/, '>'), 'r', String(row.index + 1)), 'spans');
  if (!start.endsWith('>')) start += '>';
  if (row.cells.size === 0 && row.trailer === '') return start.replace(/>$/, '/>');
  const cells = [...row.cells.entries()].sort((a, b) => a[0] - b[0]).map(([, xml]) => xml);
  return `${start}${cells.join('')}${row.trailer}</${prefix}row>`;
}


/** The `<sheetData>` element of a worksheet part: where it is and what prefix its elements use. */
function sheetDataOf(xml: string): { start: number; end: number; inner: string; open: string; prefix: string } {
  const m = /<((?:\w+:)?)sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1sheetData>)/.exec(xml);
  if (m === null || m.index === undefined) throw new Error('malformed worksheet part: no sheetData');
  const open = startTagOf(m[0]);
  return { start: m.index, end: m.index + m[0].length, inner: m[2] ?? '', open, prefix: m[1] };
}

/**
 * The worksheet part `xml` with `writes` applied. `sheetName` is for the error when a target cell holds a
 * formula. The `<dimension>` grows to cover what was written.
 */
export function writeCells(xml: string, writes: readonly CellWrite[], sheetName: string): string {
  if (writes.length === 0) return xml;
  const data = sheetDataOf(xml);
  const byRow = new Map<number, CellWrite[]>();
  for (const w of writes) {
    const list = byRow.get(w.row);
    if (list) list.push(w);
    else byRow.set(w.row, [w]);
  }

  // Walk the rows in order; rebuild the ones written, keep the others' text; new rows go in order.
  const pieces: string[] = [];
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  let p = 0;
  let last = 0;
  let implicit = 0;
  const emitNew = (upTo: number): void => {
    while (p < pending.length && pending[p] < upTo) {
      const row: ParsedRow = { index: pending[p], startTag: `<${data.prefix}row>`, cells: new Map(), trailer: '' };
      applyWrites(row, byRow.get(pending[p]) ?? [], sheetName, data.prefix);
      if (row.cells.size > 0) pieces.push(rowXml(row, data.prefix));
      p++;
    }
  };
  for (const m of data.inner.matchAll(ROW)) {
    const parsed = parseRow(m[0], implicit);
    implicit = parsed.index + 1;
    pieces.push(data.inner.slice(last, m.index));
    emitNew(parsed.index);
    last = (m.index ?? 0) + m[0].length;
    const mine = byRow.get(parsed.index);
    if (mine === undefined) {
      pieces.push(m[0]);
      continue;
    }
    if (p < pending.length && pending[p] === parsed.index) p++;
    applyWrites(parsed, mine, sheetName, data.prefix);
    pieces.push(rowXml(parsed, data.prefix));
  }
  const tail = data.inner.slice(last);
  emitNew(Number.POSITIVE_INFINITY);
  const inner = pieces.join('') + tail;
  const open = data.open.endsWith('/>') ? data.open.replace(/\s*\/>$/, '>') : data.open;
  const sheetData = `${open}${inner}</${data.prefix}sheetData>`;
  return growDimension(xml.slice(0, data.start) + sheetData + xml.slice(data.end), writes);
}

function applyWrites(row: ParsedRow, writes: readonly CellWrite[], sheetName: string, prefix: string): void {
  for (const w of writes) {
    const existing = row.cells.get(w.col);
    if (existing !== undefined && hasFormula(existing)) throw new FollowUpConflictError({ kind: 'formula', sheet: sheetName, cell: a1(w.row, w.col) });
    if (w.cell === null) row.cells.delete(w.col);
    else row.cells.set(w.col, cellXml(w.row, w.col, w.cell, prefix));
  }
}

/** `<dimension ref>` widened to cover the written cells (left as it is when it already does). */
function growDimension(xml: string, writes: readonly CellWrite[]): string {
  const m = /<(?:\w+:)?dimension\b[^>]*?\/?>/.exec(xml);
  if (m === null || m.index === undefined) return xml;
  const ref = attr(m[0], 'ref') ?? '';
  const [first, second] = ref.split(':');
  const a = parseA1(first ?? '');
  const b = parseA1(second ?? first ?? '');
  let top = a?.row ?? Infinity;
  let left = a?.col ?? Infinity;
  let bottom = b?.row ?? -1;
  let right = b?.col ?? -1;
  for (const w of writes) {
    if (w.cell === null) continue;
    top = Math.min(top, w.row);
    left = Math.min(left, w.col);
    bottom = Math.max(bottom, w.row);
    right = Math.max(right, w.col);
  }
  if (bottom < 0) return xml;
  const next = a1Range(top, left, bottom, right);
  if (next === ref) return xml;
  return xml.slice(0, m.index) + setAttr(m[0], 'ref', next) + xml.slice(m.index + m[0].length);
}

/** The style index (`s`) of the cell at (row, col) in the part, or undefined when there is no such cell. */
export function styleAt(xml: string, row: number, col: number): number | undefined {
  const data = sheetDataOf(xml);
  let implicit = 0;
  for (const m of data.inner.matchAll(ROW)) {
    const parsed = parseRow(m[0], implicit);
    implicit = parsed.index + 1;
    if (parsed.index < row) continue;
    if (parsed.index > row) return undefined;
    const cell = parsed.cells.get(col);
    if (cell === undefined) return undefined;
    const s = Number(attr(startTagOf(cell), 's') ?? 0);
    return Number.isInteger(s) && s >= 0 ? s : 0;
  }
  return undefined;
}

/**
 * Sqref ranges (data validations, conditional formats) that end on the table's old last data row, within
 * its columns, extended down to `newLastRow` (zero-based rows), so typed-in rules follow the table as it
 * grows. Other ranges are left as they were.
 */
export function extendRules(xml: string, cols: { readonly left: number; readonly right: number }, firstDataRow: number, oldLastRow: number, newLastRow: number): string {
  if (newLastRow <= oldLastRow) return xml;
  return xml.replace(/<(?:\w+:)?(?:dataValidation|conditionalFormatting)\b[^>]*>/g, (tag) => {
    const sqref = attr(tag, 'sqref');
    if (sqref === null) return tag;
    const next = sqref
      .split(/\s+/)
      .filter((r) => r !== '')
      .map((range) => {
        const [p, q] = range.split(':');
        const a = parseA1(p ?? '');
        const b = parseA1(q ?? p ?? '');
        if (a === null || b === null) return range;
        const inside = a.col >= cols.left && b.col <= cols.right && a.row >= firstDataRow && b.row === oldLastRow;
        return inside ? `${columnLetters(a.col)}${a.row + 1}:${columnLetters(b.col)}${newLastRow + 1}` : range;
      })
      .join(' ');
    return next === sqref ? tag : setAttr(tag, 'sqref', next);
  });
}
