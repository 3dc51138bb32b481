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
import type { Action, FollowUpColumns, FollowUpRow } from '../model';
import { followUpColumnsOf } from '../read/followUps';
import { amountOf } from '../summary/money';
import type { FollowUp } from './periods';
import { idKey } from './keys';

export interface ActionIndex {
  /** Per action: its ID as written (trimmed), or null when blank. */
  readonly ids: readonly (string | null)[];
  /** Per action: its ID key, or null when its ID is blank. */
  readonly keys: readonly (string | null)[];
  /** Per action: 1 when it is the first action with its key (the one follow-up rows are matched to). */
  readonly first: Uint8Array;
  /** ID key → index of the first action with it. */
  readonly byKey: ReadonlyMap<string, number>;
  /** Per action: its budget as the summary counts it (amountOf), which a follow-up's budget sums. */
  readonly budget: Float64Array;
}

const INDEXES = new WeakMap<readonly Action[], ActionIndex>();

export function actionIndex(actions: readonly Action[]): ActionIndex {
  const known = INDEXES.get(actions);
  if (known !== undefined) return known;
  const ids: (string | null)[] = new Array<string | null>(actions.length);
  const keys: (string | null)[] = new Array<string | null>(actions.length);
  const first = new Uint8Array(actions.length);
  const budget = new Float64Array(actions.length);
  const byKey = new Map<string, number>();
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i];
    budget[i] = amountOf(a.budget);
    const id = a.id?.value;
    if (typeof id !== 'string' || id === '') {
      ids[i] = null;
      keys[i] = null;
      continue;
    }
    ids[i] = id;
    const key = idKey(id);
    keys[i] = key;
    if (!byKey.has(key)) {
      byKey.set(key, i);
      first[i] = 1;
    }
  }
  const out = { ids, keys, first, byKey, budget };
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
  readonly rows: FollowUpRow[];
  readonly actionOf: number[];
  readonly at: number[];
  readonly rowAtOf: Int32Array;
  /** Rows of actions no longer in Åtgärder, by key: the first of each. */
  readonly removed: Set<string>;
  next: number;
  withId: number;
}

export function startMatching(actionCount: number): Matching {
  return { rows: [], actionOf: [], at: [], rowAtOf: new Int32Array(actionCount).fill(-1), removed: new Set<string>(), next: 0, withId: 0 };
}

/** matchRow's answer for a row that is not kept (no ID, or its key matched already). */
export const NOT_KEPT = -2;

/**
 * Matches the follow-up's next row, entry `i` of `columns`: the index of its action, -1 when Åtgärder no
 * longer has it, or NOT_KEPT. A kept row is added to `m.rows`.
 */
export function matchRow(m: Matching, columns: FollowUpColumns, i: number, index: ActionIndex): number {
  const id = columns.id[i];
  if (id === null || id === '') return NOT_KEPT;
  m.withId++;
  let at = -1;
  const next = m.next;
  if (next < index.ids.length && index.first[next] === 1 && index.ids[next] === id) {
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
    if (m.rowAtOf[at] >= 0) return NOT_KEPT;
    m.rowAtOf[at] = i;
    m.next = at + 1;
  }
  m.actionOf.push(at);
  m.at.push(i);
  m.rows.push(columns.rows[i]);
  return at;
}

/** The finished match. */
export function matchOf(m: Matching, columns: FollowUpColumns): FollowUpMatch {
  const { rowAtOf } = m;
  let rowOf: (FollowUpRow | undefined)[] | undefined;
  return {
    rows: m.rows,
    actionOf: Int32Array.from(m.actionOf),
    columns,
    at: Int32Array.from(m.at),
    rowAtOf,
    // Made when asked for (the rules that look rows up by action use recordedFor).
    get rowOf(): readonly (FollowUpRow | undefined)[] {
      rowOf ??= Array.from(rowAtOf, (at) => (at < 0 ? undefined : columns.rows[at]));
      return rowOf;
    },
    withId: m.withId,
  };
}

export function matchFollowUp(followUp: FollowUp, actions: readonly Action[]): FollowUpMatch {
  const known = MATCHES.get(followUp);
  if (known !== undefined && known.actions === actions) return known.match;
  const index = actionIndex(actions);
  const columns = followUpColumnsOf(followUp.rows);
  const m = startMatching(actions.length);
  for (let i = 0; i < followUp.rows.length; i++) matchRow(m, columns, i, index);
  const match = matchOf(m, columns);
  MATCHES.set(followUp, { actions, match });
  return match;
}
