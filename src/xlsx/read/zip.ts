/**
 * A zip package read in place: the central directory, then one entry at a time inflated in chunks
 * (fflate), so a part is never held whole unless a caller keeps it. Every byte that comes out of an
 * entry is counted against a shared budget, so a zip bomb stops at the budget, not at the end of memory.
 *
 * No Node imports: the browser page uses this module too.
 */
import { Inflate } from 'fflate';
import { UnreadableWorkbook, words } from './errors';

export interface ZipEntry {
  /** The entry's name as stored (`xl/worksheets/sheet1.xml`). */
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** What the zip directory says the entry unpacks to: a hint only (a damaged or hostile file may lie). */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/**
 * A whole deflate stream inflated at once by a faster inflater than fflate where the platform has one
 * (Node's zlib: file.ts), at most `maxOutput` bytes; null when it cannot (damaged, or more than
 * `maxOutput`), and the entry is then streamed through fflate as without it. `sizeHint` is the size the
 * zip directory states (at most `maxOutput`), so the output can be one allocation.
 */
export type WholeInflate = (compressed: Uint8Array, maxOutput: number, sizeHint: number) => Uint8Array | null;

/** Largest part inflated whole by a WholeInflate; a larger one is streamed, so memory stays bounded. */
const WHOLE_MAX = 64 * 1024 * 1024;
/** Bytes handed to the sink at a time from a part inflated whole (views, not copies). */
const WHOLE_SLICE = 8 * 1024 * 1024;

/** Bytes a whole read may unpack (all entries together); see `ZipPackage.budget`. */
export interface UnpackBudget {
  readonly limit: number;
  used: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
/** Compressed bytes fed to the inflater at a time. */
const FEED = 16 * 1024;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x1_0000_0000;
}

function damaged(en: string, sv: string, part?: string): UnreadableWorkbook {
  return new UnreadableWorkbook('damaged', { ...(part !== undefined ? { part } : {}), what: words(sv, en) });
}

const NAME_DECODER = new TextDecoder('utf-8');

function findEndOfCentralDirectory(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === SIG_EOCD) return i;
  return -1;
}

export function parseCentralDirectory(b: Uint8Array): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(b);
  if (eocd < 0) throw damaged('the zip directory at the end of the file is missing (the file is cut short?)', 'zip-katalogen i slutet av filen saknas (är filen avkortad?)');
  let count = u16(b, eocd + 10);
  let offset = u32(b, eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(b, eocd - 20) === SIG_ZIP64_LOCATOR) {
    const z = u64(b, eocd - 20 + 8);
    if (z + 56 <= b.length && u32(b, z) === SIG_ZIP64_EOCD) {
      count = u64(b, z + 32);
      offset = u64(b, z + 48);
    }
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || u32(b, p) !== SIG_CENTRAL) throw damaged('the zip directory is broken', 'zip-katalogen är trasig');
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    const uncompressed32 = u32(b, p + 24);
    let uncompressedSize = uncompressed32;
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeaderOffset = u32(b, p + 42);
    // Some writers store Windows paths (`xl\\worksheets\\sheet1.xml`); a part name uses `/`.
    const name = NAME_DECODER.decode(b.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, '/');
    // Zip64: the sizes and offset that overflowed 32 bits are in the extra field, in this order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(b, e);
      const size = u16(b, e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressed32 === 0xffffffff) {
          uncompressedSize = u64(b, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(b, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(b, q);
      }
      e += 4 + size;
    }
    entries.push({ name, method, encrypted: (flags & 1) === 1, compressedSize, uncompressedSize, localHeaderOffset });
    p = extraEnd + commentLen;
  }
  return entries;
}

/** The first bytes of a file, to tell what it is before unzipping. */
export function looksLikeZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06);
}

