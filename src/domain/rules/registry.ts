/**
 * Every rule, in one list: the codes, severities and messages of SPEC §2 derive from it (index.ts).
 * Adding a rule: its module (one `defineRule`), its test, and one line here.
 */
import { s001 } from './structure/s001-required-missing';
import { s002 } from './structure/s002-optional-missing';
import { s003 } from './structure/s003-missing-column';
import { s004 } from './structure/s004-duplicate-column';
import { s005 } from './structure/s005-municipality-without-column';
import { s006 } from './structure/s006-formula-without-result';
import { s007 } from './structure/s007-excel-errors';
import { s008 } from './structure/s008-ambiguous-object';
import { b001 } from './budget/b001-missing-amount';
import { b002 } from './budget/b002-negative-amount';
import { b003 } from './budget/b003-shares-sum';
import { b004 } from './budget/b004-budgets-total';
import { b005 } from './budget/b005-column-sum';
import { b006 } from './budget/b006-financing-total';
import { b007 } from './budget/b007-percent';
import { b008 } from './budget/b008-allocation-key';
import { b009 } from './budget/b009-overspent';
import { b010 } from './budget/b010-text-number';
import { b011 } from './budget/b011-forecast-overrun';
import { b012 } from './budget/b012-forecast-below-spent';
import { r001 } from './responsibility/r001-responsible-empty';
import { r002 } from './responsibility/r002-responsible-unknown';
import { r003 } from './responsibility/r003-decision-maker-empty';
import { r004 } from './responsibility/r004-decision-maker-unknown';
import { r005 } from './responsibility/r005-limit-exceeded';
import { r006 } from './responsibility/r006-no-authority';
import { r007 } from './responsibility/r007-same-role';
import { r008 } from './responsibility/r008-several-roles';
import { r009 } from './responsibility/r009-vacant-role';
import { r010 } from './responsibility/r010-duplicate-role';
import { p001 } from './plan/p001-missing-id';
import { p002 } from './plan/p002-duplicate-id';
import { p003 } from './plan/p003-unknown-goal';
import { p004 } from './plan/p004-invalid-date';
import { p005 } from './plan/p005-end-before-start';
import { p006 } from './plan/p006-unknown-status';
import { p007 } from './plan/p007-overdue';
import { p008 } from './plan/p008-goal-without-action';
import { p009 } from './plan/p009-done-without-spent';
import { u001 } from './followup/u001-follow-up-date';
import { u002 } from './followup/u002-follow-up-id';
import { u003 } from './followup/u003-unknown-action';
import { u004 } from './followup/u004-after-report-date';
import { u005 } from './followup/u005-spent-decreased';
import { u006 } from './followup/u006-unexplained-deviation';
import { u007 } from './followup/u007-no-longer-done';

export const RULES = [
  s001,
  s002,
  s003,
  s004,
  s005,
  s006,
  s007,
  s008,
  b001,
  b002,
  b003,
  b004,
  b005,
  b006,
  b007,
  b008,
  b009,
  b010,
  b011,
  b012,
  r001,
  r002,
  r003,
  r004,
  r005,
  r006,
  r007,
  r008,
  r009,
  r010,
  p001,
  p002,
  p003,
  p004,
  p005,
  p006,
  p007,
  p008,
  p009,
  u001,
  u002,
  u003,
  u004,
  u005,
  u006,
  u007,
] as const;
