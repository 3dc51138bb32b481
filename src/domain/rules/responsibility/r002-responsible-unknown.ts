/** R002 — Ansvarig is not a role in Roller. */
import { unknownRoleRule } from './unknown-role';
import { defineRule } from '../define';
import { q } from '../../messages';

export const checkResponsibleUnknown = unknownRoleRule('R002', 'responsible');

export const r002 = defineRule({
  code: 'R002',
  severity: 'error',
  family: 'responsibility',
  message: {
    sv: (v) => `Ansvarig ${q(v.text(v.f.actual), 'sv')} finns inte som roll i Roller.`,
    en: (v) => `Responsible ${q(v.text(v.f.actual), 'en')} is not a role in Roller.`,
  },
  check: checkResponsibleUnknown,
});
