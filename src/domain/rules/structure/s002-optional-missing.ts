/** S002 — an optional sheet or table is missing; the checks that need it are skipped (reported by readPlan). */
import { defineRule } from '../define';

export const s002 = defineRule({
  code: 'S002',
  severity: 'warning',
  family: 'structure',
  message: {
    sv: (v) =>
      (v.d('object') || v.f.sheet) === 'Plan'
        ? `Bladet eller tabellen Plan saknas. Den är frivillig, men utan den hoppas B006 över, B004 jämför med summan i Finansiering, rapportdatum är dagens datum (om inget annat anges) och toleransen för fördelningen är 0,5 %-enheter.`
        : `Bladet eller tabellen ${v.object()} saknas. Den är frivillig, men kontroller som behöver den hoppas över${v.d('skipped') ? ` (${v.d('skipped')})` : ''}.`,
    en: (v) =>
      (v.d('object') || v.f.sheet) === 'Plan'
        ? `The sheet or table Plan is missing. It is optional, but without it B006 is skipped, B004 compares with the Finansiering sum, the report date is today (unless given) and the allocation tolerance is 0.5 percentage points.`
        : `The sheet or table ${v.object()} is missing. It is optional, but the checks that need it are skipped${v.d('skipped') ? ` (${v.d('skipped')})` : ''}.`,
  },
});
