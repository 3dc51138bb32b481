/** Checking a stored seal against the plan as it is now. */
import type { PlanModel } from '../model';
import { canonicalJson } from './canonical';
import { sha256Hex } from './digest';
import { fingerprint } from './fingerprint';
import type { SealInvalidReason, SealRecord } from './record';
import { parseSealRecord } from './record';
import { SEAL_TABLES, tableName } from './tables';

export type SealCheck =
  | { readonly state: 'absent' }
  | { readonly state: 'invalid'; readonly reason: SealInvalidReason; readonly detail?: string }
  | { readonly state: 'intact'; readonly by: string; readonly at: string; readonly record: SealRecord }
  | {
      readonly state: 'changed';
      readonly by: string;
      readonly at: string;
      /** Swedish names of the tables whose values changed (Plan, Finansiering, Mål, Roller, Åtgärder). */
      readonly tables: readonly string[];
      /** Action keys (IDs; see actionKeys.ts) added, removed or changed since sealing. */
      readonly added: readonly string[];
      readonly removed: readonly string[];
      readonly changed: readonly string[];
      /** Åtgärder changed but no action did: the rows were reordered. */
      readonly reordered: boolean;
      readonly record: SealRecord;
    };

export async function checkSeal(recordJson: string | null | undefined, model: PlanModel): Promise<SealCheck> {
  if (recordJson === null || recordJson === undefined || recordJson.trim() === '') return { state: 'absent' };
  const parsed = parseSealRecord(recordJson);
  if (!parsed.ok) {
    return parsed.detail === undefined
      ? { state: 'invalid', reason: parsed.reason }
      : { state: 'invalid', reason: parsed.reason, detail: parsed.detail };
  }
  const record = parsed.record;
  // The record's own digest must match its table digests, or someone edited the record by hand.
  if ((await sha256Hex(canonicalJson({ v: 1, tables: record.tables }))) !== record.digest) {
    return { state: 'invalid', reason: 'inconsistent' };
  }
  const now = await fingerprint(model);
  if (now.digest === record.digest) return { state: 'intact', by: record.by, at: record.at, record };

  const tables = SEAL_TABLES.filter((t) => now.tables[t] !== record.tables[t]);
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  if (tables.includes('actions')) {
    for (const [key, digest] of Object.entries(now.actions)) {
      const before = record.actions[key];
      if (before === undefined) added.push(key);
      else if (before !== digest) changed.push(key);
    }
    for (const key of Object.keys(record.actions)) if (now.actions[key] === undefined) removed.push(key);
  }
  const reordered = tables.includes('actions') && added.length + removed.length + changed.length === 0;
  return {
    state: 'changed',
    by: record.by,
    at: record.at,
    tables: tables.map((t) => tableName(t, 'sv')),
    added,
    removed,
    changed,
    reordered,
    record,
  };
}
