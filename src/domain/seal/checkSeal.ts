/** Checking a stored seal (either or both copies) against the plan as it is now. */
import type { PlanModel } from '../model';
import type { BeforeTable, SealChange, SealDiff, SealRowChange } from './compare';
import { compareTables } from './compare';
import { decodeTable } from './encode';
import { fingerprint, fingerprintV1, overallDigest, tableDigest } from './fingerprint';
import type { SealInvalidReason, SealRecord, SealRecordV1, SealRecordV2 } from './record';
import { parseSealRecord } from './record';
import type { SealTableId } from './rows';
import { SEAL_TABLES_V2, isGoverning } from './rows';
import type { HashFactory } from './sha256';
import { sha256 } from './sha256';
import type { StoredSeal } from './stored';
import { copiesOf, sameRecord } from './stored';
import { SEAL_TABLES } from './tables';

/** Where a record was read from: the custom XML part, the very hidden sheet. */
export type SealCopy = 'part' | 'sheet';

interface Found {
  readonly by: string;
  readonly at: string;
  readonly record: SealRecord;
  /** The copies the record was read from (both, or the one that is left). */
  readonly copies: readonly SealCopy[];
}

export type SingleSealCheck =
  | { readonly state: 'absent' }
  | { readonly state: 'invalid'; readonly reason: SealInvalidReason; readonly detail?: string; readonly copies: readonly SealCopy[] }
  | ({ readonly state: 'intact' } & Found)
  | ({
      readonly state: 'changed';
      /** False when a table was too large to keep its values (or a version-1 record): rows are named, values not. */
      readonly valuesKept: boolean;
    } & Found &
      SealDiff);

export type SealCheck =
  | SingleSealCheck
  | {
      /** The two copies hold different records: each is checked on its own. */
      readonly state: 'inconsistent';
      readonly part: SingleSealCheck;
      readonly sheet: SingleSealCheck;
    };

export interface CheckSealOptions {
  readonly hash?: HashFactory;
}

function beforeTables(record: SealRecordV2): Record<SealTableId, BeforeTable | null> | null {
  const out: Partial<Record<SealTableId, BeforeTable | null>> = {};
  for (const t of SEAL_TABLES_V2) {
    const stored = record.values[t];
    if (stored === null) {
      out[t] = null;
      continue;
    }
    const decoded = decodeTable(stored);
    if (decoded === null) return null;
    out[t] = decoded.kind === 'values' ? { fields: decoded.fields, keys: decoded.keys, rows: decoded.rows } : { fields: decoded.fields, keys: decoded.keys, digests: decoded.digests };
  }
  return out as Record<SealTableId, BeforeTable | null>;
}

/** The record's digests agree with its own values: nobody edited it by hand. */
function consistentV2(record: SealRecordV2, before: Readonly<Record<SealTableId, BeforeTable | null>>, hash: HashFactory): boolean {
  if (overallDigest(record.tables, 2, hash) !== record.digest) return false;
  return SEAL_TABLES_V2.every((t) => {
    const b = before[t];
    if (b === null) return tableDigest(null, [], [], hash) === record.tables[t];
    return b.rows === undefined || tableDigest(b.fields, b.keys, b.rows, hash) === record.tables[t];
  });
}

function checkV2(record: SealRecordV2, model: PlanModel, copies: readonly SealCopy[], hash: HashFactory): SingleSealCheck {
  const before = beforeTables(record);
  if (before === null || !consistentV2(record, before, hash)) return { state: 'invalid', reason: 'inconsistent', copies };
  const now = fingerprint(model, hash);
  const found: Found = { by: record.by, at: record.at, record, copies };
  if (now.digest === record.digest) return { state: 'intact', ...found };
  const diff = compareTables(before, now.rows, (t) => now.tables[t] !== record.tables[t], hash);
  const valuesKept = diff.tables.every((t) => before[t]?.digests === undefined);
  return { state: 'changed', valuesKept, ...found, ...diff };
}

/** A version-1 record: table digests and per-action digests, so changed actions are named, not told. */
function checkV1(record: SealRecordV1, model: PlanModel, copies: readonly SealCopy[], hash: HashFactory): SingleSealCheck {
  if (overallDigest(record.tables, 1, hash) !== record.digest) return { state: 'invalid', reason: 'inconsistent', copies };
  const now = fingerprintV1(model, hash);
  const found: Found = { by: record.by, at: record.at, record, copies };
  if (now.digest === record.digest) return { state: 'intact', ...found };
  const actionRows = fingerprint(model, hash).rows.actions?.rows ?? [];
  const rowOf = new Map(actionRows.map((r) => [r.key, r]));
  const changes: SealChange[] = [];
  const added: SealRowChange[] = [];
  const removed: SealRowChange[] = [];
  const tables = SEAL_TABLES.filter((t) => now.tables[t] !== record.tables[t]);
  for (const t of tables) {
    if (t !== 'actions') {
      changes.push({ kind: 'table', table: t, key: null, field: null, before: null, after: null, ref: null, governing: isGoverning(t, null, null) });
      continue;
    }
    for (const [key, digest] of Object.entries(now.actions)) {
      const was = record.actions[key];
      if (was === undefined) added.push({ table: 'actions', key, ref: rowOf.get(key)?.ref ?? null, governing: false });
      else if (was !== digest) changes.push({ kind: 'row', table: 'actions', key, field: null, before: null, after: null, ref: rowOf.get(key)?.ref ?? null, governing: false });
    }
    for (const key of Object.keys(record.actions)) if (now.actions[key] === undefined) removed.push({ table: 'actions', key, ref: null, governing: false });
  }
  const actionsExplained = changes.some((c) => c.table === 'actions') || added.length + removed.length > 0;
  const reordered = tables.includes('actions') && !actionsExplained;
  const governing = [...changes.filter((c) => c.governing), ...changes.filter((c) => !c.governing)];
  return { state: 'changed', valuesKept: false, ...found, changes: governing, added, removed, reordered: reordered ? ['actions'] : [], tables };
}

function checkOne(text: string, model: PlanModel, copies: readonly SealCopy[], hash: HashFactory): SingleSealCheck {
  const parsed = parseSealRecord(text);
  if (!parsed.ok) {
    return parsed.detail === undefined
      ? { state: 'invalid', reason: parsed.reason, copies }
      : { state: 'invalid', reason: parsed.reason, detail: parsed.detail, copies };
  }
  return parsed.record.v === 1 ? checkV1(parsed.record, model, copies, hash) : checkV2(parsed.record, model, copies, hash);
}

/**
 * Checks the stored seal against the plan now. `stored` is both copies (or one record text). One copy
 * is enough; two that hold different records are `inconsistent`, each described on its own.
 */
export async function checkSeal(stored: StoredSeal, model: PlanModel, options: CheckSealOptions = {}): Promise<SealCheck> {
  return checkSealSync(stored, model, options);
}

export function checkSealSync(stored: StoredSeal, model: PlanModel, options: CheckSealOptions = {}): SealCheck {
  const hash = options.hash ?? sha256;
  const { part, sheet } = copiesOf(stored);
  if (part === null && sheet === null) return { state: 'absent' };
  if (part !== null && sheet !== null) {
    if (sameRecord(part, sheet)) return checkOne(part, model, ['part', 'sheet'], hash);
    return { state: 'inconsistent', part: checkOne(part, model, ['part'], hash), sheet: checkOne(sheet, model, ['sheet'], hash) };
  }
  return part !== null ? checkOne(part, model, ['part'], hash) : checkOne(sheet ?? '', model, ['sheet'], hash);
}
