/**
 * The fast path for the two big parts of a workbook (a worksheet's `<sheetData>`, the shared strings): a
 * hand-written scanner over the inflated bytes, several times faster than saxes's per-character state
 * machine and without decoding the part to a string first. It handles the XML that spreadsheet programs
 * write (elements, attributes, text, comments, the XML declaration, UTF-8) and checks that what it reads
 * is well-formed (name characters, quoted attributes each named once in a tag, matching end tags, one root,
 * XML's five entities and character references, no `--` inside a comment, no `]]>` in text).
 *
 * Anything else (a DTD, CDATA, a processing instruction inside the root, UTF-16, a line break inside an
 * attribute, text runs over 1 MB) and anything that is not well-formed makes it give up: the part is then
 * read again from its start with saxes (xml.ts), which reads what XML allows and names what is wrong
 * (with its line) exactly as before. So the scanner never decides alone that a part is damaged.
 *
 * No Node imports: the browser page uses this module too.
 */
import { parsePart } from './xml';
import type { ZipEntry, ZipPackage } from './zip';

/** A start tag's attributes, by name as written (`r`, `t`, `xml:space`). */
export interface ScanAttrs {
  get(name: string): string | undefined;
  /** `Number(get(name))`, without making a string when the value is plain digits; undefined when absent. */
  number(name: string): number | undefined;
  /**
   * A cell reference (`r="AB12"`, `$` allowed) into `out`, zero-based; -1 for a part that is missing or
   * not letters then digits. False (and `out` untouched) when the tag does not have the attribute.
   */
  cellRef(name: string, out: { row: number; col: number }): boolean;
  /** A cell's `r`, `t` and `s` at once (the worksheet's most frequent tag): see CellAttrs. */
  cell(out: CellAttrs): void;
}

/** What `ScanAttrs.cell` reads: the same as `cellRef('r', …)`, `get('t') ?? ''` and `number('s')`. */
export interface CellAttrs {
  hasRef: boolean;
  row: number;
  col: number;
  type: string;
  style: number | undefined;
}

/** Bytes [a, b) of a cell reference (`B12`) → zero-based row and column in `out`; -1 for what is missing or odd. */
function parseCellRef(buf: Uint8Array, a: number, b: number, out: { row: number; col: number }): void {
  let col = 0;
  let i = a;
  for (; i < b; i++) {
    const c = buf[i];
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c === 36) continue; // `$`
    else break;
    if (col > 1e9) break;
  }
  let row = 0;
  let digits = 0;
  for (; i < b; i++) {
    const c = buf[i];
    if (c === 36 && digits === 0) continue;
    if (c < 48 || c > 57) {
      out.row = -1;
      out.col = col - 1;
      return;
    }
    row = row * 10 + (c - 48);
    digits++;
    if (row > 1e12) break;
  }
  out.row = digits === 0 ? -1 : row - 1;
  out.col = col - 1;
}

/** A decoded reference's characters as bytes for parseCellRef (any character beyond ASCII ends it, as 255). */
function refBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => Math.min(ch.charCodeAt(0), 255));
}

/** ScanAttrs over attribute values already decoded to strings (the saxes reading). */
export class StringAttrs implements ScanAttrs {
  constructor(private readonly values: Readonly<Record<string, string>>) {}

  get(name: string): string | undefined {
    return Object.hasOwn(this.values, name) ? this.values[name] : undefined;
  }

  number(name: string): number | undefined {
    const v = this.get(name);
    return v === undefined ? undefined : Number(v);
  }

  cellRef(name: string, out: { row: number; col: number }): boolean {
    const v = this.get(name);
    if (v === undefined) return false;
    const b = refBytes(v);
    parseCellRef(b, 0, b.length, out);
    return true;
  }

  cell(out: CellAttrs): void {
    out.hasRef = this.cellRef('r', out);
    out.type = this.get('t') ?? '';
    out.style = this.number('s');
  }
}

export interface ScanHandler {
  /** A start tag, by local name (`x:c` is `c`). */
  open(name: string, attrs: ScanAttrs): void;
  close(name: string): void;
  /** True when text read now would be used: text is decoded only then. */
  wantsText(): boolean;
  /** Text between tags, entities resolved, line ends normalised. */
  text(text: string): void;
  /**
   * Optional: text of 1 to 15 ASCII digits and nothing else, as its number (`Number(text)`), offered
   * first; true takes it (no string is made), false gets it as `text` after all. The saxes reading never
   * calls it.
   */
  number?(n: number): boolean;
  /** Checked after each end tag: true stops reading the part. */
  done(): boolean;
}

