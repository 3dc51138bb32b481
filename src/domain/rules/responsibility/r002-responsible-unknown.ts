/** R002 — Ansvarig is not a role in Roller. */
import { unknownRoleRule } from './unknown-role';

export const checkResponsibleUnknown = unknownRoleRule('R002', 'responsible');
