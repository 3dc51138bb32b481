import { fromOre, roundOre, sumOre, toOre } from './money';

describe('toOre', () => {
  it('rounds the half-öre away from zero, as the amount was written', () => {
    expect(1.005 * 100).toBeLessThan(100.5); // the binary float is a hair below the half
    expect(toOre(1.005)).toBe(101);
    expect(toOre(-1.005)).toBe(-101);
    expect(toOre(0.005)).toBe(1);
    expect(toOre(-0.005)).toBe(-1);
    expect(toOre(2.675)).toBe(268);
    expect(toOre(0.285)).toBe(29);
    expect(toOre(1_234_567.125)).toBe(123_456_713);
    expect(toOre(-1_234_567.125)).toBe(-123_456_713);
  });

  it('rounds just below and just above the half to the nearer öre', () => {
    expect(toOre(1.0049)).toBe(100);
    expect(toOre(1.0051)).toBe(101);
    expect(toOre(-1.0049)).toBe(-100);
    expect(toOre(-1.0051)).toBe(-101);
  });

  it('keeps every öre of large amounts', () => {
    expect(toOre(12_345_678_901_234.57)).toBe(1_234_567_890_123_457);
    expect(toOre(-12_345_678_901_234.5)).toBe(-1_234_567_890_123_450);
    expect(toOre(999_999_999_999.995)).toBe(100_000_000_000_000);
  });

  it('keeps whole öre exact and never gives −0', () => {
    expect(toOre(2_290_000)).toBe(229_000_000);
    expect(toOre(0.1 + 0.2)).toBe(30);
    expect(Object.is(toOre(-0.004), 0)).toBe(true);
    expect(Object.is(toOre(-0), 0)).toBe(true);
  });

  it('leaves non-finite input as it is', () => {
    expect(toOre(Infinity)).toBe(Infinity);
    expect(toOre(Number.NaN)).toBeNaN();
  });
});

describe('roundOre', () => {
  it('rounds to two decimals, half away from zero, as toOre does', () => {
    expect(roundOre(1.005)).toBe(1.01);
    expect(roundOre(-0.005)).toBe(-0.01);
    expect(roundOre(10.125)).toBe(10.13);
    expect(roundOre(-10.125)).toBe(-10.13);
    expect(roundOre(10.124)).toBe(10.12);
    for (const x of [0.005, 1.005, 2.675, -3.335, 1_000_000.015, -0.015]) expect(roundOre(x)).toBe(fromOre(toOre(x)));
  });

  it('gives 0, never −0, for a remainder below half an öre', () => {
    expect(Object.is(roundOre(-0.004), 0)).toBe(true);
  });

  it('gives 0 for non-finite amounts and leaves amounts past 2^53 öre as they are', () => {
    expect(roundOre(Infinity)).toBe(0);
    expect(roundOre(Number.NaN)).toBe(0);
    expect(roundOre(1e300)).toBe(1e300);
    expect(roundOre(-1e20)).toBe(-1e20);
  });
});

describe('sumOre', () => {
  it('sums in whole öre, or gives null when a term is unreadable', () => {
    expect(sumOre([0.1, 0.2, 1.005])).toBe(131);
    expect(sumOre([1, null])).toBeNull();
    expect(sumOre([])).toBe(0);
  });
});
