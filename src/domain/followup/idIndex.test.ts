import fc from 'fast-check';
import { IdIndex } from './idIndex';
import { idKey } from './keys';

/** What the index must answer: a Map of the keys, first occurrence of each. */
function reference(ids: readonly (string | null)[]): { first: number[]; byKey: Map<string, number> } {
  const byKey = new Map<string, number>();
  const first = ids.map((id, i) => {
    if (id === null) return 0;
    const key = idKey(id);
    if (byKey.has(key)) return 0;
    byKey.set(key, i);
    return 1;
  });
  return { first, byKey };
}

const idChar = fc.constantFrom('A', 'a', 'B', 'b', '1', '-', ' ', 'Å', 'å', 'é', 'e\u0301', '\u00a0', 'Z', 'z', '_', '@');
const id = fc.option(fc.array(idChar, { minLength: 1, maxLength: 4 }).map((cs) => cs.join('').trim()).filter((s) => s !== ''), { nil: null });

describe('IdIndex', () => {
  it('finds the first action of each ID key, IDs compared as P002 does', () => {
    const index = new IdIndex(['A1', 'a2', 'a1', null, 'A 2', 'A  2', 'Å3', 'å3']);
    expect([...index.first]).toEqual([1, 1, 0, 0, 1, 0, 1, 0]);
    expect(index.get('a1')).toBe(0);
    expect(index.get('a 2')).toBe(4);
    expect(index.get('å3')).toBe(6);
    expect(index.get('a3')).toBeUndefined();
  });

  it('answers as a Map of idKey would, for any IDs', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), fc.array(id, { maxLength: 10 }), (ids, others) => {
        const index = new IdIndex(ids);
        const want = reference(ids);
        expect([...index.first]).toEqual(want.first);
        for (const x of [...ids, ...others]) {
          if (x === null) continue;
          expect(index.get(idKey(x))).toBe(want.byKey.get(idKey(x)));
        }
      }),
    );
  });
});
