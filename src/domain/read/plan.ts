/**
 * Plan: key/value rows (`Egenskap` · `Värde`). Known keys (names.ts PLAN_PROPERTIES) are read by type;
 * unknown keys are ignored; a key given twice is reported (S004, at the second key cell) and the first
 * one is used. A property that is not there is null.
 */
import type { RawFinding } from '../finding';
import type { AmountField, DateField, PlanInfo, TextField } from '../model';
import type { PlanProperty } from '../names';
import { PLAN_PROPERTIES, SHEET_NAME, planPropertyOf } from '../names';
import { readAmount } from './amount';
import { readDate } from './date';
import type { RowCells } from './rows';
import { readText } from './text';

type Values = {
  name: TextField | null;
  decisionDate: DateField | null;
  decidedBy: TextField | null;
  totalBudget: AmountField | null;
  reportDate: DateField | null;
  tolerance: AmountField | null;
  followUpPeriod: TextField | null;
};

export const ABSENT_PLAN: PlanInfo = {
  present: false,
  name: null,
  decisionDate: null,
  decidedBy: null,
  totalBudget: null,
  reportDate: null,
  tolerance: null,
  followUpPeriod: null,
};

export function readPlanInfo(rows: readonly RowCells[], complete: boolean): { info: PlanInfo; findings: RawFinding[] } {
  const { present: _absent, ...none } = ABSENT_PLAN;
  const values: Values = { ...none };
  const findings: RawFinding[] = [];
  if (!complete) return { info: { ...values, present: true }, findings };
  const seen = new Set<PlanProperty>();
  for (const r of rows) {
    const key = r.cell('key');
    const prop = typeof key.raw === 'string' ? planPropertyOf(key.raw) : null;
    if (prop === null) continue;
    if (seen.has(prop)) {
      const header = PLAN_PROPERTIES.find((p) => p.field === prop)?.header ?? prop;
      findings.push({
        code: 'S004',
        sheet: key.ref.sheet,
        cell: key.ref.cell,
        actual: String(key.raw).trim(),
        detail: { object: SHEET_NAME.plan, column: header, header: String(key.raw).trim() },
      });
      continue;
    }
    seen.add(prop);
    const { raw, ref } = r.cell('value');
    switch (prop) {
      case 'name':
      case 'decidedBy':
      case 'followUpPeriod':
        values[prop] = readText(raw, ref);
        break;
      case 'decisionDate':
      case 'reportDate':
        values[prop] = readDate(raw, ref);
        break;
      case 'totalBudget':
        values.totalBudget = readAmount(raw, ref);
        break;
      case 'tolerance':
        values.tolerance = readAmount(raw, ref, 'percent');
        break;
    }
  }
  return { info: { ...values, present: true }, findings };
}
