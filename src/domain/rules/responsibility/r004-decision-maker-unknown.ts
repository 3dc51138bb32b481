/** R004 — Beslutsfattare is not a role in Roller. */
import { unknownRoleRule } from './unknown-role';
import { defineRule } from '../define';
import { q } from '../../messages';

export const checkDecisionMakerUnknown = unknownRoleRule('R004', 'decisionMaker');

export const r004 = defineRule({
  code: 'R004',
  severity: 'error',
  family: 'responsibility',
  message: {
    sv: (v) => `Beslutsfattare ${q(v.text(v.f.actual), 'sv')} finns inte som roll i Roller.`,
    en: (v) => `Decision maker ${q(v.text(v.f.actual), 'en')} is not a role in Roller.`,
  },
  check: checkDecisionMakerUnknown,
});
