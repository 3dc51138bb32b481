/** Action IDs and goal IDs as P002, P003 and P008 compare them: trimmed, case- and spacing-insensitive. */
export function normalizeId(text: string): string {
  // Printable ASCII without spaces (`A00123`, the usual ID) has nothing to normalise but its case.
  if (/^[\x21-\x7e]*$/.test(text)) return text.toLowerCase();
  return (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFC')).replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim().toLowerCase();
}
