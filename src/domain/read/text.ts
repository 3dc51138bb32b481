/** Text fields: trimmed text; numbers are read as their text; blank → null ('blank'). */
import type { Ref, TextField } from '../model';
import type { CellValue } from '../snapshot';
import { isExcelError, isNoResult } from '../snapshot';
import { isBlankCell } from './cells';
import { field } from './field';

export function readText(raw: CellValue, ref: Ref): TextField {
  if (isBlankCell(raw)) return field(null, raw, ref, 'blank');
  if (isExcelError(raw)) return field(null, raw, ref, 'excelError');
  if (isNoResult(raw)) return field(null, raw, ref, 'noResult');
  if (typeof raw === 'string') return field(raw.trim(), raw, ref);
  if (typeof raw === 'number' && Number.isFinite(raw)) return field(String(raw), raw, ref);
  // Booleans (and non-finite numbers) are not text a person typed as a name or an ID.
  return field(null, raw, ref, 'invalid');
}
