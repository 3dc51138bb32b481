/**
 * Keys → the index of their first occurrence, for the 20 000 action ID keys of a large plan: an
 * open-addressing table in one Int32Array. A Map of that many fresh strings costs several times more to
 * fill (measured: ~10 ms against ~2 ms on the shared bench machine), and the follow-up summary fills one
 * per summary.
 */

/** FNV-1a over the UTF-16 code units. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class FirstIndex {
  /** Per key: 1 when no earlier key is the same. */
  readonly first: Uint8Array;
  private readonly keys: readonly (string | null)[];
  /** Index into `keys` + 1 of each slot's key; 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `keys` with null for none (left out). */
  constructor(keys: readonly (string | null)[]) {
    this.keys = keys;
    this.first = new Uint8Array(keys.length);
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === null) continue;
      let s = hashOf(key) & this.mask;
      for (;;) {
        const e = this.slots[s];
        if (e === 0) {
          this.slots[s] = i + 1;
          this.first[i] = 1;
          break;
        }
        if (keys[e - 1] === key) break;
        s = (s + 1) & this.mask;
      }
    }
  }

  /** The index of the first occurrence of `key`, or undefined. */
  get(key: string): number | undefined {
    let s = hashOf(key) & this.mask;
    for (;;) {
      const e = this.slots[s];
      if (e === 0) return undefined;
      if (this.keys[e - 1] === key) return e - 1;
      s = (s + 1) & this.mask;
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}
