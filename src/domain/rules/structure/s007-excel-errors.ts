/** S007 — a cell the rules read holds an Excel error value (`#REF!`, `#VALUE!`, `#N/A` …). */
import type { RawFinding } from '../../finding';
import { isExcelError } from '../../snapshot';
import { forEachField, withActionId } from '../fields';
import type { RuleContext } from '../types';

export function checkExcelErrors({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  forEachField(model, (field, label, actionId) => {
    if (field.issue !== 'excelError') return;
    out.push({
      code: 'S007',
      sheet: field.ref.sheet,
      cell: field.ref.cell,
      ...withActionId(actionId),
      actual: isExcelError(field.raw) ? field.raw.error : String(field.raw),
      detail: { field: label },
    });
  });
  return out;
}
