/**
 * `plankoll diff`: what changed between two workbooks' plans, in the seal's terms (compare.ts): by key,
 * never by cell position, so layout, header language, column order, tables vs ranges and formatting are
 * not changes. Removed rows carry where they were in the old workbook; everything else where it is now.
 */
import type { PlanModel } from '../model';
import type { SealDiff } from './compare';
import { beforeOf, compareTables } from './compare';
import { fingerprint } from './fingerprint';
import type { SealTableId } from './rows';
import { SEAL_TABLES_V2 } from './rows';
import type { HashFactory } from './sha256';
import { sha256 } from './sha256';

export function diffPlans(older: PlanModel, newer: PlanModel, hash: HashFactory = sha256): SealDiff {
  const a = fingerprint(older, hash);
  const b = fingerprint(newer, hash);
  const before = Object.fromEntries(SEAL_TABLES_V2.map((t) => [t, a.rows[t] === null ? null : beforeOf(a.rows[t])])) as Record<SealTableId, ReturnType<typeof beforeOf> | null>;
  return compareTables(before, b.rows, (t) => a.tables[t] !== b.tables[t], hash);
}
