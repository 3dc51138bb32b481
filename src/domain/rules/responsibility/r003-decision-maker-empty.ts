/** R003 — Beslutsfattare is empty. */
import { emptyRoleRule } from './empty-role';
import { defineRule } from '../define';

export const checkDecisionMakerEmpty = emptyRoleRule('R003', 'decisionMaker');

export const r003 = defineRule({
  code: 'R003',
  severity: 'error',
  family: 'responsibility',
  message: {
    sv: () => `Beslutsfattare saknas.`,
    en: () => `Decision maker is empty.`,
  },
  check: checkDecisionMakerEmpty,
});
