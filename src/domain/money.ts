/**
 * Amounts to the öre (SPEC §2: "to the öre"): the one rounding every rule, the summary and the messages use.
 * Half an öre rounds away from zero, as the amount was written: 1.005 kr is 1.01 kr and −0.005 kr is −0.01 kr,
 * although the binary float 1.005 is a hair below 1.005 (×100 gives 100.49999999999999).
 */

/** Significant digits a double holds exactly as a decimal; beyond them is binary noise, not the amount. */
const DECIMAL_DIGITS = 15;
/** Below this many öre, 15 significant digits still include the fraction of an öre. */
const DECIMAL_LIMIT = 1e14;

/** Whole öre of an amount in kronor, half away from zero; never −0. Non-finite input stays as it is. */
export function toOre(kronor: number): number {
  if (!Number.isFinite(kronor)) return kronor;
  let scaled = Math.abs(kronor) * 100;
  // Near a half öre, read the product as the decimal it stands for (100.49999999999999 is 100.5).
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6 && scaled < DECIMAL_LIMIT) {
    scaled = Number(scaled.toPrecision(DECIMAL_DIGITS));
  }
  const ore = Math.round(scaled);
  return ore === 0 ? 0 : Math.sign(kronor) * ore;
}

export function fromOre(ore: number): number {
  return ore / 100;
}

/**
 * An amount rounded to öre (two decimals), half away from zero. Non-finite gives 0 (the summary shows no
 * amount for it); past 2^53 öre a float has no öre left to round to, and the amount stays as it is.
 */
export function roundOre(kronor: number): number {
  if (!Number.isFinite(kronor)) return 0;
  const ore = toOre(kronor);
  return Number.isSafeInteger(ore) ? fromOre(ore) : kronor;
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
