/**
 * Amounts in kronor: a number is the value; text that reads as a number (`"2 290 000 kr"`) is the value
 * with issue 'textNumber'; blank → 'blank'; an Excel error → 'excelError'; anything else (booleans
 * included) → 'invalid'.
 */
import type { AmountField, Ref } from '../model';
import type { CellValue } from '../snapshot';
import { isExcelError, isNoResult } from '../snapshot';
import { isBlankCell } from './cells';
import { readNumberText } from './numberText';

export function readAmount(raw: CellValue, ref: Ref, suffix: 'money' | 'percent' | 'none' = 'money'): AmountField {
  if (isBlankCell(raw)) return { value: null, raw, ref, issue: 'blank' };
  if (isExcelError(raw)) return { value: null, raw, ref, issue: 'excelError' };
  if (isNoResult(raw)) return { value: null, raw, ref, issue: 'noResult' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, raw, ref } : { value: null, raw, ref, issue: 'invalid' };
  if (typeof raw === 'string') {
    const n = readNumberText(raw, suffix);
    return n === null ? { value: null, raw, ref, issue: 'invalid' } : { value: n, raw, ref, issue: 'textNumber' };
  }
  return { value: null, raw, ref, issue: 'invalid' };
}
