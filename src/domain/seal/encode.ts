/**
 * The sealed rows as the record stores them (record version 2), compactly: column by column, a column of
 * repeating values (statuses, roles, dates, goal IDs) as a dictionary and indices. A 10 000-action plan
 * stays well under 2 MB (tests/seal/scale.test.ts).
 *
 * A value is stored as JSON: null (empty), a number (`n:`), text as itself (`s:`); any other canonical
 * value, and text that starts with `~`, as `~` + its canonical form (`~d:2011-03-01`, `~b:1`, `~s:~x`).
 *
 * Tables with more than MAX_SEALED_ROWS rows keep only a 16-hex digest per row: a change is then located
 * (which row) but not told (which field, before, after).
 */
import type { Canon } from './canonical';
import { canonNumber } from './canonical';
import type { SealRows, SealTableId } from './rows';

export const MAX_SEALED_ROWS = 10_000;
/** Per-row digests (above MAX_SEALED_ROWS) are SHA-256 shortened to this many hex digits. */
export const ROW_DIGEST_LENGTH = 16;

type Stored = string | number | null;
type Column = Stored[] | { readonly d: Stored[]; readonly i: number[] };

export interface StoredValues {
  readonly fields: readonly string[];
  readonly keys: readonly string[];
  readonly columns: readonly Column[];
}

export interface StoredDigests {
  readonly fields: readonly string[];
  readonly keys: readonly string[];
  /** ROW_DIGEST_LENGTH hex digits per row, concatenated. */
  readonly digests: string;
}

export type StoredTable = StoredValues | StoredDigests;

export function encodeCanon(canon: Canon): Stored {
  if (canon === null) return null;
  if (canon.startsWith('n:')) {
    const n = Number(canon.slice(2));
    if (Number.isFinite(n) && `n:${canonNumber(n)}` === canon) return n;
    return `~${canon}`;
  }
  if (canon.startsWith('s:')) {
    const text = canon.slice(2);
    return text.startsWith('~') ? `~${canon}` : text;
  }
  return `~${canon}`;
}

export function decodeCanon(stored: unknown): Canon | undefined {
  if (stored === null) return null;
  if (typeof stored === 'number') return Number.isFinite(stored) ? `n:${canonNumber(stored)}` : undefined;
  if (typeof stored !== 'string') return undefined;
  return stored.startsWith('~') ? stored.slice(1) : `s:${stored}`;
}

function encodeColumn(values: readonly Stored[]): Column {
  const index = new Map<Stored, number>();
  const d: Stored[] = [];
  const i: number[] = [];
  for (const v of values) {
    let k = index.get(v);
    if (k === undefined) {
      k = d.length;
      index.set(v, k);
      d.push(v);
    }
    i.push(k);
  }
  return values.length >= 4 && d.length * 2 <= values.length ? { d, i } : [...values];
}

/** Row digests: `digestOf` is the row's canonical text digest (fingerprint.ts). */
export function encodeTable(rows: SealRows, rowDigest: (i: number) => string): StoredTable {
  const keys = rows.rows.map((r) => r.key);
  if (rows.rows.length > MAX_SEALED_ROWS) {
    let digests = '';
    for (let i = 0; i < rows.rows.length; i++) digests += rowDigest(i).slice(0, ROW_DIGEST_LENGTH);
    return { fields: rows.fields, keys, digests };
  }
  const columns = rows.fields.map((_, f) => encodeColumn(rows.rows.map((r) => encodeCanon(r.values[f]))));
  return { fields: rows.fields, keys, columns };
}

/** Sealed rows read back: values per row, or digests only. */
export type DecodedTable =
  | { readonly kind: 'values'; readonly fields: readonly string[]; readonly keys: readonly string[]; readonly rows: readonly (readonly Canon[])[] }
  | { readonly kind: 'digests'; readonly fields: readonly string[]; readonly keys: readonly string[]; readonly digests: readonly string[] };

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function decodeColumn(column: unknown, n: number): Canon[] | null {
  let stored: unknown[];
  if (Array.isArray(column)) {
    stored = column;
  } else if (typeof column === 'object' && column !== null) {
    const { d, i } = column as { d?: unknown; i?: unknown };
    if (!Array.isArray(d) || !Array.isArray(i)) return null;
    if (!i.every((k) => typeof k === 'number' && Number.isInteger(k) && k >= 0 && k < d.length)) return null;
    stored = (i as number[]).map((k) => d[k]);
  } else {
    return null;
  }
  if (stored.length !== n) return null;
  const out: Canon[] = [];
  for (const s of stored) {
    const canon = decodeCanon(s);
    if (canon === undefined) return null;
    out.push(canon);
  }
  return out;
}

/** Reads a stored table; null when it is malformed. Never throws. */
export function decodeTable(value: unknown): DecodedTable | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { fields, keys, columns, digests } = value as { fields?: unknown; keys?: unknown; columns?: unknown; digests?: unknown };
  if (!isStringArray(fields) || !isStringArray(keys) || new Set(keys).size !== keys.length) return null;
  if (typeof digests === 'string') {
    if (digests.length !== keys.length * ROW_DIGEST_LENGTH || !/^[0-9a-f]*$/.test(digests)) return null;
    const list: string[] = [];
    for (let i = 0; i < keys.length; i++) list.push(digests.slice(i * ROW_DIGEST_LENGTH, (i + 1) * ROW_DIGEST_LENGTH));
    return { kind: 'digests', fields, keys, digests: list };
  }
  if (!Array.isArray(columns) || columns.length !== fields.length) return null;
  const cols: Canon[][] = [];
  for (const column of columns) {
    const decoded = decodeColumn(column, keys.length);
    if (decoded === null) return null;
    cols.push(decoded);
  }
  const rows = keys.map((_, r) => cols.map((col) => col[r]));
  return { kind: 'values', fields, keys, rows };
}

export type StoredTables = Readonly<Record<SealTableId, StoredTable | null>>;
