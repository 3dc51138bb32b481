/**
 * The seal as a workbook stores it: two copies of the same record (docs/seal.md), the custom XML part
 * and the cell text of Plankoll's very hidden sheet. Either may be missing (a platform lost the part; a
 * tool dropped the sheet); checkSeal reads whichever is there and reports `inconsistent` when they differ.
 */
import type { SealRecord } from './record';
import { parseSealRecord, sealToJson } from './record';

export interface SealCopies {
  /** The record text of the custom XML part, or null when there is none. */
  readonly part: string | null;
  /** The record text of the very hidden sheet, or null when there is none. */
  readonly sheet: string | null;
}

/** One record text (a single copy, or an older caller), both copies, or nothing. */
export type StoredSeal = string | SealCopies | null | undefined;

function blank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}

export function copiesOf(stored: StoredSeal): SealCopies {
  if (stored === null || stored === undefined) return { part: null, sheet: null };
  if (typeof stored === 'string') return { part: blank(stored) ? null : stored, sheet: null };
  return { part: blank(stored.part) ? null : stored.part, sheet: blank(stored.sheet) ? null : stored.sheet };
}

/** True when two record texts are the same record (a host may re-serialise; the values decide). */
export function sameRecord(a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  const pa = parseSealRecord(a);
  const pb = parseSealRecord(b);
  return pa.ok && pb.ok && sealToJson(pa.record) === sealToJson(pb.record);
}

/** The record to build on when sealing again: the newer of the readable copies, or null. */
export function resolveStored(stored: StoredSeal): SealRecord | null {
  const { part, sheet } = copiesOf(stored);
  const records = [part, sheet].flatMap((text) => {
    if (text === null) return [];
    const parsed = parseSealRecord(text);
    return parsed.ok ? [parsed.record] : [];
  });
  if (records.length === 0) return null;
  return records.reduce((a, b) => (Date.parse(b.at) > Date.parse(a.at) ? b : a));
}
