/** S001 — a required sheet or table is missing (reported by readPlan). */
import { defineRule } from '../define';

export const s001 = defineRule({
  code: 'S001',
  severity: 'error',
  family: 'structure',
  message: {
    sv: (v) => `Bladet eller tabellen ${v.object()} saknas. Den krävs för kontrollen.`,
    en: (v) => `The sheet or table ${v.object()} is missing. It is required.`,
  },
});
