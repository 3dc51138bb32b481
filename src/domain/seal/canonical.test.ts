import fc from 'fast-check';
import { makeAction, makePlan, field } from '../../../tests/builders/model';
import { canonicalAction, canonicalJson, canonicalPlan, canonNumber, canonValue } from './canonical';

describe('canonValue', () => {
  it('writes a number the same however it was computed or typed', () => {
    expect(canonNumber(1)).toBe(canonNumber(1.0));
    expect(canonNumber(0.1 + 0.2)).toBe(canonNumber(0.3));
    expect(canonNumber(-0)).toBe('0');
    expect(canonNumber(2_290_000)).toBe('2290000');
    expect(canonNumber(1234.5)).toBe('1234.5');
    expect(canonNumber(1234.5)).not.toBe(canonNumber(1234.51));
  });

  it('writes an integer (the fast path) exactly as its 15-digit rounding', () => {
    const rounded = (n: number): string => String(Number(n.toPrecision(15)));
    for (const n of [1, -1, 999_999_999_999_999, -999_999_999_999_999, 1e15, 1e15 + 2, 2 ** 53]) expect(canonNumber(n)).toBe(rounded(n));
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => n === 0 || canonNumber(n) === rounded(n)), { numRuns: 2000 });
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => n === 0 || canonNumber(n) === rounded(n)), { numRuns: 2000 });
  });

  it('tags each type so that a number never equals its text', () => {
    expect(canonValue(790_000)).toBe('n:790000');
    expect(canonValue('790000')).toBe('s:790000');
    expect(canonValue(true)).toBe('b:1');
    expect(canonValue({ error: '#REF!' })).toBe('e:#REF!');
  });

  it('treats an empty cell and empty text (office-js) alike', () => {
    expect(canonValue(null)).toBeNull();
    expect(canonValue('')).toBeNull();
    expect(canonValue(' ')).toBe('s: ');
  });
});

describe('canonicalJson', () => {
  it('sorts keys, so property order never matters', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }] })).toBe(canonicalJson({ a: [{ c: null, d: 'x' }], b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});

describe('canonicalPlan', () => {
  it('keys values by field, not by where the cell is (column order, table position)', () => {
    const here = makeAction({ id: 'A1', budget: 100_000 });
    const moved = makeAction({
      id: field('A1', { sheet: 'Actions', cell: 'M40' }),
      budget: field(100_000, { sheet: 'Actions', cell: 'B40' }),
    });
    expect(canonicalAction(moved)).toEqual(canonicalAction(here));
  });

  it('reads a date stored as a serial and as ISO text as the same day', () => {
    const serial = makeAction({ start: field('2011-03-01', { raw: 40603 }) });
    const text = makeAction({ start: field('2011-03-01', { raw: '2011-03-01' }) });
    expect(canonicalAction(serial).start).toBe('d:2011-03-01');
    expect(canonicalAction(text)).toEqual(canonicalAction(serial));
  });

  it('keeps an amount typed as text apart from the number (B010 reads the difference)', () => {
    const number = makeAction({ budget: 85_000 });
    const text = makeAction({ budget: field(85_000, { raw: '85 000 kr', issue: 'textNumber' }) });
    expect(canonicalAction(text).budget).toBe('s:85 000 kr');
    expect(canonicalAction(text)).not.toEqual(canonicalAction(number));
  });

  it('includes the comment: a rewritten comment is a change since the validation', () => {
    expect(canonicalAction(makeAction({ comment: 'före' }))).not.toEqual(canonicalAction(makeAction({ comment: 'efter' })));
  });

  it('keys shares by municipality name', () => {
    const a = canonicalAction(makeAction({ budget: 100, shares: { Mora: 60, Orsa: 40 } }));
    expect(a.shares).toEqual({ Mora: 'n:60', Orsa: 'n:40' });
  });

  it('marks a missing optional table as null, unlike an empty one', () => {
    expect(canonicalPlan(makePlan({ goals: null })).goals).toBeNull();
    expect(canonicalPlan(makePlan({ goals: [] })).goals).toEqual([]);
    expect(canonicalPlan(makePlan({ info: { present: false } })).plan).toBeNull();
  });
});
