/** Action IDs and goal IDs as P002, P003 and P008 compare them: trimmed, case- and spacing-insensitive. */
export function normalizeId(text: string): string {
  return (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFC')).replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim().toLowerCase();
}
