/** A field's amount, or 0 when it is blank or unreadable (the rules report those). */
export function amountOf(field: { readonly value: number | null } | null | undefined): number {
  const v = field?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}
