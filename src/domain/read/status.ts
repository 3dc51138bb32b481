/** Status: Swedish or English label, ignoring case and diacritics (`PAGAR`, `in progress`); else 'invalid'. */
import type { Ref, StatusField } from '../model';
import { statusOf } from '../names';
import type { CellValue } from '../snapshot';
import { isExcelError, isNoResult } from '../snapshot';
import { isBlankCell } from './cells';

export function readStatus(raw: CellValue, ref: Ref): StatusField {
  if (isBlankCell(raw)) return { value: null, raw, ref, issue: 'blank' };
  if (isExcelError(raw)) return { value: null, raw, ref, issue: 'excelError' };
  if (isNoResult(raw)) return { value: null, raw, ref, issue: 'noResult' };
  const status = typeof raw === 'string' ? statusOf(raw) : null;
  return status === null ? { value: null, raw, ref, issue: 'invalid' } : { value: status, raw, ref };
}
