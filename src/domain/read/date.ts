/** Dates: an Excel serial number or ISO `YYYY-MM-DD` text, read as ISO; anything else is 'invalid'. */
import { parseIsoDate, serialToIso } from '../dates';
import type { DateField, Ref } from '../model';
import type { CellValue } from '../snapshot';
import { isExcelError, isNoResult } from '../snapshot';
import { isBlankCell } from './cells';
import { field } from './field';

export function readDate(raw: CellValue, ref: Ref): DateField {
  if (isBlankCell(raw)) return field(null, raw, ref, 'blank');
  if (isExcelError(raw)) return field(null, raw, ref, 'excelError');
  if (isNoResult(raw)) return field(null, raw, ref, 'noResult');
  if (typeof raw === 'number') {
    const iso = serialToIso(raw);
    return iso === null ? field(null, raw, ref, 'invalid') : field(iso, raw, ref);
  }
  if (typeof raw === 'string' && parseIsoDate(raw) !== null) return field(raw.trim(), raw, ref);
  return field(null, raw, ref, 'invalid');
}
