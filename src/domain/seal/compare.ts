/**
 * What changed between sealed rows and the rows now, by key (never by cell position): each changed value
 * with its field, before and after and the cell where it is now; added and removed rows; reordered tables.
 * Used by checkSeal (sealed record vs workbook) and by `plankoll diff` (workbook vs workbook).
 *
 * Governing changes (rows.ts#isGoverning) come first; otherwise tables in workbook order, rows in their
 * order now, fields in column order.
 */
import type { Ref } from '../model';
import type { Canon } from './canonical';
import { rowText } from './fingerprint';
import type { HashFactory } from './sha256';
import { sha256, sha256Text } from './sha256';
import type { SealRows, SealTableId } from './rows';
import { SEAL_TABLES_V2, isGoverning } from './rows';
import { ROW_DIGEST_LENGTH } from './encode';

/**
 * - `value`: one value changed (before → after);
 * - `row`: the row changed, but only its digest was sealed (a table above the values limit, or a version-1 record);
 * - `table`: the table changed in a way no row accounts for (only its digest was sealed, or a column
 *   appeared or went away without any value in it);
 * - `columnAdded`/`columnRemoved`: a column with values appeared or went away (its values are also listed).
 */
export type ChangeKind = 'value' | 'row' | 'table' | 'columnAdded' | 'columnRemoved';

export interface SealChange {
  readonly kind: ChangeKind;
  readonly table: SealTableId;
  /** The row's key (action ID, municipality, goal ID, role, Plan property, `period / ID`); null for a table. */
  readonly key: string | null;
  readonly field: string | null;
  readonly before: Canon;
  readonly after: Canon;
  /** Where the value is now (or the row's key cell when the value has no cell now). */
  readonly ref: Ref | null;
  readonly governing: boolean;
}

export interface SealRowChange {
  readonly table: SealTableId;
  readonly key: string;
  /** Added: the row's key cell now. Removed: where it was, when known (`plankoll diff`), else null. */
  readonly ref: Ref | null;
  readonly governing: boolean;
}

export interface SealDiff {
  readonly changes: readonly SealChange[];
  readonly added: readonly SealRowChange[];
  readonly removed: readonly SealRowChange[];
  /** Tables whose rows are in another order (each row unchanged). */
  readonly reordered: readonly SealTableId[];
  /** Tables that differ at all, in workbook order. */
  readonly tables: readonly SealTableId[];
}

/** The sealed (or old) side of one table. */
export interface BeforeTable {
  readonly fields: readonly string[];
  readonly keys: readonly string[];
  /** Values per row, when kept; else `digests`. */
  readonly rows?: readonly (readonly Canon[])[];
  readonly digests?: readonly string[];
  /** Where row `i` was (old workbook), for removed rows. */
  readonly refOf?: (i: number) => Ref | null;
}

export function beforeOf(rows: SealRows): BeforeTable {
  return { fields: rows.fields, keys: rows.rows.map((r) => r.key), rows: rows.rows.map((r) => r.values), refOf: (i) => rows.rows[i].ref };
}

interface TableResult {
  changes: SealChange[];
  added: SealRowChange[];
  removed: SealRowChange[];
  reordered: boolean;
}

