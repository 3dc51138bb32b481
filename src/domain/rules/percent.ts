/** Percentages in the rules: points, two decimals, and the tolerance comparison. */

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
