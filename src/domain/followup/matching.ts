/**
 * Follow-up rows matched to Åtgärder's actions (SPEC §7), once per summary: by index, not by a map lookup
 * per row and use. An action is matched by its ID key (idKey, as P002 compares IDs); of several actions
 * with one key the first is matched, and of several rows of one follow-up with one key the first counts
 * (U002 reports the others).
 *
 * Recording writes a follow-up's rows in Åtgärder's order, so each row is first compared with the action
 * after the one the previous row matched: the same ID text there is a match without working out a key or
 * looking it up. Only other rows (reordered, edited by hand, of removed actions) take the key lookup.
 *
 * Both are remembered per array / follow-up, like followUpsOf: validation and the summary of one read
 * share them.
 */
import type { Action, FollowUpRow } from '../model';
import type { FollowUp } from './periods';
import { idKey } from './keys';

export interface ActionIndex {
  /** Per action: its ID key, or null when its ID is blank. */
  readonly keys: readonly (string | null)[];
  /** Per action: 1 when it is the first action with its key (the one follow-up rows are matched to). */
  readonly first: Uint8Array;
  /** ID key → index of the first action with it. */
  readonly byKey: ReadonlyMap<string, number>;
}

const INDEXES = new WeakMap<readonly Action[], ActionIndex>();

export function actionIndex(actions: readonly Action[]): ActionIndex {
  const known = INDEXES.get(actions);
  if (known !== undefined) return known;
  const keys: (string | null)[] = new Array<string | null>(actions.length);
  const first = new Uint8Array(actions.length);
  const byKey = new Map<string, number>();
  for (let i = 0; i < actions.length; i++) {
    const id = actions[i].id?.value;
    if (typeof id !== 'string' || id === '') {
      keys[i] = null;
      continue;
    }
    const key = idKey(id);
    keys[i] = key;
    if (!byKey.has(key)) {
      byKey.set(key, i);
      first[i] = 1;
    }
  }
  const out = { keys, first, byKey };
  INDEXES.set(actions, out);
  return out;
}

export interface FollowUpMatch {
  /** The follow-up's first row of each action key, in the order recorded. */
  readonly rows: readonly FollowUpRow[];
  /** Per entry of `rows`: the index of its action in Åtgärder, or -1 when Åtgärder no longer has it. */
  readonly actionOf: Int32Array;
  /** Per action in Åtgärder: the row recorded for it, or undefined (it was not in the follow-up). */
  readonly rowOf: readonly (FollowUpRow | undefined)[];
  /** How many of the follow-up's rows have an ID: more than `rows.length` when some key is there twice. */
  readonly withId: number;
}

/** The row a follow-up recorded for action `i` (the first action with its ID key stands for them all). */
export function recordedFor(match: FollowUpMatch, index: ActionIndex, i: number): FollowUpRow | undefined {
  const key = index.keys[i];
  if (key === null) return undefined;
  return match.rowOf[index.first[i] === 1 ? i : (index.byKey.get(key) ?? i)];
}

const MATCHES = new WeakMap<FollowUp, { readonly actions: readonly Action[]; readonly match: FollowUpMatch }>();

/** Remembers `match` as matchFollowUp's answer for `followUp` against `actions` (walk.ts matches them all at once). */
export function rememberMatch(followUp: FollowUp, actions: readonly Action[], match: FollowUpMatch): void {
  MATCHES.set(followUp, { actions, match });
}

/** A follow-up's rows being matched, one at a time (matchFollowUp's, and walk.ts's for every follow-up at once). */
export interface Matching {
  readonly rows: FollowUpRow[];
  readonly actionOf: number[];
  readonly rowOf: (FollowUpRow | undefined)[];
  /** Rows of actions no longer in Åtgärder, by key: the first of each. */
  readonly removed: Set<string>;
  next: number;
  withId: number;
}

export function startMatching(actionCount: number): Matching {
  return { rows: [], actionOf: [], rowOf: new Array<FollowUpRow | undefined>(actionCount).fill(undefined), removed: new Set<string>(), next: 0, withId: 0 };
}

/** matchRow's answer for a row that is not kept (no ID, or its key matched already). */
export const NOT_KEPT = -2;

/**
 * Matches the follow-up's next row: the index of its action, -1 when Åtgärder no longer has it, or
 * NOT_KEPT. A kept row is added to `m.rows`.
 */
export function matchRow(m: Matching, row: FollowUpRow, actions: readonly Action[], index: ActionIndex): number {
  const id = row.id?.value;
  if (typeof id !== 'string' || id === '') return NOT_KEPT;
  m.withId++;
  let at = -1;
  const next = m.next;
  if (next < actions.length && index.first[next] === 1 && actions[next].id.value === id) {
    at = next;
  } else {
    const key = idKey(id);
    const found = index.byKey.get(key);
    if (found === undefined) {
      if (m.removed.has(key)) return NOT_KEPT;
      m.removed.add(key);
    } else {
      at = found;
    }
  }
  if (at >= 0) {
    if (m.rowOf[at] !== undefined) return NOT_KEPT;
    m.rowOf[at] = row;
    m.next = at + 1;
  }
  m.actionOf.push(at);
  m.rows.push(row);
  return at;
}

/** The finished match of a follow-up with `rowCount` rows. */
export function matchOf(m: Matching, rowCount: number): FollowUpMatch {
  const actionOf = new Int32Array(rowCount);
  actionOf.set(m.actionOf);
  return { rows: m.rows, actionOf: actionOf.subarray(0, m.rows.length), rowOf: m.rowOf, withId: m.withId };
}

export function matchFollowUp(followUp: FollowUp, actions: readonly Action[]): FollowUpMatch {
  const known = MATCHES.get(followUp);
  if (known !== undefined && known.actions === actions) return known.match;
  const index = actionIndex(actions);
  const m = startMatching(actions.length);
  for (const row of followUp.rows) matchRow(m, row, actions, index);
  const match = matchOf(m, followUp.rows.length);
  MATCHES.set(followUp, { actions, match });
  return match;
}
