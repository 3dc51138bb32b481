/**
 * `Andel (%)` as a fraction: normally a fraction shown with a percent format (0.5857); a value above 1
 * is percent points (58.57 → 0.5857). Text such as `"58,57 %"` reads as percent points when it has a
 * `%` sign, else by the same rule as a number, with issue 'textNumber'.
 */
import type { Field, Ref } from '../model';
import type { CellValue } from '../snapshot';
import { isExcelError, isNoResult } from '../snapshot';
import { isBlankCell } from './cells';
import { field } from './field';
import { readNumberText } from './numberText';

const asFraction = (n: number): number => (n > 1 ? n / 100 : n);

export function readPercent(raw: CellValue, ref: Ref): Field<number> {
  if (isBlankCell(raw)) return field(null, raw, ref, 'blank');
  if (isExcelError(raw)) return field(null, raw, ref, 'excelError');
  if (isNoResult(raw)) return field(null, raw, ref, 'noResult');
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? field(asFraction(raw), raw, ref) : field(null, raw, ref, 'invalid');
  }
  if (typeof raw === 'string') {
    const hasSign = /%\s*$/.test(raw);
    const n = readNumberText(raw, hasSign ? 'percent' : 'none');
    if (n === null) return field(null, raw, ref, 'invalid');
    return field(hasSign ? n / 100 : asFraction(n), raw, ref, 'textNumber');
  }
  return field(null, raw, ref, 'invalid');
}
