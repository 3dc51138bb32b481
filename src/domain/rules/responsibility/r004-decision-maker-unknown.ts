/** R004 — Beslutsfattare is not a role in Roller. */
import { unknownRoleRule } from './unknown-role';

export const checkDecisionMakerUnknown = unknownRoleRule('R004', 'decisionMaker');
