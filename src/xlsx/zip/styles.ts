/**
 * The workbook's styles part at the text level: what number format a cell style (a `cellXfs` entry) has,
 * and a plain cell style with a given number format — reused when the workbook has one, else added at the
 * end of `cellXfs` (with its `numFmt` when the format is not built in). Adding entries is the only change;
 * existing indexes never move, so every existing cell keeps its look.
 */
import { attr, escapeXmlAttr, setAttr } from './xml';

/** Built-in number formats Plankoll uses, by code (ECMA-376 §18.8.30). */
const BUILT_IN: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '@': 49 };

/** Built-in format ids that are dates or times. */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

interface Xf {
  readonly element: string;
  readonly numFmtId: number;
}

export class StylesPart {
  private xml: string;
  private dirty = false;
  private readonly added = new Map<string, number>();

  constructor(xml: string) {
    this.xml = xml;
  }

  get changed(): boolean {
    return this.dirty;
  }

  get text(): string {
    return this.xml;
  }

  private numFmts(): Map<number, string> {
    const out = new Map<number, string>();
    const block = /<(?:\w+:)?numFmts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?numFmts>/.exec(this.xml)?.[1] ?? '';
    for (const m of block.matchAll(/<(?:\w+:)?numFmt\b[^>]*?\/?>/g)) {
      const id = Number(attr(m[0], 'numFmtId'));
      const code = attr(m[0], 'formatCode');
      if (Number.isInteger(id) && code !== null) out.set(id, code);
    }
    return out;
  }

  private cellXfs(): { xfs: Xf[]; open: string; start: number; end: number; prefix: string } | null {
    const m = /<((?:\w+:)?)cellXfs\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1cellXfs>)/.exec(this.xml);
    if (m === null || m.index === undefined) return null;
    const inner = m[2] ?? '';
    const xfs = [...inner.matchAll(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?xf>)/g)].map((x) => ({
      element: x[0],
      numFmtId: Number(attr(x[0], 'numFmtId') ?? 0),
    }));
    return { xfs, open: /^<[^>]*>/.exec(m[0])?.[0] ?? '', start: m.index, end: m.index + m[0].length, prefix: m[1] };
  }

  /** The number format code of cell style `index` (`General` when unknown). */
  formatOf(index: number): string {
    const xf = this.cellXfs()?.xfs[index];
    if (xf === undefined) return 'General';
    const custom = this.numFmts().get(xf.numFmtId);
    if (custom !== undefined) return custom;
    if (BUILT_IN_DATES.has(xf.numFmtId)) return 'yyyy-mm-dd';
    return Object.entries(BUILT_IN).find(([, id]) => id === xf.numFmtId)?.[0] ?? 'General';
  }

  /** True when cell style `index` shows a number as a date. */
  isDateStyle(index: number): boolean {
    const xf = this.cellXfs()?.xfs[index];
    if (xf === undefined) return false;
    if (BUILT_IN_DATES.has(xf.numFmtId)) return true;
    const code = this.numFmts().get(xf.numFmtId);
    return code !== undefined && isDateFormat(code);
  }

  /**
   * The index of a plain cell style (default font, fill and border) with number format `code`: an existing
   * one when the workbook has it, else a new `cellXfs` entry.
   */
  styleFor(code: string): number {
    const known = this.added.get(code);
    if (known !== undefined) return known;
    const xfs = this.cellXfs();
    if (xfs === null) throw new Error('malformed styles part: no cellXfs');
    let id = BUILT_IN[code];
    if (id === undefined) {
      const fmts = this.numFmts();
      const existing = [...fmts.entries()].find(([, c]) => c === code)?.[0];
      id = existing ?? this.addNumFmt(code, Math.max(163, ...fmts.keys()) + 1);
    }
    const fresh = this.cellXfs();
    if (fresh === null) throw new Error('malformed styles part: no cellXfs');
    const plain = fresh.xfs.findIndex((x) => x.numFmtId === id && isPlain(x.element));
    if (plain >= 0) {
      this.added.set(code, plain);
      return plain;
    }
    const p = fresh.prefix;
    const xf = `<${p}xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id === 0 ? '' : ' applyNumberFormat="1"'}/>`;
    // The new entry goes last, so every existing index stays what it was.
    const original = this.xml.slice(fresh.start, fresh.end);
    const selfClosing = original.endsWith('/>') && !original.includes('</');
    const open = setAttr(selfClosing ? fresh.open.replace(/\s*\/>$/, '>') : fresh.open, 'count', String(fresh.xfs.length + 1));
    const inner = selfClosing ? '' : original.slice(fresh.open.length, original.lastIndexOf('</'));
    this.xml = `${this.xml.slice(0, fresh.start)}${open}${inner}${xf}</${p}cellXfs>${this.xml.slice(fresh.end)}`;
    this.dirty = true;
    this.added.set(code, fresh.xfs.length);
    return fresh.xfs.length;
  }

  private addNumFmt(code: string, id: number): number {
    const element = `numFmt numFmtId="${id}" formatCode="${escapeXmlAttr(code)}"/>`;
    const m = /<((?:\w+:)?)numFmts\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1numFmts>)/.exec(this.xml);
    if (m !== null && m.index !== undefined) {
      const p = m[1];
      const open = (/^<[^>]*>/.exec(m[0])?.[0] ?? '').replace(/\s*\/>$/, '>');
      const count = [...(m[2] ?? '').matchAll(/<(?:\w+:)?numFmt\b/g)].length + 1;
      const block = `${setAttr(open, 'count', String(count))}${m[2] ?? ''}<${p}${element}</${p}numFmts>`;
      this.xml = this.xml.slice(0, m.index) + block + this.xml.slice(m.index + m[0].length);
    } else {
      // numFmts comes first in the stylesheet (CT_Stylesheet's sequence).
      const sheet = /<((?:\w+:)?)styleSheet\b[^>]*>/.exec(this.xml);
      if (sheet === null || sheet.index === undefined) throw new Error('malformed styles part: no styleSheet');
      const at = sheet.index + sheet[0].length;
      const p = sheet[1];
      this.xml = `${this.xml.slice(0, at)}<${p}numFmts count="1"><${p}${element}</${p}numFmts>${this.xml.slice(at)}`;
    }
    this.dirty = true;
    return id;
  }
}

/** An xf with the default font, fill and border and no alignment or protection of its own. */
function isPlain(element: string): boolean {
  return (
    Number(attr(element, 'fontId') ?? 0) === 0 &&
    Number(attr(element, 'fillId') ?? 0) === 0 &&
    Number(attr(element, 'borderId') ?? 0) === 0 &&
    !/<(?:\w+:)?(?:alignment|protection)\b/.test(element)
  );
}

/** A number format that shows dates: it has a day, month or year part outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[dy]|(^|[^h:])m/i.test(bare) && !/^[#0.,\s%E+-]*$/.test(bare);
}
