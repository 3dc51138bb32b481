/** R003 — Beslutsfattare is empty. */
import { emptyRoleRule } from './empty-role';

export const checkDecisionMakerEmpty = emptyRoleRule('R003', 'decisionMaker');
