/** The validation seal (SPEC §4): fingerprint, record, check, description, XML part. */
export { canonicalPlan, canonicalJson, canonValue } from './canonical';
export type { CanonicalPlan } from './canonical';
export { fingerprint, ACTION_DIGEST_LENGTH } from './fingerprint';
export type { Fingerprint } from './fingerprint';
export { createSeal } from './createSeal';
export { checkSeal } from './checkSeal';
export type { SealCheck } from './checkSeal';
export { describeSeal } from './describeSeal';
export { parseSealRecord, sealToJson } from './record';
export type { SealRecord, SealInvalidReason } from './record';
export { SEAL_NAMESPACE, sealFromXml, sealToXml } from './xml';
export { SEAL_TABLES, tableName } from './tables';
export type { SealTable } from './tables';
export { TOOL_VERSION, RULESET_VERSION } from './version';
