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
 * share them. The rows are read from Uppföljning's columns (model.followUpColumns) and a match is kept as
 * typed arrays of column entries; its row objects are made only when a rule asks for them.
 */
import type { Action, FollowUpColumns, FollowUpRow } from '../model';
import { followUpColumnsOf } from '../read/followUps';
import type { FollowUp } from './periods';
import { idKey } from './keys';
import { IdIndex } from './idIndex';
import { followUpStates } from '../summary/actionFacts';

export interface ActionIndex {
  /** Per action: its ID as written (trimmed), or null when blank. */
  readonly ids: readonly (string | null)[];
  /** Per action: its ID key, or null when its ID is blank. */
  readonly keys: readonly (string | null)[];
  /** Per action: 1 when it is the first action with its key (the one follow-up rows are matched to). */
  readonly first: Uint8Array;
  /** ID key → index of the first action with it. */
  readonly byKey: { get(key: string): number | undefined; has(key: string): boolean };
  /** Per action: its budget as the summary counts it (amountOf), which a follow-up's budget sums. */
  readonly budget: Float64Array;
}

const INDEXES = new WeakMap<readonly Action[], ActionIndex>();

export function actionIndex(actions: readonly Action[]): ActionIndex {
  const known = INDEXES.get(actions);
  if (known !== undefined) return known;
  const { id: ids, budget } = followUpStates(actions);
  const byKey = new IdIndex(ids);
  let keys: (string | null)[] | undefined;
  const out: ActionIndex = {
    ids,
    // Worked out when asked for (the rules that look a non-first action's row up): the index hashes the
    // IDs without making their keys.
    get keys(): readonly (string | null)[] {
      keys ??= ids.map((id) => (id === null ? null : idKey(id)));
      return keys;
    },
    first: byKey.first,
    byKey,
    budget,
  };
  INDEXES.set(actions, out);
  return out;
}

export interface FollowUpMatch {
  /** The follow-up's first row of each action key, in the order recorded. */
  readonly rows: readonly FollowUpRow[];
  /** Per entry of `rows`: the index of its action in Åtgärder, or -1 when Åtgärder no longer has it. */
  readonly actionOf: Int32Array;
  /** The follow-up's rows as columns (the whole table's, after a walk): what `at` and `rowAtOf` index. */
  readonly columns: FollowUpColumns;
  /** Per entry of `rows`: its entry in `columns`. */
  readonly at: Int32Array;
  /** Per action in Åtgärder: the entry in `columns` of the row recorded for it, or -1 (it was not in the follow-up). */
  readonly rowAtOf: Int32Array;
  /** Per action in Åtgärder: the row recorded for it, or undefined (it was not in the follow-up). */
  readonly rowOf: readonly (FollowUpRow | undefined)[];
  /** How many of the follow-up's rows have an ID: more than `rows.length` when some key is there twice. */
  readonly withId: number;
  /**
   * Set when the follow-up is in Åtgärder's order, as recording writes it: its kept rows are `count`
   * consecutive entries from `from`, entry from + j recorded for action j. What `at`, `actionOf` and `rowAtOf`
   * then hold, without making them (for 20 000 actions, three arrays a summary need not allocate).
   */
  readonly inOrder: InOrder | null;
}

export interface InOrder {
  readonly from: number;
  readonly count: number;
}

/** The entry in `match.columns` of the row a follow-up recorded for action `i` (the first action with its ID key stands for them all), or -1. */
export function recordedAt(match: FollowUpMatch, index: ActionIndex, i: number): number {
  const key = index.keys[i];
  if (key === null) return -1;
  return match.rowAtOf[index.first[i] === 1 ? i : (index.byKey.get(key) ?? i)];
}

/** The row a follow-up recorded for action `i` (the first action with its ID key stands for them all). */
export function recordedFor(match: FollowUpMatch, index: ActionIndex, i: number): FollowUpRow | undefined {
  const at = recordedAt(match, index, i);
  return at < 0 ? undefined : match.columns.rows[at];
}

const MATCHES = new WeakMap<FollowUp, { readonly actions: readonly Action[]; readonly match: FollowUpMatch }>();

/** Remembers `match` as matchFollowUp's answer for `followUp` against `actions` (walk.ts matches them all at once). */
export function rememberMatch(followUp: FollowUp, actions: readonly Action[], match: FollowUpMatch): void {
  MATCHES.set(followUp, { actions, match });
}

