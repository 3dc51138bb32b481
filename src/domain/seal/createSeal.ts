/** Sealing: the record of who, when, which tool and rules, the counts and the plan's fingerprint. */
import type { FindingCounts } from '../finding';
import type { PlanModel } from '../model';
import { fingerprint } from './fingerprint';
import type { SealRecord } from './record';
import { ISO_DATETIME } from './record';
import { localIsoWithOffset } from './time';
import { RULESET_VERSION, TOOL_VERSION } from './version';

/**
 * Builds the seal record for a validated plan. Throws (a caller's bug, not bad input) when the
 * validation had errors or the name is blank: the CLI and the task pane check both first.
 */
export async function createSeal(
  model: PlanModel,
  counts: FindingCounts,
  by: string,
  at: Date | string,
): Promise<SealRecord> {
  if (counts.error > 0) throw new Error(`cannot seal a plan with ${counts.error} errors`);
  const name = by.trim();
  if (name === '') throw new Error('cannot seal without a name');
  const when = typeof at === 'string' ? at : localIsoWithOffset(at);
  if (!ISO_DATETIME.test(when)) throw new Error(`not an ISO datetime: ${when}`);
  const fp = await fingerprint(model);
  return {
    v: 1,
    by: name,
    at: when,
    tool: 'plankoll',
    toolVersion: TOOL_VERSION,
    rulesetVersion: RULESET_VERSION,
    counts: { error: counts.error, warning: counts.warning, info: counts.info },
    digest: fp.digest,
    tables: fp.tables,
    actions: fp.actions,
  };
}
