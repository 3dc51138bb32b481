/**
 * The fingerprint of a plan: SHA-256 per table over its canonical rows, and an overall digest over the
 * table digests. One streaming pass per table (sha256.ts), synchronous.
 *
 * Version 2 (current) covers six tables (rows.ts: the plan's five and Uppföljning; Åtgärder with
 * Prognos). Version 1 (records sealed before Prognos and Uppföljning were covered) is kept so that an
 * older record still verifies against the values it sealed.
 */
import type { PlanModel } from '../model';
import {
  canonicalAction,
  canonicalFinancing,
  canonicalGoals,
  canonicalJson,
  canonicalPlanInfo,
  canonicalRoles,
} from './canonical';
import type { Canon } from './canonical';
import { actionKeys } from './actionKeys';
import type { HashFactory } from './sha256';
import { sha256, sha256Text } from './sha256';
import type { SealTableId, SealTables } from './rows';
import { SEAL_TABLES_V2, sealTables } from './rows';
import type { SealTable } from './tables';

// ---------------------------------------------------------------------------------------------------------
// Version 2

export interface Fingerprint {
  /** Over the table digests. */
  readonly digest: string;
  readonly tables: Readonly<Record<SealTableId, string>>;
  /** The rows fingerprinted, with where each value lives now. */
  readonly rows: SealTables;
}

/** The text a row is hashed as. */
export function rowText(values: readonly Canon[]): string {
  return JSON.stringify(values);
}

/**
 * Digest of one table's canonical text: its fields, then each row's key and values; `null` for an absent
 * table. (Keys follow from the values; hashing them too makes a hand-edited record's keys detectable.)
 */
export function tableDigest(
  fields: readonly string[] | null,
  keys: readonly string[],
  rows: readonly (readonly Canon[])[],
  hash: HashFactory = sha256,
): string {
  const h = hash();
  if (fields === null) return h.update('null').hex();
  h.update(JSON.stringify(fields));
  // One update per row (the same bytes as four): each update is a call into the hasher.
  for (let i = 0; i < rows.length; i++) h.update(`\n${JSON.stringify(keys[i] ?? null)}\t${rowText(rows[i])}`);
  return h.hex();
}

export function overallDigest(tables: Readonly<Record<string, string>>, version: 1 | 2, hash: HashFactory = sha256): string {
  return sha256Text(canonicalJson({ v: version, tables }), hash);
}

export function fingerprint(model: PlanModel, hash: HashFactory = sha256): Fingerprint {
  const rows = sealTables(model);
  const tables = Object.fromEntries(
    SEAL_TABLES_V2.map((t) => {
      const r = rows[t];
      return [t, r === null ? tableDigest(null, [], [], hash) : tableDigest(r.fields, r.rows.map((x) => x.key), r.rows.map((x) => x.values), hash)];
    }),
  ) as Record<SealTableId, string>;
  return { digest: overallDigest(tables, 2, hash), tables, rows };
}

// ---------------------------------------------------------------------------------------------------------
// Version 1

/** Version 1 stored per-action digests shortened to this many hex digits. */
export const ACTION_DIGEST_LENGTH = 16;

export interface FingerprintV1 {
  readonly digest: string;
  readonly tables: Readonly<Record<SealTable, string>>;
  /** Action key -> digest shortened to ACTION_DIGEST_LENGTH hex digits. */
  readonly actions: Readonly<Record<string, string>>;
}

export function fingerprintV1(model: PlanModel, hash: HashFactory = sha256): FingerprintV1 {
  const list = model.actions ?? [];
  const actionTexts = list.map((a) => canonicalJson(canonicalAction(a)));
  const actionsText = model.actions === null ? 'null' : `[${actionTexts.join(',')}]`;
  const tables = {
    plan: sha256Text(canonicalJson(canonicalPlanInfo(model)), hash),
    financing: sha256Text(canonicalJson(canonicalFinancing(model)), hash),
    goals: sha256Text(canonicalJson(canonicalGoals(model)), hash),
    roles: sha256Text(canonicalJson(canonicalRoles(model)), hash),
    actions: sha256Text(actionsText, hash),
  };
  const keys = actionKeys(list);
  const byKey: Record<string, string> = {};
  keys.forEach((k, i) => {
    byKey[k] = sha256Text(actionTexts[i], hash).slice(0, ACTION_DIGEST_LENGTH);
  });
  return { digest: overallDigest(tables, 1, hash), tables, actions: byKey };
}
