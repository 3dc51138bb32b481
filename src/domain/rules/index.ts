/** Every rule of SPEC §2 that reads the model (the structure rules S001–S005 are reported by readPlan). */
import type { RawFinding } from '../finding';
import { checkAllocationKey } from './budget/b008-allocation-key';
import { checkBudgetsTotal } from './budget/b004-budgets-total';
import { checkColumnSums } from './budget/b005-column-sum';
import { checkFinancingTotal } from './budget/b006-financing-total';
import { checkMissingAmounts } from './budget/b001-missing-amount';
import { checkNegativeAmounts } from './budget/b002-negative-amount';
import { checkOverspent } from './budget/b009-overspent';
import { checkPercents } from './budget/b007-percent';
import { checkSharesSum } from './budget/b003-shares-sum';
import { checkTextNumbers } from './budget/b010-text-number';
import { checkDoneWithoutSpent } from './plan/p009-done-without-spent';
import { checkDuplicateIds } from './plan/p002-duplicate-id';
import { checkEndBeforeStart } from './plan/p005-end-before-start';
import { checkGoalsWithoutAction } from './plan/p008-goal-without-action';
import { checkInvalidDates } from './plan/p004-invalid-date';
import { checkMissingIds } from './plan/p001-missing-id';
import { checkOverdue } from './plan/p007-overdue';
import { checkUnknownGoals } from './plan/p003-unknown-goal';
import { checkUnknownStatus } from './plan/p006-unknown-status';
import { checkDecisionMakerEmpty } from './responsibility/r003-decision-maker-empty';
import { checkDecisionMakerUnknown } from './responsibility/r004-decision-maker-unknown';
import { checkDuplicateRoles } from './responsibility/r010-duplicate-role';
import { checkLimitExceeded } from './responsibility/r005-limit-exceeded';
import { checkNoAuthority } from './responsibility/r006-no-authority';
import { checkResponsibleEmpty } from './responsibility/r001-responsible-empty';
import { checkResponsibleUnknown } from './responsibility/r002-responsible-unknown';
import { checkSameRole } from './responsibility/r007-same-role';
import { checkSeveralRoles } from './responsibility/r008-several-roles';
import { checkVacantRoles } from './responsibility/r009-vacant-role';
import { checkExcelErrors } from './structure/s007-excel-errors';
import type { Rule, RuleContext } from './types';

export type { Rule, RuleCheck, RuleContext } from './types';

export const RULES: readonly Rule[] = [
  { code: 'S007', check: checkExcelErrors },
  { code: 'B001', check: checkMissingAmounts },
  { code: 'B002', check: checkNegativeAmounts },
  { code: 'B003', check: checkSharesSum },
  { code: 'B004', check: checkBudgetsTotal },
  { code: 'B005', check: checkColumnSums },
  { code: 'B006', check: checkFinancingTotal },
  { code: 'B007', check: checkPercents },
  { code: 'B008', check: checkAllocationKey },
  { code: 'B009', check: checkOverspent },
  { code: 'B010', check: checkTextNumbers },
  { code: 'R001', check: checkResponsibleEmpty },
  { code: 'R002', check: checkResponsibleUnknown },
  { code: 'R003', check: checkDecisionMakerEmpty },
  { code: 'R004', check: checkDecisionMakerUnknown },
  { code: 'R005', check: checkLimitExceeded },
  { code: 'R006', check: checkNoAuthority },
  { code: 'R007', check: checkSameRole },
  { code: 'R008', check: checkSeveralRoles },
  { code: 'R009', check: checkVacantRoles },
  { code: 'R010', check: checkDuplicateRoles },
  { code: 'P001', check: checkMissingIds },
  { code: 'P002', check: checkDuplicateIds },
  { code: 'P003', check: checkUnknownGoals },
  { code: 'P004', check: checkInvalidDates },
  { code: 'P005', check: checkEndBeforeStart },
  { code: 'P006', check: checkUnknownStatus },
  { code: 'P007', check: checkOverdue },
  { code: 'P008', check: checkGoalsWithoutAction },
  { code: 'P009', check: checkDoneWithoutSpent },
];

/** Runs every rule (unsorted; validate.ts sorts and renders). */
export function runRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const rule of RULES) for (const f of rule.check(ctx)) out.push(f);
  return out;
}
