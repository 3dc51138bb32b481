/** Amounts are compared in whole öre, never as raw floats (SPEC §2: "to the öre"). */

export function toOre(kronor: number): number {
  return Math.round(kronor * 100);
}

export function fromOre(ore: number): number {
  return ore / 100;
}

/** Σ of the values in öre, or null when any term is unreadable (its own finding already points at it). */
export function sumOre(values: readonly (number | null)[]): number | null {
  let sum = 0;
  for (const v of values) {
    if (v === null) return null;
    sum += toOre(v);
  }
  return sum;
}

/** `part / whole` in percentage points (58.57 for 2 290 000 / 3 910 000). */
export function percentPoints(part: number, whole: number): number {
  return (part / whole) * 100;
}

/** Rounds to two decimals, for `expected`/`actual` in percent. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Tolerance comparisons: "exactly on the tolerance" is within it, despite binary floating point. */
export const EPSILON_PP = 1e-9;
