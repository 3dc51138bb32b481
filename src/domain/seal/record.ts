/**
 * The seal record stored in the workbook (JSON, versioned). Compact on purpose: per-action digests are
 * 16 hex digits (see fingerprint.ts), about 30 bytes per action.
 *
 * ```json
 * {"v":1,"by":"Anna Berg","at":"2011-12-31T14:05:00+01:00","tool":"plankoll","toolVersion":"0.1.0",
 *  "rulesetVersion":"1","counts":{"error":0,"warning":2,"info":0},"digest":"<64 hex>",
 *  "tables":{"plan":"<64 hex>","financing":"…","goals":"…","roles":"…","actions":"…"},
 *  "actions":{"A01":"<16 hex>","A02":"…"}}
 * ```
 */
import type { FindingCounts } from '../finding';
import { SEAL_TABLES } from './tables';
import type { SealTable } from './tables';

export const SEAL_RECORD_VERSION = 1;

export interface SealRecord {
  readonly v: 1;
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
  readonly tables: Readonly<Record<SealTable, string>>;
  readonly actions: Readonly<Record<string, string>>;
}

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
  if (data.v !== SEAL_RECORD_VERSION) return { ok: false, reason: 'unsupportedVersion', detail: String(data.v) };
  const bad = (field: string): ParsedSeal => ({ ok: false, reason: 'malformed', detail: field });
  if (typeof data.by !== 'string' || data.by.trim() === '') return bad('by');
  if (typeof data.at !== 'string' || !ISO_DATETIME.test(data.at) || Number.isNaN(Date.parse(data.at))) return bad('at');
  if (typeof data.toolVersion !== 'string') return bad('toolVersion');
  if (typeof data.rulesetVersion !== 'string') return bad('rulesetVersion');
  const counts = data.counts;
  if (!isObject(counts) || !isCount(counts.error) || !isCount(counts.warning) || !isCount(counts.info)) return bad('counts');
  if (typeof data.digest !== 'string' || !HEX64.test(data.digest)) return bad('digest');
  const tables = data.tables;
  if (!isObject(tables) || !SEAL_TABLES.every((t) => typeof tables[t] === 'string' && HEX64.test(tables[t] as string))) {
    return bad('tables');
  }
  const actions = data.actions;
  if (!isObject(actions) || !Object.values(actions).every((d) => typeof d === 'string' && HEX16.test(d))) return bad('actions');
  const record: SealRecord = {
    v: 1,
    by: data.by,
    at: data.at,
    tool: 'plankoll',
    toolVersion: data.toolVersion,
    rulesetVersion: data.rulesetVersion,
    counts: { error: counts.error, warning: counts.warning, info: counts.info },
    digest: data.digest,
    tables: Object.fromEntries(SEAL_TABLES.map((t) => [t, tables[t] as string])) as Record<SealTable, string>,
    actions: actions as Record<string, string>,
  };
  return { ok: true, record };
}

/** The record as stored: fixed key order, no whitespace. */
export function sealToJson(record: SealRecord): string {
  return JSON.stringify({
    v: record.v,
    by: record.by,
    at: record.at,
    tool: record.tool,
    toolVersion: record.toolVersion,
    rulesetVersion: record.rulesetVersion,
    counts: { error: record.counts.error, warning: record.counts.warning, info: record.counts.info },
    digest: record.digest,
    tables: Object.fromEntries(SEAL_TABLES.map((t) => [t, record.tables[t]])),
    actions: record.actions,
  });
}
