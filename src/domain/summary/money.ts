/** A field's amount, or 0 when it is blank or unreadable (the rules report those). */
export function amountOf(field: { readonly value: number | null } | null | undefined): number {
  return amountValue(field?.value);
}

/** An amount field's value as amountOf counts it: 0 when it is blank or unreadable. */
export function amountValue(v: number | null | undefined): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}
