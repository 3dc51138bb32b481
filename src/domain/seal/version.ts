/** Versions a seal records. TOOL_VERSION follows package.json (a test checks it). */
export const TOOL_VERSION = '0.1.0';
/** Bump when a rule of SPEC §2 changes meaning, so a seal says which rules it was validated against. */
export const RULESET_VERSION = '1';
