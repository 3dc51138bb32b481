/** Dates: an Excel serial number or ISO `YYYY-MM-DD` text, read as ISO; anything else is 'invalid'. */
import { parseIsoDate, serialToIso } from '../dates';
import type { DateField, Ref } from '../model';
import type { CellValue } from '../snapshot';
import { isExcelError, isNoResult } from '../snapshot';
import { isBlankCell } from './cells';

export function readDate(raw: CellValue, ref: Ref): DateField {
  if (isBlankCell(raw)) return { value: null, raw, ref, issue: 'blank' };
  if (isExcelError(raw)) return { value: null, raw, ref, issue: 'excelError' };
  if (isNoResult(raw)) return { value: null, raw, ref, issue: 'noResult' };
  if (typeof raw === 'number') {
    const iso = serialToIso(raw);
    return iso === null ? { value: null, raw, ref, issue: 'invalid' } : { value: iso, raw, ref };
  }
  if (typeof raw === 'string' && parseIsoDate(raw) !== null) return { value: raw.trim(), raw, ref };
  return { value: null, raw, ref, issue: 'invalid' };
}
