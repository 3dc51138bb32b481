/** S007 — a cell the rules read holds an Excel error value (`#REF!`, `#VALUE!`, `#N/A` …). */
import type { RawFinding } from '../../finding';
import { isExcelError } from '../../snapshot';
import { allFields } from '../fields';
import type { RuleContext } from '../types';

export function checkExcelErrors({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const { field, actionId, label } of allFields(model)) {
    if (field.issue !== 'excelError') continue;
    const actual = isExcelError(field.raw) ? field.raw.error : String(field.raw);
    out.push({
      code: 'S007',
      sheet: field.ref.sheet,
      cell: field.ref.cell,
      ...(actionId !== undefined ? { actionId } : {}),
      actual,
      detail: { field: label },
    });
  }
  return out;
}
