/** Text fields: trimmed text; numbers are read as their text; blank → null ('blank'). */
import type { Ref, TextField } from '../model';
import type { CellValue } from '../snapshot';
import { isExcelError, isNoResult } from '../snapshot';
import { isBlankCell } from './cells';

export function readText(raw: CellValue, ref: Ref): TextField {
  if (isBlankCell(raw)) return { value: null, raw, ref, issue: 'blank' };
  if (isExcelError(raw)) return { value: null, raw, ref, issue: 'excelError' };
  if (isNoResult(raw)) return { value: null, raw, ref, issue: 'noResult' };
  if (typeof raw === 'string') return { value: raw.trim(), raw, ref };
  if (typeof raw === 'number' && Number.isFinite(raw)) return { value: String(raw), raw, ref };
  // Booleans (and non-finite numbers) are not text a person typed as a name or an ID.
  return { value: null, raw, ref, issue: 'invalid' };
}
