/** The keys follow-up rows are grouped and matched by (SPEC §7): a period's, and an action ID's. */
import { foldName } from '../names';
import { normalizeId } from '../rules/plan/action-ids';

export function periodKey(label: string): string {
  return foldName(label);
}

/** Printable ASCII without spaces: the usual ID (`A12`, `IS-3`), whose key is just its lower case. */
const SIMPLE_ID = /^[!-~]+$/;

/** The key an action ID is matched by across Åtgärder and Uppföljning (as P002 compares IDs). */
export function idKey(id: string): string {
  return SIMPLE_ID.test(id) ? id.toLowerCase() : normalizeId(id);
}
