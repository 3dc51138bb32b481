/**
 * The seal record stored in the workbook (JSON, versioned).
 *
 * Version 2 (written now) keeps the sealed values themselves (encode.ts), so a change is told value by
 * value, and the earlier seals of the workbook (`history`, at most 50, oldest first):
 *
 * ```json
 * {"v":2,"by":"Anna Berg","at":"2011-12-31T14:05:00+01:00","tool":"plankoll","toolVersion":"0.1.0",
 *  "rulesetVersion":"1","counts":{"error":0,"warning":2,"info":0},"period":"Helår 2011","digest":"<64 hex>",
 *  "tables":{"plan":"<64 hex>","financing":"…","goals":"…","roles":"…","actions":"…","followUps":"…"},
 *  "values":{"actions":{"fields":["id","name",…],"keys":["A01",…],"columns":[["A01",…],{"d":["Klar","Pågår"],"i":[0,1,…]},…]},…},
 *  "history":[{"by":"Bo Ek","at":"2011-08-31T10:00:00+02:00","period":"Tertial 2","counts":{…},"digest":"<64 hex>"}]}
 * ```
 *
 * Version 1 (before Prognos and Uppföljning were covered) kept digests only: per table and per action
 * (16 hex digits). It is still read and verified (fingerprint.ts keeps its fingerprint).
 */
import type { FindingCounts } from '../finding';
import type { StoredTable, StoredTables } from './encode';
import { decodeTable } from './encode';
import type { SealTableId } from './rows';
import { SEAL_TABLES_V2 } from './rows';
import { SEAL_TABLES } from './tables';
import type { SealTable } from './tables';

/** The version written now. */
export const SEAL_RECORD_VERSION = 2;
/** Earlier seals kept in a record (the newest ones). */
export const MAX_HISTORY = 50;

interface RecordHead {
  /** The name the controller entered: not verified by anyone. */
  readonly by: string;
  /** When sealed: ISO datetime with the sealer's UTC offset, e.g. `2011-12-31T14:05:00+01:00`. */
  readonly at: string;
  readonly tool: 'plankoll';
  readonly toolVersion: string;
  readonly rulesetVersion: string;
  readonly counts: FindingCounts;
  /** SHA-256 over the table digests (fingerprint.ts). */
  readonly digest: string;
}

export interface SealRecordV1 extends RecordHead {
  readonly v: 1;
  readonly tables: Readonly<Record<SealTable, string>>;
  readonly actions: Readonly<Record<string, string>>;
}

/** An earlier seal of the same workbook. */
export interface SealHistoryEntry {
  readonly by: string;
  readonly at: string;
  /** The follow-up period sealed (Uppföljningsperiod, or the report date), when known. */
  readonly period: string | null;
  readonly counts: FindingCounts;
  readonly digest: string;
}

export interface SealRecordV2 extends RecordHead {
  readonly v: 2;
  readonly period: string | null;
  readonly tables: Readonly<Record<SealTableId, string>>;
  /** The sealed rows per table (null: the table was absent). */
  readonly values: StoredTables;
  /** Earlier seals, oldest first, at most MAX_HISTORY. */
  readonly history: readonly SealHistoryEntry[];
}

export type SealRecord = SealRecordV1 | SealRecordV2;

/** Why a stored seal cannot be used. */
export type SealInvalidReason = 'notJson' | 'notARecord' | 'unsupportedVersion' | 'malformed' | 'inconsistent';

export type ParsedSeal =
  | { readonly ok: true; readonly record: SealRecord }
  | { readonly ok: false; readonly reason: SealInvalidReason; readonly detail?: string };

const HEX64 = /^[0-9a-f]{64}$/;
const HEX16 = /^[0-9a-f]{16}$/;
export const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function isAt(v: unknown): v is string {
  return typeof v === 'string' && ISO_DATETIME.test(v) && !Number.isNaN(Date.parse(v));
}

function countsOf(v: unknown): FindingCounts | null {
  if (!isObject(v) || !isCount(v.error) || !isCount(v.warning) || !isCount(v.info)) return null;
  return { error: v.error, warning: v.warning, info: v.info };
}

function digestsOf<K extends string>(v: unknown, keys: readonly K[]): Record<K, string> | null {
  if (!isObject(v) || !keys.every((t) => typeof v[t] === 'string' && HEX64.test(v[t] as string))) return null;
  return Object.fromEntries(keys.map((t) => [t, v[t] as string])) as Record<K, string>;
}

