/** R001 — Ansvarig is empty. */
import { emptyRoleRule } from './empty-role';
import { defineRule } from '../define';

export const checkResponsibleEmpty = emptyRoleRule('R001', 'responsible');

export const r001 = defineRule({
  code: 'R001',
  severity: 'error',
  family: 'responsibility',
  message: {
    sv: () => `Ansvarig saknas.`,
    en: () => `Responsible is empty.`,
  },
  check: checkResponsibleEmpty,
});