/** A follow-up's rows being matched, one at a time (matchFollowUp's, and walk.ts's for every follow-up at once). */
export interface Matching {
  /** Per column entry: matchRow's answer for it (shared by the follow-ups of one walk: each entry is in one). */
  readonly actionAt: Int32Array;
  readonly rowAtOf: Int32Array;
  /** Rows of actions no longer in Åtgärder, by key: the first of each. */
  readonly removed: Set<string>;
  next: number;
  withId: number;
  kept: number;
}

export function startMatching(actionCount: number, actionAt: Int32Array): Matching {
  return { actionAt, rowAtOf: new Int32Array(actionCount).fill(-1), removed: new Set<string>(), next: 0, withId: 0, kept: 0 };
}

/** matchRow's answer for a row that is not kept (no ID, or its key matched already). */
export const NOT_KEPT = -2;

/**
 * Matches the follow-up's next row, entry `i` of `columns`: the index of its action, -1 when Åtgärder no
 * longer has it, or NOT_KEPT; the answer is also written to `m.actionAt[i]`.
 */
export function matchRow(m: Matching, columns: FollowUpColumns, i: number, index: ActionIndex): number {
  const at = matchedAction(m, columns.id[i], index);
  m.actionAt[i] = at;
  if (at !== NOT_KEPT) {
    m.kept++;
    if (at >= 0) {
      m.rowAtOf[at] = i;
      m.next = at + 1;
    }
  }
  return at;
}

function matchedAction(m: Matching, id: string | null, index: ActionIndex): number {
  if (id === null || id === '') return NOT_KEPT;
  m.withId++;
  const next = m.next;
  let at: number;
  if (next < index.ids.length && index.first[next] === 1 && index.ids[next] === id) {
    at = next;
  } else {
    at = keyedAction(m.removed, id, index);
    if (at < 0) return at;
  }
  return m.rowAtOf[at] >= 0 ? NOT_KEPT : at;
}

/**
 * A row's action looked up by its ID key (the row is not the one after the previous row's action): its
 * index; -1 for the first row of a key Åtgärder no longer has (remembered in `removed`), NOT_KEPT for a
 * later one.
 */
export function keyedAction(removed: Set<string>, id: string, index: ActionIndex): number {
  const key = idKey(id);
  const found = index.byKey.get(key);
  if (found !== undefined) return found;
  if (removed.has(key)) return NOT_KEPT;
  removed.add(key);
  return -1;
}

/** The finished match of the follow-up whose rows are `entries` of `columns`, in order. */
export function matchOf(m: Matching, columns: FollowUpColumns, entries: Int32Array): FollowUpMatch {
  const at = new Int32Array(m.kept);
  const actionOf = new Int32Array(m.kept);
  let k = 0;
  for (let j = 0; j < entries.length; j++) {
    const i = entries[j];
    const a = m.actionAt[i];
    if (a === NOT_KEPT) continue;
    at[k] = i;
    actionOf[k] = a;
    k++;
  }
  const { rowAtOf } = m;
  // The row objects are made when asked for (the rules read them; the summary reads the columns).
  let rows: FollowUpRow[] | undefined;
  let rowOf: (FollowUpRow | undefined)[] | undefined;
  return {
    get rows(): readonly FollowUpRow[] {
      rows ??= Array.from(at, (i) => columns.rows[i]);
      return rows;
    },
    actionOf,
    columns,
    at,
    rowAtOf,
    get rowOf(): readonly (FollowUpRow | undefined)[] {
      rowOf ??= Array.from(rowAtOf, (i) => (i < 0 ? undefined : columns.rows[i]));
      return rowOf;
    },
    withId: m.withId,
    inOrder: null,
  };
}

/** from, from + 1, …, from + n − 1. */
export function entriesUpTo(n: number, from = 0): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = from + i;
  return out;
}

export function matchFollowUp(followUp: FollowUp, actions: readonly Action[]): FollowUpMatch {
  const known = MATCHES.get(followUp);
  if (known !== undefined && known.actions === actions) return known.match;
  const index = actionIndex(actions);
  const columns = followUpColumnsOf(followUp.rows);
  const n = followUp.rows.length;
  const m = startMatching(actions.length, new Int32Array(n));
  for (let i = 0; i < n; i++) matchRow(m, columns, i, index);
  const match = matchOf(m, columns, entriesUpTo(n));
  MATCHES.set(followUp, { actions, match });
  return match;
}
