/** Status: Swedish or English label, ignoring case and diacritics (`PAGAR`, `in progress`); else 'invalid'. */
import type { Ref, StatusField } from '../model';
import { statusOf } from '../names';
import type { CellValue } from '../snapshot';
import { isExcelError, isNoResult } from '../snapshot';
import { isBlankCell } from './cells';
import { field } from './field';

export function readStatus(raw: CellValue, ref: Ref): StatusField {
  if (isBlankCell(raw)) return field(null, raw, ref, 'blank');
  if (isExcelError(raw)) return field(null, raw, ref, 'excelError');
  if (isNoResult(raw)) return field(null, raw, ref, 'noResult');
  const status = typeof raw === 'string' ? statusOf(raw) : null;
  return status === null ? field(null, raw, ref, 'invalid') : field(status, raw, ref);
}
