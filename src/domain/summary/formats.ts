/**
 * Number formats of the summary sheet.
 *
 * Excel stores a format code in one invariant (en-US) form — office-js `Range.numberFormat` and the
 * .xlsx file both use it — and shows it with the reader's locale: `,` is the thousands-grouping
 * placeholder and `.` the decimal point *in the code*, rendered as the locale's separators. So
 * `#,##0 "kr"` displays as `2 290 000 kr` in a Swedish Excel (and `2,290,000 kr` in an English one),
 * and `0.0 %` as `58,6 %`. Writing the Swedish-looking `# ##0` would instead put a literal space in the
 * code and break in every other locale. (`numberFormatLocal` would take the localized form; we avoid it
 * so the layout is the same on every machine.)
 */
export const FORMAT_KR = '#,##0 "kr"';
/** Percent with one decimal and the Swedish space before the sign. */
export const FORMAT_PERCENT = '0.0 %';
export const FORMAT_INTEGER = '0';
export const FORMAT_DATE = 'yyyy-mm-dd';
export const FORMAT_DATETIME = 'yyyy-mm-dd hh:mm';
/** Text: a value in a `@` cell is never read as a formula, a number or a date (SPEC §6). */
export const FORMAT_TEXT = '@';
export const FORMAT_GENERAL = 'General';