/** Thrown inside the scanner when the part needs the full parser; never leaves this module. */
class NeedsParser {}
const NEEDS_PARSER = new NeedsParser();

/** Longest tag or text the scanner holds across chunks before leaving the part to saxes. */
const MAX_CARRY = 1024 * 1024;

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const EQ = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const AMP = 38;
const COLON = 58;
const CR = 13;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
/** A byte that ends a name: space, `>`, `/`, `=`. */
const endsName = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === GT || c === SLASH || c === EQ;
/** A name may start with a letter, `_`, `:` or (in UTF-8) any non-ASCII character. */
const startsName = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === COLON || c >= 128;

/** Bytes a name may hold after its first: letters, digits, `_ : - .` and (in UTF-8) any non-ASCII character. */
const NAME_BYTE = Uint8Array.from({ length: 256 }, (_, c) => Number(startsName(c) || (c >= 48 && c <= 57) || c === 45 || c === 46));

/** True when [a, b) holds `]]>`, which text may not (XML 1.0 §2.4). */
function hasCdataEnd(buf: Uint8Array, a: number, b: number): boolean {
  for (let i = buf.indexOf(GT, a); i >= 0 && i < b; i = buf.indexOf(GT, i + 1)) if (i - 2 >= a && buf[i - 1] === 93 && buf[i - 2] === 93) return true;
  return false;
}

const ONE_BYTE = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
const UTF8 = new TextDecoder('utf-8');

