/**
 * One exceljs cell value -> the snapshot's `CellValue` (src/domain/snapshot.ts).
 *
 * Formulas give their cached result, rich text and hyperlinks their plain text, dates (exceljs turns
 * date-formatted numbers into JS Dates) Excel serial numbers in the 1900 system. No Node imports:
 * the browser harness reuses this module.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../domain/snapshot';

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** A JS Date (as exceljs builds it, in UTC) as an Excel serial number; null for an invalid date. */
export function dateToSerial(date: Date): number | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  const serial = UNIX_EPOCH_SERIAL + ms / MS_PER_DAY;
  // Whole days stay whole; a time of day keeps its fraction (rounded to the millisecond's order).
  return Math.round(serial * 1e8) / 1e8;
}

function richTextToString(parts: readonly ExcelJS.RichText[]): string {
  let s = '';
  for (const p of parts) s += p.text ?? '';
  return s;
}

/** Converts what `cell.value` returns; `undefined`/`null` and unknown shapes become null (an empty cell). */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'object':
      break;
    default:
      return null;
  }
  if (value instanceof Date) return dateToSerial(value);
  if ('error' in value && typeof value.error === 'string') return { error: value.error };
  if ('richText' in value && Array.isArray(value.richText)) return richTextToString(value.richText);
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula's value is its cached result (never the formula text). A result that is itself an
    // error, a date or rich text goes through the same conversion.
    const result = (value as ExcelJS.CellFormulaValue).result;
    return toCellValue(result as ExcelJS.CellValue | undefined);
  }
  if ('hyperlink' in value || 'text' in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
    if (typeof text === 'string') return text;
    if (text !== null && typeof text === 'object' && 'richText' in text) {
      return richTextToString((text as ExcelJS.CellRichTextValue).richText);
    }
    // A number, date or boolean under a hyperlink (a budget linked to its decision) keeps its value:
    // exceljs puts the cell's value in `text`, whatever its type.
    if (typeof text === 'number' || typeof text === 'boolean' || text instanceof Date) return toCellValue(text);
    return null;
  }
  return null;
}