function compareTable(table: SealTableId, before: BeforeTable | null, after: SealRows | null, hash: HashFactory): TableResult {
  const out: TableResult = { changes: [], added: [], removed: [], reordered: false };
  const beforeKeys = before?.keys ?? [];
  const afterRows = after?.rows ?? [];
  const beforeIndex = new Map(beforeKeys.map((k, i) => [k, i]));
  const afterKeys = new Set(afterRows.map((r) => r.key));
  const beforeFields = before?.fields ?? [];
  const afterFields = after?.fields ?? [];
  const beforeFieldIndex = new Map(beforeFields.map((f, i) => [f, i]));
  const afterFieldIndex = new Map(afterFields.map((f, i) => [f, i]));
  const fields = [...afterFields, ...beforeFields.filter((f) => !afterFieldIndex.has(f))];

  const common: number[] = [];
  for (const row of afterRows) {
    const b = beforeIndex.get(row.key);
    if (b === undefined) {
      out.added.push({ table, key: row.key, ref: row.ref, governing: isGoverning(table, null, row.key) && table !== 'plan' });
      continue;
    }
    common.push(b);
    if (before?.rows) {
      const old = before.rows[b];
      for (const field of fields) {
        const bi = beforeFieldIndex.get(field);
        const ai = afterFieldIndex.get(field);
        const was = bi === undefined ? null : old[bi];
        const now = ai === undefined ? null : row.values[ai];
        if (was === now) continue;
        out.changes.push({
          kind: 'value',
          table,
          key: row.key,
          field,
          before: was,
          after: now,
          ref: (ai === undefined ? null : row.refAt(ai)) ?? row.ref,
          governing: isGoverning(table, field, row.key),
        });
      }
    } else if (before?.digests) {
      if (sha256Text(rowText(row.values), hash).slice(0, ROW_DIGEST_LENGTH) !== before.digests[b]) {
        out.changes.push({ kind: 'row', table, key: row.key, field: null, before: null, after: null, ref: row.ref, governing: isGoverning(table, null, row.key) && table !== 'plan' && table !== 'actions' });
      }
    }
  }
  beforeKeys.forEach((key, i) => {
    if (!afterKeys.has(key)) out.removed.push({ table, key, ref: before?.refOf?.(i) ?? null, governing: isGoverning(table, null, key) && table !== 'plan' });
  });
  for (let i = 1; i < common.length; i++) {
    if (common[i] < common[i - 1]) {
      out.reordered = true;
      break;
    }
  }
  // A column that appeared or went away: named once, beside the values it brought or took.
  if (before !== null && after !== null) {
    for (const field of afterFields) {
      if (!beforeFieldIndex.has(field)) out.changes.push(columnChange('columnAdded', table, field, after));
    }
    for (const field of beforeFields) {
      if (!afterFieldIndex.has(field)) out.changes.push(columnChange('columnRemoved', table, field, after));
    }
  }
  return out;
}

function columnChange(kind: 'columnAdded' | 'columnRemoved', table: SealTableId, field: string, after: SealRows): SealChange {
  const first = after.rows.at(0);
  const header = first === undefined ? null : (first.refAt(after.fields.indexOf(field)) ?? first.ref);
  return { kind, table, key: null, field, before: null, after: null, ref: header, governing: isGoverning(table, field, null) };
}

/**
 * Compares table by table. `differs(t)` says whether the table's digests differ (only those are compared);
 * a differing table that no row, column or order accounts for gets one `table` change.
 */
export function compareTables(
  before: Readonly<Record<SealTableId, BeforeTable | null>>,
  after: Readonly<Record<SealTableId, SealRows | null>>,
  differs: (t: SealTableId) => boolean,
  hash: HashFactory = sha256,
): SealDiff {
  const changes: SealChange[] = [];
  const added: SealRowChange[] = [];
  const removed: SealRowChange[] = [];
  const reordered: SealTableId[] = [];
  const tables: SealTableId[] = [];
  for (const t of SEAL_TABLES_V2) {
    if (!differs(t)) continue;
    tables.push(t);
    const r = compareTable(t, before[t], after[t], hash);
    if (r.changes.length + r.added.length + r.removed.length === 0 && !r.reordered) {
      const at = after[t]?.rows[0]?.ref ?? null;
      r.changes.push({ kind: 'table', table: t, key: null, field: null, before: null, after: null, ref: at, governing: isGoverning(t, null, null) });
    }
    changes.push(...r.changes);
    added.push(...r.added);
    removed.push(...r.removed);
    if (r.reordered) reordered.push(t);
  }
  const governingFirst = <T extends { governing: boolean }>(list: T[]): T[] => [...list.filter((c) => c.governing), ...list.filter((c) => !c.governing)];
  return { changes: governingFirst(changes), added: governingFirst(added), removed: governingFirst(removed), reordered, tables };
}
