/**
 * Number formats of the template, in Excel's invariant (en-US) notation, which is what both the file
 * format and office-js `numberFormat` take. Excel renders them in the reader's locale: in a Swedish Excel
 * `#,##0 "kr"` shows as `2 290 000 kr`, `0.00%` as `58,57 %`. (A literal space, `# ##0`, would not: it is
 * a fixed character, not the grouping separator.)
 */
import type { ColumnFormat } from './types';

export const NUMBER_FORMAT: Readonly<Record<ColumnFormat, string>> = {
  text: '@',
  amount: '#,##0 "kr"',
  percent: '0.00%',
  date: 'yyyy-mm-dd',
  decimal: '0.0#',
  general: 'General',
};

/**
 * The number format a cell is written with, from the value actually written. Text is always written into
 * a text-formatted (`@`) cell, so Excel keeps `=HYPERLINK(…)` or `1/2` as the text it is (SPEC §6),
 * whatever the column's format; a date (a serial number) gets the date format.
 */
export function cellNumberFormat(format: ColumnFormat, value: string | number | null, isDate: boolean): string {
  if (typeof value === 'string') return NUMBER_FORMAT.text;
  if (isDate) return NUMBER_FORMAT.date;
  return NUMBER_FORMAT[format];
}