/** Bytes [a, b) as text: short ASCII (a cell reference, a number) directly in one string, anything else through UTF-8. */
function textOf(buf: Uint8Array, a: number, b: number): string {
  const len = b - a;
  if (len > 8) return UTF8.decode(buf.subarray(a, b));
  for (let i = a; i < b; i++) if (buf[i] >= 128) return UTF8.decode(buf.subarray(a, b));
  const c = String.fromCharCode;
  switch (len) {
    case 0:
      return '';
    case 1:
      return ONE_BYTE[buf[a]];
    case 2:
      return c(buf[a], buf[a + 1]);
    case 3:
      return c(buf[a], buf[a + 1], buf[a + 2]);
    case 4:
      return c(buf[a], buf[a + 1], buf[a + 2], buf[a + 3]);
    case 5:
      return c(buf[a], buf[a + 1], buf[a + 2], buf[a + 3], buf[a + 4]);
    case 6:
      return c(buf[a], buf[a + 1], buf[a + 2], buf[a + 3], buf[a + 4], buf[a + 5]);
    case 7:
      return c(buf[a], buf[a + 1], buf[a + 2], buf[a + 3], buf[a + 4], buf[a + 5], buf[a + 6]);
    default:
      return c(buf[a], buf[a + 1], buf[a + 2], buf[a + 3], buf[a + 4], buf[a + 5], buf[a + 6], buf[a + 7]);
  }
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five entities and character references; any other `&` needs the parser. */
function resolveEntities(s: string): string {
  return s.replace(/&([^;&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw NEEDS_PARSER;
    const named = ENTITIES[name];
    if (named !== undefined) return named;
    const m = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(name);
    if (m === null) throw NEEDS_PARSER;
    const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
    if (!(code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff))) {
      throw NEEDS_PARSER;
    }
    return String.fromCodePoint(code);
  });
}

/** Text content [a, b): decoded, entities resolved, `\r\n` and `\r` as `\n` (XML's end-of-line handling). */
function contentOf(buf: Uint8Array, a: number, b: number): string {
  let amp = false;
  let cr = false;
  let gt = false;
  for (let i = a; i < b; i++) {
    const c = buf[i];
    if (c === AMP) amp = true;
    else if (c === CR) cr = true;
    else if (c === GT) gt = true;
  }
  if (gt && hasCdataEnd(buf, a, b)) throw NEEDS_PARSER;
  let s = textOf(buf, a, b);
  if (amp) s = resolveEntities(s);
  if (cr) s = s.replace(/\r\n?/g, '\n');
  return s;
}

/** The current start tag's attributes, as spans of the buffer; values are decoded when asked for. */
class Attrs implements ScanAttrs {
  buf: Uint8Array = new Uint8Array(0);
  count = 0;
  /** Per attribute: name start, name end, value start, value end. */
  spans: number[] = [];

  /** The attribute's number (4 × it indexes `spans`), or -1 when the tag does not have it. */
  private find(name: string): number {
    const { buf, spans } = this;
    outer: for (let k = 0; k < this.count; k++) {
      const a = spans[4 * k];
      if (spans[4 * k + 1] - a !== name.length) continue;
      for (let i = 0; i < name.length; i++) if (buf[a + i] !== name.charCodeAt(i)) continue outer;
      return k;
    }
    return -1;
  }

  get(name: string): string | undefined {
    const k = this.find(name);
    return k < 0 ? undefined : this.valueAt(k);
  }

  /** Attribute k's value, decoded. */
  private valueAt(k: number): string {
    const { buf, spans } = this;
    const v0 = spans[4 * k + 2];
    const v1 = spans[4 * k + 3];
    let amp = false;
    for (let i = v0; i < v1; i++) {
      const c = buf[i];
      if (c === AMP) amp = true;
      // An attribute value's tabs and line breaks become spaces (attribute-value normalisation): the parser's job.
      else if (c === 9 || c === 10 || c === CR) throw NEEDS_PARSER;
    }
    const s = textOf(buf, v0, v1);
    return amp ? resolveEntities(s) : s;
  }

  number(name: string): number | undefined {
    const k = this.find(name);
    return k < 0 ? undefined : this.numberAt(k);
  }

  private numberAt(k: number): number {
    const { buf, spans } = this;
    const v0 = spans[4 * k + 2];
    const v1 = spans[4 * k + 3];
    if (v1 === v0 || v1 - v0 > 15) return Number(this.valueAt(k));
    let n = 0;
    for (let i = v0; i < v1; i++) {
      const c = buf[i] - 48;
      if (c < 0 || c > 9) return Number(this.valueAt(k));
      n = n * 10 + c;
    }
    return n;
  }

  cellRef(name: string, out: { row: number; col: number }): boolean {
    const k = this.find(name);
    if (k < 0) return false;
    this.refAt(k, out);
    return true;
  }

  private refAt(k: number, out: { row: number; col: number }): void {
    const { buf, spans } = this;
    const v0 = spans[4 * k + 2];
    const v1 = spans[4 * k + 3];
    for (let i = v0; i < v1; i++) {
      // Entities, tabs, line breaks, other than ASCII: through the decoded text (and its checks).
      const c = buf[i];
      if (c === AMP || c === 9 || c === 10 || c === CR || c >= 128) {
        const b = refBytes(this.valueAt(k));
        parseCellRef(b, 0, b.length, out);
        return;
      }
    }
    parseCellRef(buf, v0, v1, out);
  }

  cell(out: CellAttrs): void {
    // One pass over the attributes (names of one byte: `r`, `t`, `s`).
    const { buf, spans } = this;
    out.hasRef = false;
    out.type = '';
    out.style = undefined;
    for (let k = 0; k < this.count; k++) {
      const a = spans[4 * k];
      if (spans[4 * k + 1] - a !== 1) continue;
      switch (buf[a]) {
        case 114: // r
          this.refAt(k, out);
          out.hasRef = true;
          break;
        case 116: {
          // t: one plain character (`s`, `n`, `b`, `e`, `d`) without a string made; anything else decoded
          const v0 = spans[4 * k + 2];
          const c = buf[v0];
          out.type = spans[4 * k + 3] - v0 === 1 && c > 32 && c < 127 && c !== AMP ? ONE_BYTE[c] : this.valueAt(k);
          break;
        }
        case 115: // s
          out.style = this.numberAt(k);
          break;
        default:
          break;
      }
    }
  }
}

/** Names seen recently, so that a tag's name is not a new string each time. */
class NameCache {
  private readonly names: string[] = [];

  at(buf: Uint8Array, a: number, b: number): string {
    const len = b - a;
    if (len === 1 && buf[a] < 128) return ONE_BYTE[buf[a]];
    outer: for (const n of this.names) {
      if (n.length !== len) continue;
      for (let i = 0; i < len; i++) if (buf[a + i] !== n.charCodeAt(i)) continue outer;
      return n;
    }
    const s = textOf(buf, a, b);
    if (this.names.length < 32) this.names.push(s);
    return s;
  }
}

function localOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** State kept across chunks. */
class Scanner {
  private readonly qnames: string[] = [];
  private readonly locals: string[] = [];
  private depth = 0;
  private rootSeen = false;
  finished = false;
  private readonly attrs = new Attrs();
  private readonly names = new NameCache();

  constructor(private readonly h: ScanHandler) {}

  /** Scans complete constructs of `buf` from 0; returns where the first incomplete one starts. */
  scan(buf: Uint8Array, atEnd: boolean): number {
    const n = buf.length;
    const h = this.h;
    let i = 0;
    while (i < n) {
      let lt = i;
      while (lt < n && buf[lt] !== LT) lt++;
      if (lt === n) {
        if (!atEnd) return i;
        this.text(buf, i, n);
        return n;
      }
      if (lt > i) this.text(buf, i, lt);
      i = lt;
      if (i + 1 >= n) return i;
      const c = buf[i + 1];
      if (c === SLASH) {
        let gt = i + 2;
        while (gt < n && buf[gt] !== GT) gt++;
        if (gt === n) return i;
        let e = gt;
        while (e > i + 2 && isSpace(buf[e - 1])) e--;
        if (this.depth === 0) throw NEEDS_PARSER;
        const q = this.qnames[this.depth - 1];
        if (e - (i + 2) !== q.length) throw NEEDS_PARSER;
        for (let k = 0; k < q.length; k++) if (buf[i + 2 + k] !== q.charCodeAt(k)) throw NEEDS_PARSER;
        this.depth--;
        h.close(this.locals[this.depth]);
        i = gt + 1;
        if (h.done()) {
          this.finished = true;
          return i;
        }
      } else if (c === QUESTION) {
        // The XML declaration (or a processing instruction) before the root; inside it the parser decides.
        if (this.rootSeen) throw NEEDS_PARSER;
        const end = indexOfPair(buf, QUESTION, GT, i + 2);
        if (end < 0) return i;
        i = end + 2;
      } else if (c === BANG) {
        if (i + 3 >= n) return i;
        if (buf[i + 2] !== 45 || buf[i + 3] !== 45) throw NEEDS_PARSER; // CDATA, DOCTYPE
        const end = indexOfComment(buf, i + 4);
        if (end < 0) return i;
        i = end + 3;
      } else {
        const next = this.startTag(buf, i);
        if (next < 0) return i;
        i = next;
        if (this.finished) return i;
      }
    }
    return i;
  }

  /** Ends the part: everything opened must be closed. */
  end(): void {
    if (this.finished) return;
    if (this.depth !== 0 || !this.rootSeen) throw NEEDS_PARSER;
  }

  private text(buf: Uint8Array, a: number, b: number): void {
    if (this.depth === 0) {
      for (let i = a; i < b; i++) if (!isSpace(buf[i])) throw NEEDS_PARSER;
      return;
    }
    if (this.h.wantsText()) {
      if (this.h.number !== undefined && b - a <= 15) {
        let n = 0;
        let i = a;
        for (; i < b; i++) {
          const c = buf[i] - 48;
          if (c < 0 || c > 9) break;
          n = n * 10 + c;
        }
        if (i === b && b > a && this.h.number(n)) return;
      }
      this.h.text(contentOf(buf, a, b));
      return;
    }
    // Text not used: still, an unknown entity or a `]]>` in it needs the parser.
    if (hasCdataEnd(buf, a, b)) throw NEEDS_PARSER;
    for (let i = a; i < b; i++) {
      if (buf[i] === AMP) {
        resolveEntities(textOf(buf, i, b));
        return;
      }
    }
  }

  /** A start tag at `lt`; returns the index after it, or -1 when it is incomplete. */
  private startTag(buf: Uint8Array, lt: number): number {
    const n = buf.length;
    if (!startsName(buf[lt + 1])) throw NEEDS_PARSER;
    let p = lt + 1;
    for (; p < n && !endsName(buf[p]); p++) if (NAME_BYTE[buf[p]] === 0) throw NEEDS_PARSER;
    if (p >= n) return -1;
    const nameEnd = p;
    const attrs = this.attrs;
    attrs.buf = buf;
    attrs.count = 0;
    const spans = attrs.spans;
    for (;;) {
      const beforeSpace = p;
      while (p < n && isSpace(buf[p])) p++;
      if (p >= n) return -1;
      const c = buf[p];
      if (c === GT || c === SLASH) break;
      if (p === beforeSpace || !startsName(c)) throw NEEDS_PARSER; // attributes are separated by space
      const a0 = p;
      for (; p < n && !endsName(buf[p]); p++) if (NAME_BYTE[buf[p]] === 0) throw NEEDS_PARSER;
      const a1 = p;
      // An attribute may appear once in a tag (attributes are few: cells have two or three).
      for (let k = 0; k < attrs.count; k++) if (sameBytes(buf, spans[4 * k], spans[4 * k + 1], a0, a1)) throw NEEDS_PARSER;
      while (p < n && isSpace(buf[p])) p++;
      if (p >= n) return -1;
      if (buf[p] !== EQ) throw NEEDS_PARSER;
      p++;
      while (p < n && isSpace(buf[p])) p++;
      if (p >= n) return -1;
      const quote = buf[p];
      if (quote !== DQUOTE && quote !== SQUOTE) throw NEEDS_PARSER;
      let close = p + 1;
      for (; close < n && buf[close] !== quote; close++) if (buf[close] === LT) throw NEEDS_PARSER;
      if (close === n) return -1;
      const k4 = 4 * attrs.count++;
      spans[k4] = a0;
      spans[k4 + 1] = a1;
      spans[k4 + 2] = p + 1;
      spans[k4 + 3] = close;
      p = close + 1;
    }
    let selfClosing = false;
    if (buf[p] === SLASH) {
      if (p + 1 >= n) return -1;
      if (buf[p + 1] !== GT) throw NEEDS_PARSER;
      selfClosing = true;
      p++;
    }
    // One root element.
    if (this.depth === 0) {
      if (this.rootSeen) throw NEEDS_PARSER;
      this.rootSeen = true;
    }
    const qname = this.names.at(buf, lt + 1, nameEnd);
    const local = qname.length === 1 ? qname : localOf(qname);
    this.h.open(local, attrs);
    if (selfClosing) {
      this.h.close(local);
      if (this.h.done()) this.finished = true;
    } else {
      this.qnames[this.depth] = qname;
      this.locals[this.depth] = local;
      this.depth++;
    }
    return p + 1;
  }
}

/** Index of `a` followed by `b`, from `from`; -1 when none. */
function indexOfPair(buf: Uint8Array, a: number, b: number, from: number): number {
  for (let i = buf.indexOf(a, from); i >= 0 && i + 1 < buf.length; i = buf.indexOf(a, i + 1)) if (buf[i + 1] === b) return i;
  return -1;
}

/** Index of the `-->` that ends a comment; -1 when not in `buf`. */
/**
 * Where the comment whose text starts at `from` ends (its `-->`), or -1 when the buffer ends first. A `--`
 * anywhere else in a comment is not well-formed (XML 1.0 §2.5): the parser is asked.
 */
function indexOfComment(buf: Uint8Array, from: number): number {
  for (let i = buf.indexOf(45, from); i >= 0 && i + 2 < buf.length; i = buf.indexOf(45, i + 1)) {
    if (buf[i + 1] !== 45) continue;
    if (buf[i + 2] !== GT) throw NEEDS_PARSER;
    return i;
  }
  return -1;
}

/** True when bytes [a0, a1) equal bytes [b0, b1). */
function sameBytes(buf: Uint8Array, a0: number, a1: number, b0: number, b1: number): boolean {
  if (a1 - a0 !== b1 - b0) return false;
  for (let k = 0; k < a1 - a0; k++) if (buf[a0 + k] !== buf[b0 + k]) return false;
  return true;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function fastScan(zip: ZipPackage, entry: ZipEntry, h: ScanHandler): void {
  const scanner = new Scanner(h);
  let carry = null as Uint8Array | null; // set inside the callback
  let first = true;
  zip.read(entry, (chunk) => {
    if (first) {
      first = false;
      // A byte-order mark: UTF-16 is the parser's; a UTF-8 one is skipped.
      if (chunk.length < 3 || (chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) throw NEEDS_PARSER;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    const buf: Uint8Array = carry === null ? chunk : concat(carry, chunk);
    const used = scanner.scan(buf, false);
    carry = used < buf.length ? buf.slice(used) : null;
    if (carry !== null && carry.length > MAX_CARRY) throw NEEDS_PARSER;
    return !scanner.finished;
  });
  if (!scanner.finished && carry !== null) {
    const used = scanner.scan(carry, true);
    if (used < carry.length) throw NEEDS_PARSER;
  }
  scanner.end();
}

/**
 * Reads one part with the fast scanner, or, when it gives up, again from the start with saxes.
 * `start` makes the handler; it is called again (with everything it collected dropped) for the second
 * reading. Errors the handler throws (bounds, limits) pass through as they are.
 */
export function scanPart(zip: ZipPackage, entry: ZipEntry, start: () => ScanHandler, sheet?: string): void {
  const unpacked = zip.budget.used;
  try {
    fastScan(zip, entry, start());
    return;
  } catch (e) {
    if (!(e instanceof NeedsParser)) throw e;
  }
  zip.budget.used = unpacked;
  const h = start();
  parsePart(
    zip,
    entry,
    {
      open: (name, a) => h.open(name, new StringAttrs(a)),
      close: (name) => h.close(name),
      text: (t) => {
        if (h.wantsText()) h.text(t);
      },
      done: () => h.done(),
    },
    sheet,
  );
}
