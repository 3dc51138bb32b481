/**
 * Column width in points from a width in characters, as Excel measures it with the default font
 * (Calibri 11 at 96 dpi: pixels = chars × 7 + 5; 1 px = 0.75 pt; 8.43 characters is 48 pt).
 * Both writers that size columns (the summary sheet and the template) use this one conversion.
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