export class ZipPackage {
  private readonly byLowerName = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    readonly budget: UnpackBudget,
    private readonly inflateWhole?: WholeInflate,
  ) {
    for (const entry of entries) {
      const key = entry.name.toLowerCase();
      if (!this.byLowerName.has(key)) this.byLowerName.set(key, entry);
    }
  }

  static open(bytes: Uint8Array, unpackLimit: number, inflateWhole?: WholeInflate): ZipPackage {
    return new ZipPackage(bytes, parseCentralDirectory(bytes), { limit: unpackLimit, used: 0 }, inflateWhole);
  }

  /** An entry by part name (no leading slash), compared case-insensitively as OPC says. */
  entry(name: string): ZipEntry | undefined {
    const clean = name.startsWith('/') ? name.slice(1) : name;
    const found = this.byLowerName.get(clean.toLowerCase());
    if (found !== undefined) return found;
    // Part names in relationships may be percent-encoded (`sheet%201.xml`) where the zip name is not.
    try {
      const decoded = decodeURIComponent(clean);
      return decoded === clean ? undefined : this.byLowerName.get(decoded.toLowerCase());
    } catch {
      // A name that is not valid percent-encoding (`100%.xml`) names no other part: the part is simply not found.
      return undefined;
    }
  }

  /**
   * Inflates an entry in chunks, handing each to `sink`, which returns false to stop early (the rest
   * is not inflated). Throws UnreadableWorkbook when the entry is encrypted, compressed in a way
   * Excel never uses, damaged, or when the shared unpack budget runs out.
   */
  read(entry: ZipEntry, sink: (chunk: Uint8Array) => boolean): void {
    if (entry.encrypted) throw new UnreadableWorkbook('encrypted', { part: entry.name });
    const b = this.bytes;
    const h = entry.localHeaderOffset;
    if (h + 30 > b.length || u32(b, h) !== SIG_LOCAL) throw damaged('a part cannot be found where the zip directory says', 'en del finns inte där zip-katalogen säger', entry.name);
    const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw damaged('a part is cut short', 'en del är avkortad', entry.name);
    let stopped = false;
    const take = (chunk: Uint8Array): void => {
      if (stopped || chunk.length === 0) return;
      this.budget.used += chunk.length;
      if (this.budget.used > this.budget.limit) {
        throw new UnreadableWorkbook('tooLarge', {
          part: entry.name,
          what: words(
            `den packas upp till mer än ${formatBytes(this.budget.limit, 'sv')} (en zip-bomb eller ett mycket stort blad)`,
            `it unpacks to more than ${formatBytes(this.budget.limit, 'en')} (a zip bomb or a very large sheet)`,
          ),
        });
      }
      if (!sink(chunk)) stopped = true;
    };
    if (entry.method === 0) {
      for (let p = start; p < end && !stopped; p += FEED) take(b.subarray(p, Math.min(end, p + FEED)));
      return;
    }
    if (entry.method !== 8) {
      throw new UnreadableWorkbook('unsupported', {
        part: entry.name,
        what: words(`delen är packad med en metod (${entry.method}) som Excel inte använder`, `the part is compressed with a method (${entry.method}) Excel does not use`),
      });
    }
    if (this.inflateWhole !== undefined) {
      // One more byte than the budget allows, so that a part too large for it is still refused by take().
      const maxOutput = Math.min(WHOLE_MAX, this.budget.limit - this.budget.used + 1);
      const whole = this.inflateWhole(b.subarray(start, end), maxOutput, Math.min(entry.uncompressedSize, maxOutput));
      if (whole !== null) {
        for (let p = 0; p < whole.length && !stopped; p += WHOLE_SLICE) take(whole.subarray(p, Math.min(whole.length, p + WHOLE_SLICE)));
        return;
      }
    }
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      for (let p = start; p < end && !stopped; p += FEED) inflater.push(b.subarray(p, Math.min(end, p + FEED)), p + FEED >= end);
    } catch (e) {
      if (e instanceof UnreadableWorkbook || !(e instanceof Error) || !isInflateError(e)) throw e;
      throw new UnreadableWorkbook('damaged', { part: entry.name, what: words('delen går inte att packa upp', 'the part cannot be unpacked') }, { cause: e });
    }
  }

  /** A whole (small) part as text; undefined when the package has no such part. */
  text(name: string): string | undefined {
    const entry = this.entry(name);
    if (entry === undefined) return undefined;
    const decoder = new XmlTextDecoder();
    let text = '';
    this.read(entry, (chunk) => {
      text += decoder.decode(chunk);
      return true;
    });
    return text + decoder.end();
  }
}

/** fflate reports a bad stream with an Error carrying a numeric `code`. */
function isInflateError(e: Error): boolean {
  return typeof (e as { code?: unknown }).code === 'number';
}

function formatBytes(n: number, lang: 'sv' | 'en'): string {
  const mb = n / (1024 * 1024);
  const text = mb >= 1024 ? `${(mb / 1024).toFixed(mb % 1024 === 0 ? 0 : 1)} GB` : `${Math.round(mb)} MB`;
  return lang === 'sv' ? text.replace('.', ',') : text;
}

/**
 * UTF-8 (or, after a byte-order mark, UTF-16) bytes to text across chunk borders, as XML parts are
 * stored. A BOM is dropped.
 */
export class XmlTextDecoder {
  private decoder: TextDecoder | null = null;
  private head: Uint8Array | null = null;

  decode(chunk: Uint8Array): string {
    if (this.decoder === null) {
      const b = this.head === null ? chunk : concat(this.head, chunk);
      if (b.length < 3) {
        this.head = b;
        return '';
      }
      this.head = null;
      if (b[0] === 0xff && b[1] === 0xfe) return this.start('utf-16le', b.subarray(2));
      if (b[0] === 0xfe && b[1] === 0xff) return this.start('utf-16be', b.subarray(2));
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return this.start('utf-8', b.subarray(3));
      return this.start('utf-8', b);
    }
    return this.decoder.decode(chunk, { stream: true });
  }

  end(): string {
    if (this.decoder === null) {
      if (this.head === null) return '';
      const head = this.head;
      this.head = null;
      const decoder = new TextDecoder('utf-8');
      return decoder.decode(head);
    }
    return this.decoder.decode();
  }

  private start(encoding: string, b: Uint8Array): string {
    this.decoder = new TextDecoder(encoding);
    return this.decoder.decode(b, { stream: true });
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
