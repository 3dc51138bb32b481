/** Amounts in the summary are rounded to öre (two decimals), half away from zero. */
export function roundOre(amount: number): number {
  if (!Number.isFinite(amount)) return 0;
  const cents = Math.round(Math.abs(amount) * 100 + 1e-7);
  // Past 2^53 öre there is no öre left to round to (and 1e308 × 100 is Infinity, null in JSON).
  if (!Number.isSafeInteger(cents)) return amount;
  const rounded = (Math.sign(amount) * cents) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** A field's amount, or 0 when it is blank or unreadable (the rules report those). */
export function amountOf(field: { readonly value: number | null } | null | undefined): number {
  const v = field?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}