function historyOf(v: unknown): SealHistoryEntry[] | null {
  if (!Array.isArray(v)) return null;
  const out: SealHistoryEntry[] = [];
  for (const item of v) {
    if (!isObject(item)) return null;
    const counts = countsOf(item.counts);
    if (typeof item.by !== 'string' || !isAt(item.at) || counts === null) return null;
    if (item.period !== null && typeof item.period !== 'string') return null;
    if (typeof item.digest !== 'string' || !HEX64.test(item.digest)) return null;
    out.push({ by: item.by, at: item.at, period: item.period, counts, digest: item.digest });
  }
  return out.slice(-MAX_HISTORY);
}

/** Checks the shape of a stored record; never throws. Does not check it against a plan (checkSeal.ts). */
export function parseSealRecord(json: string): ParsedSeal {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    // Stored text that is not JSON is a known state of a damaged record, reported as such (never a crash).
    return { ok: false, reason: 'notJson' };
  }
  if (!isObject(data) || data.tool !== 'plankoll') return { ok: false, reason: 'notARecord' };
  if (data.v !== 1 && data.v !== 2) return { ok: false, reason: 'unsupportedVersion', detail: String(data.v) };
  const bad = (field: string): ParsedSeal => ({ ok: false, reason: 'malformed', detail: field });
  if (typeof data.by !== 'string' || data.by.trim() === '') return bad('by');
  if (!isAt(data.at)) return bad('at');
  if (typeof data.toolVersion !== 'string') return bad('toolVersion');
  if (typeof data.rulesetVersion !== 'string') return bad('rulesetVersion');
  const counts = countsOf(data.counts);
  if (counts === null) return bad('counts');
  if (typeof data.digest !== 'string' || !HEX64.test(data.digest)) return bad('digest');
  const head: RecordHead = {
    by: data.by,
    at: data.at,
    tool: 'plankoll',
    toolVersion: data.toolVersion,
    rulesetVersion: data.rulesetVersion,
    counts,
    digest: data.digest,
  };
  if (data.v === 1) {
    const tables = digestsOf(data.tables, SEAL_TABLES);
    if (tables === null) return bad('tables');
    const actions = data.actions;
    if (!isObject(actions) || !Object.values(actions).every((d) => typeof d === 'string' && HEX16.test(d))) return bad('actions');
    return { ok: true, record: { v: 1, ...head, tables, actions: actions as Record<string, string> } };
  }
  if (data.period !== null && typeof data.period !== 'string') return bad('period');
  const tables = digestsOf(data.tables, SEAL_TABLES_V2);
  if (tables === null) return bad('tables');
  const values = data.values;
  if (!isObject(values)) return bad('values');
  const stored: Partial<Record<SealTableId, StoredTable | null>> = {};
  for (const t of SEAL_TABLES_V2) {
    const v = values[t] ?? null;
    if (v !== null && decodeTable(v) === null) return bad(`values.${t}`);
    stored[t] = v as StoredTable | null;
  }
  const history = historyOf(data.history ?? []);
  if (history === null) return bad('history');
  return {
    ok: true,
    record: { v: 2, ...head, period: data.period, tables, values: stored as StoredTables, history },
  };
}

/** The record as stored: fixed key order, no whitespace. */
export function sealToJson(record: SealRecord): string {
  const head = {
    v: record.v,
    by: record.by,
    at: record.at,
    tool: record.tool,
    toolVersion: record.toolVersion,
    rulesetVersion: record.rulesetVersion,
    counts: { error: record.counts.error, warning: record.counts.warning, info: record.counts.info },
  };
  if (record.v === 1) {
    return JSON.stringify({
      ...head,
      digest: record.digest,
      tables: Object.fromEntries(SEAL_TABLES.map((t) => [t, record.tables[t]])),
      actions: record.actions,
    });
  }
  return JSON.stringify({
    ...head,
    period: record.period,
    digest: record.digest,
    tables: Object.fromEntries(SEAL_TABLES_V2.map((t) => [t, record.tables[t]])),
    values: Object.fromEntries(SEAL_TABLES_V2.map((t) => [t, record.values[t]])),
    history: record.history.map((h) => ({
      by: h.by,
      at: h.at,
      period: h.period,
      counts: { error: h.counts.error, warning: h.counts.warning, info: h.counts.info },
      digest: h.digest,
    })),
  });
}

/** What the history keeps of a record. */
export function historyEntry(record: SealRecord): SealHistoryEntry {
  return { by: record.by, at: record.at, period: record.v === 2 ? record.period : null, counts: record.counts, digest: record.digest };
}
