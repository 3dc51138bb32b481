/**
 * S006 — a formula cell the rules read has no stored result: the file was written by a program that does not
 * calculate (a script, an export). Excel would show the result; the file does not hold it, so the rules
 * cannot read it. Not "missing": the fix is to open and save the file in Excel.
 */
import type { RawFinding } from '../../finding';
import { isNoResult } from '../../snapshot';
import { defineRule } from '../define';
import { forEachField, withActionId } from '../fields';
import type { RuleContext } from '../types';

export function checkFormulasWithoutResult({ model }: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  forEachField(model, (field, label, actionId) => {
    if (field.issue !== 'noResult') return;
    out.push({
      code: 'S006',
      sheet: field.ref.sheet,
      cell: field.ref.cell,
      ...withActionId(actionId),
      ...(isNoResult(field.raw) && field.raw.formula !== '' ? { actual: `=${field.raw.formula}` } : {}),
      detail: { field: label },
    });
  });
  return out;
}

export const s006 = defineRule({
  code: 'S006',
  severity: 'error',
  family: 'structure',
  message: {
    sv: (v) =>
      `${v.label() || 'Cellen'} har en formel${v.f.actual ? ` (${v.text(v.f.actual)})` : ''} utan sparat resultat: filen skrevs av ett program som inte räknar. Öppna och spara den i Excel.`,
    en: (v) =>
      `${v.label() || 'The cell'} holds a formula${v.f.actual ? ` (${v.text(v.f.actual)})` : ''} without a stored result: the file was written by a program that does not calculate. Open and save it in Excel.`,
  },
  check: checkFormulasWithoutResult,
});
