/**
 * Amounts in kronor: a number is the value; text that reads as a number (`"2 290 000 kr"`) is the value
 * with issue 'textNumber'; blank → 'blank'; an Excel error → 'excelError'; anything else (booleans
 * included) → 'invalid'.
 */
import type { AmountField, Ref } from '../model';
import type { CellValue } from '../snapshot';
import { isExcelError, isNoResult } from '../snapshot';
import { isBlankCell } from './cells';
import { field } from './field';
import { readNumberText } from './numberText';

export function readAmount(raw: CellValue, ref: Ref, suffix: 'money' | 'percent' | 'none' = 'money'): AmountField {
  if (isBlankCell(raw)) return field(null, raw, ref, 'blank');
  if (isExcelError(raw)) return field(null, raw, ref, 'excelError');
  if (isNoResult(raw)) return field(null, raw, ref, 'noResult');
  if (typeof raw === 'number') return Number.isFinite(raw) ? field(raw, raw, ref) : field(null, raw, ref, 'invalid');
  if (typeof raw === 'string') {
    const n = readNumberText(raw, suffix);
    return n === null ? field(null, raw, ref, 'invalid') : field(n, raw, ref, 'textNumber');
  }
  return field(null, raw, ref, 'invalid');
}

/** readAmount with its default unit (kronor), as a two-argument field reader (RowCells.read). */
export const readMoney = (raw: CellValue, ref: Ref): AmountField => readAmount(raw, ref);
