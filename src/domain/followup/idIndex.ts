/**
 * Action IDs by their key (idKey, as P002 compares IDs) → the index of the first action with it, for the
 * 20 000 actions of a large plan: an open-addressing table in one typed array. A Map of that many fresh
 * key strings cost several times more to fill (measured: ~10 ms against ~2 ms on the shared bench
 * machine), and the follow-up summary fills one per summary.
 *
 * The usual ID (printable ASCII without spaces, `A00123`) has its lower case as key: it is hashed and
 * compared case-folded as it stands, without making the key. Other IDs are hashed by their key.
 */
import { idKey } from './keys';

const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/**
 * FNV-1a over the code units, A–Z folded to a–z. For an ID as written (`simpleOnly`): -1 when it is not
 * printable ASCII without spaces, the usual ID, whose hash is then its key's. A key is hashed whatever it holds.
 */
function foldedHash(text: string, simpleOnly: boolean): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (simpleOnly && (c < 0x21 || c > 0x7e)) return -1;
    h ^= isUpper(c) ? c + 32 : c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The same text, A–Z and a–z taken as equal. */
function foldedEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && (isUpper(x) ? x + 32 : x) !== (isUpper(y) ? y + 32 : y)) return false;
  }
  return true;
}

export class IdIndex {
  /** Per ID: 1 when no earlier ID has its key. */
  readonly first: Uint8Array;
  /**
   * Per ID: the ID when it is a usual one, else its key (null for none); keys compare as foldedEqual of
   * these. `ids` itself while every ID is a usual one (a copy of 20 000 would be a large object to allocate).
   */
  private probes: readonly (string | null)[];
  /**
   * Index + 1 of each slot's ID; 0 is an empty slot. 16 bits a slot while the IDs fit (up to 65 534): half
   * the memory of 32, and the table is read at random, so most of its cost is cache misses.
   */
  private readonly slots: Uint16Array | Int32Array;
  private readonly mask: number;

  /** `ids` as written (trimmed), null for a blank one (left out). */
  constructor(private readonly ids: readonly (string | null)[]) {
    this.probes = ids;
    this.first = new Uint8Array(ids.length);
    let size = 16;
    while (size < ids.length * 2) size *= 2;
    this.slots = ids.length < 0xffff ? new Uint16Array(size) : new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (id === null) continue;
      let probe = id;
      let h = foldedHash(id, true);
      if (h < 0) {
        probe = idKey(id);
        h = foldedHash(probe, false);
        this.keyed(i, probe);
      }
      let s = h & this.mask;
      for (;;) {
        const e = this.slots[s];
        if (e === 0) {
          this.slots[s] = i + 1;
          this.first[i] = 1;
          break;
        }
        if (foldedEqual(this.probes[e - 1] as string, probe)) break;
        s = (s + 1) & this.mask;
      }
    }
  }

  /** ID `i` is not a usual one: its key is its probe (in a copy of the IDs, made at the first such ID). */
  private keyed(i: number, key: string): void {
    if (this.probes === this.ids) this.probes = this.ids.slice();
    (this.probes as (string | null)[])[i] = key;
  }

  /** The index of the first ID whose key is `key`, or undefined. */
  get(key: string): number | undefined {
    let s = foldedHash(key, false) & this.mask;
    for (;;) {
      const e = this.slots[s];
      if (e === 0) return undefined;
      if (foldedEqual(this.probes[e - 1] as string, key)) return e - 1;
      s = (s + 1) & this.mask;
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}
