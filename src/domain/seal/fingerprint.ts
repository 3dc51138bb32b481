/**
 * The fingerprint of a plan: a SHA-256 digest per table over its canonical form (canonical.ts), one per
 * action (keyed as in actionKeys.ts), and an overall digest over the table digests.
 */
import type { PlanModel } from '../model';
import {
  canonicalAction,
  canonicalFinancing,
  canonicalGoals,
  canonicalJson,
  canonicalPlanInfo,
  canonicalRoles,
} from './canonical';
import { sha256Hex, sha256HexAll } from './digest';
import { actionKeys } from './actionKeys';
import type { SealTable } from './tables';

/** Per-action digests are stored shortened: they only locate a change; the table digests detect it. */
export const ACTION_DIGEST_LENGTH = 16;

export interface Fingerprint {
  /** Over the five table digests. */
  readonly digest: string;
  readonly tables: Readonly<Record<SealTable, string>>;
  /** Action key -> digest shortened to ACTION_DIGEST_LENGTH hex digits. */
  readonly actions: Readonly<Record<string, string>>;
}

export async function fingerprint(model: PlanModel): Promise<Fingerprint> {
  const list = model.actions ?? [];
  const actionTexts = list.map((a) => canonicalJson(canonicalAction(a)));
  // Same text as canonicalJson(canonicalPlan(model).actions), without serialising every action twice.
  const actionsText = model.actions === null ? 'null' : `[${actionTexts.join(',')}]`;
  const [plan, financing, goals, roles, actions] = await Promise.all([
    sha256Hex(canonicalJson(canonicalPlanInfo(model))),
    sha256Hex(canonicalJson(canonicalFinancing(model))),
    sha256Hex(canonicalJson(canonicalGoals(model))),
    sha256Hex(canonicalJson(canonicalRoles(model))),
    sha256Hex(actionsText),
  ]);
  const tables = { plan, financing, goals, roles, actions };
  const digest = await sha256Hex(canonicalJson({ v: 1, tables }));
  const keys = actionKeys(list);
  const digests = await sha256HexAll(actionTexts);
  const byKey: Record<string, string> = {};
  keys.forEach((k, i) => {
    byKey[k] = digests[i].slice(0, ACTION_DIGEST_LENGTH);
  });
  return { digest, tables, actions: byKey };
}
