/** S007 — a cell the rules read holds an Excel error value (`#REF!`, `#VALUE!`, `#N/A` …). */
import type { RawFinding } from '../../finding';
import { isExcelError } from '../../snapshot';
import { forEachField, withActionId } from '../fields';
import type { RuleContext } from '../types';
import { defineRule } from '../define';

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

export const s007 = defineRule({
  code: 'S007',
  severity: 'error',
  family: 'structure',
  message: {
    sv: (v) => `${v.label() || 'Cellen'} innehåller felvärdet ${v.text(v.f.actual) || 'från Excel'}. Rätta formeln eller värdet.`,
    en: (v) => `${v.label() || 'The cell'} holds the Excel error ${v.text(v.f.actual) || 'value'}. Fix the formula or the value.`,
  },
  check: checkExcelErrors,
});
