/** R001 — Ansvarig is empty. */
import { emptyRoleRule } from './empty-role';

export const checkResponsibleEmpty = emptyRoleRule('R001', 'responsible');
