/** Sealing: the record of who, when, which tool and rules, the counts, the sealed values and the history. */
import type { FindingCounts } from '../finding';
import type { PlanModel } from '../model';
import { encodeTable } from './encode';
import type { StoredTables } from './encode';
import { fingerprint, rowText } from './fingerprint';
import type { SealRecordV2 } from './record';
import { ISO_DATETIME, MAX_HISTORY, historyEntry } from './record';
import { SEAL_TABLES_V2 } from './rows';
import type { HashFactory } from './sha256';
import { sha256, sha256Text } from './sha256';
import type { StoredSeal } from './stored';
import { resolveStored } from './stored';
import { localIsoWithOffset } from './time';
import { RULESET_VERSION, TOOL_VERSION } from './version';

export interface CreateSealOptions {
  /** The seal the workbook carries now (either copy): its history, and itself, become the new history. */
  readonly previous?: StoredSeal;
  /** The follow-up period sealed; default the Plan's Uppföljningsperiod, else its report date. */
  readonly period?: string | null;
  readonly hash?: HashFactory;
}

/** The follow-up period a seal of this plan is for: Uppföljningsperiod, else the Plan's report date. */
export function sealPeriod(model: PlanModel): string | null {
  return (model.info.followUpPeriod ?? null)?.value ?? model.info.reportDate?.value ?? null;
}

/**
 * Builds the seal record for a validated plan. Throws (a caller's bug, not bad input) when the
 * validation had errors or the name is blank: the CLI and the task pane check both first.
 */
export async function createSeal(
  model: PlanModel,
  counts: FindingCounts,
  by: string,
  at: Date | string,
  options: CreateSealOptions = {},
): Promise<SealRecordV2> {
  if (counts.error > 0) throw new Error(`cannot seal a plan with ${counts.error} errors`);
  const name = by.trim();
  if (name === '') throw new Error('cannot seal without a name');
  const when = typeof at === 'string' ? at : localIsoWithOffset(at);
  if (!ISO_DATETIME.test(when)) throw new Error(`not an ISO datetime: ${when}`);
  const hash = options.hash ?? sha256;
  const fp = fingerprint(model, hash);
  const values = Object.fromEntries(
    SEAL_TABLES_V2.map((t) => {
      const rows = fp.rows[t];
      return [t, rows === null ? null : encodeTable(rows, (i) => sha256Text(rowText(rows.rows[i].values), hash))];
    }),
  ) as StoredTables;
  const previous = resolveStored(options.previous ?? null);
  const history = previous === null ? [] : [...(previous.v === 2 ? previous.history : []), historyEntry(previous)].slice(-MAX_HISTORY);
  return {
    v: 2,
    by: name,
    at: when,
    tool: 'plankoll',
    toolVersion: TOOL_VERSION,
    rulesetVersion: RULESET_VERSION,
    counts: { error: counts.error, warning: counts.warning, info: counts.info },
    period: options.period !== undefined ? options.period : sealPeriod(model),
    digest: fp.digest,
    tables: fp.tables,
    values,
    history,
  };
}
