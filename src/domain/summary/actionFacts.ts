/**
 * What the summary looks up per action, once per summary: the position of its goal's tally and of each
 * share's municipality, its end date and status. The summary of the plan now and of the plan at the
 * previous follow-up (then.ts) both sum amounts by these; with 20 000 actions, looking a goal and three
 * municipalities up by name (and reading each action object's fields again) for each was most of the
 * follow-up part's time. Each is remembered per action array (a fresh array is worked out again) and
 * only for the same goals / municipalities.
 */
import type { Action, PlanModel, Status } from '../model';
import { actionValues } from '../read/actions';
import type { ActionValues } from '../read/actions';
import { amountOf, amountValue } from './money';
import { isoDateKey } from './overdue';

/** A MålID as goals are told apart (ignoring case and surrounding spaces). */
export function goalKey(id: string): string {
  return id.trim().toLowerCase();
}

export interface GoalSlots {
  /** The known goals' keys (knownGoals' order) the positions refer to. */
  readonly keys: readonly string[];
  /** Per action: the position of its goal among `keys`, or -1 when its MålID is blank or not among them. */
  readonly goal: Int32Array;
}

export interface ShareSlots {
  /** The municipality names (municipalitySums' order) the positions refer to. */
  readonly names: readonly string[];
  /**
   * Action i's shares are entries start[i] … start[i + 1] − 1, in its order: the municipality's position
   * among `names` and the amount (amountOf). Shares of a municipality not among them are left out.
   */
  readonly start: Int32Array;
  readonly at: Int32Array;
  readonly amount: Float64Array;
}

/**
 * What the summary reads of each action, in one pass (20 000 action objects read once rather than once
 * per part of the summary): its budget, spent, end date and status; with follow-up data also its ID and
 * Prognos (SPEC §7), which the summary without follow-up data never reads.
 */
export interface ActionStates {
  /** Per action: Budget and Utfall as the summary counts them (amountOf). */
  readonly budget: Float64Array;
  readonly spent: Float64Array;
  /** Per action: Slut (ISO) and Status, as the model has them. */
  readonly end: readonly (string | null | undefined)[];
  /** Per action: Slut as isoDateKey has it (-1 when it is not an ISO date), for the overdue checks. */
  readonly endKey: Int32Array;
  readonly status: readonly (Status | null)[];
  /** Per action: its ID as written (trimmed), or null when blank; null (not read) without follow-up data. */
  readonly id: readonly (string | null)[] | null;
  /**
   * Per action: Prognos as read (null where blank; the column itself, or null when there is none or the
   * follow-up part was not read). planSums works each effective forecast out from it in its pass.
   */
  readonly prognos: readonly (number | null)[] | null;
}

/** The states with the follow-up part read. */
export interface FollowUpStates extends ActionStates {
  readonly id: readonly (string | null)[];
}

const GOALS = new WeakMap<readonly Action[], GoalSlots>();
const SHARES = new WeakMap<readonly Action[], ShareSlots>();
const STATES = new WeakMap<readonly Action[], ActionStates>();

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export function goalSlots(model: PlanModel, keys: readonly string[]): GoalSlots {
  const actions = model.actions ?? [];
  const known = GOALS.get(actions);
  if (known !== undefined && sameList(known.keys, keys)) return known;
  const keyAt = new Map(keys.map((k, i) => [k, i] as const));
  const goal = new Int32Array(actions.length);
  // The same few MålIDs on every action: each spelling looked up once.
  const bySpelling = new Map<string, number>();
  const columns = actionValues(actions);
  for (let i = 0; i < actions.length; i++) {
    const id = columns !== null ? columns.goalId[i] : actions[i].goalId?.value;
    if (typeof id !== 'string') {
      goal[i] = -1;
      continue;
    }
    let at = bySpelling.get(id);
    if (at === undefined) {
      at = keyAt.get(goalKey(id)) ?? -1;
      bySpelling.set(id, at);
    }
    goal[i] = at;
  }
  const out = { keys, goal };
  GOALS.set(actions, out);
  return out;
}

export function shareSlots(model: PlanModel, names: readonly string[]): ShareSlots {
  const actions = model.actions ?? [];
  const known = SHARES.get(actions);
  if (known !== undefined && sameList(known.names, names)) return known;
  const nameAt = new Map(names.map((name, i) => [name, i] as const));
  const start = new Int32Array(actions.length + 1);
  let at: Int32Array;
  let amount: Float64Array;
  let k = 0;
  const columns = actionValues(actions);
  if (columns !== null) {
    // Every action has a share per municipality column, in the columns' order (as Action.shares lists them).
    const slots = columns.municipalities.map((m) => nameAt.get(m) ?? -1);
    const kept = slots.filter((m) => m >= 0).length;
    at = new Int32Array(actions.length * kept);
    amount = new Float64Array(at.length);
    for (let i = 0; i < actions.length; i++) {
      for (let c = 0; c < slots.length; c++) {
        if (slots[c] < 0) continue;
        at[k] = slots[c];
        amount[k] = amountValue(columns.shares[c][i]);
        k++;
      }
      start[i + 1] = k;
    }
  } else {
    // Typed arrays of the usual size (a share per municipality), grown if need be: pushing 60 000 entries
    // onto plain arrays cost more than all the rest.
    at = new Int32Array(Math.max(16, actions.length * names.length));
    amount = new Float64Array(at.length);
    for (let i = 0; i < actions.length; i++) {
      for (const share of actions[i].shares ?? []) {
        const m = nameAt.get(share.municipality);
        if (m === undefined) continue;
        if (k === at.length) {
          const grownAt = new Int32Array(at.length * 2);
          grownAt.set(at);
          at = grownAt;
          const grownAmount = new Float64Array(amount.length * 2);
          grownAmount.set(amount);
          amount = grownAmount;
        }
        at[k] = m;
        amount[k] = amountOf(share.amount);
        k++;
      }
      start[i + 1] = k;
    }
  }
  const out = { names, start, at: at.subarray(0, k), amount: amount.subarray(0, k) };
  SHARES.set(actions, out);
  return out;
}

/**
 * The values actionStates reads: the reader's columns as they are (an ID there is trimmed text or null),
 * or, for a hand-made list, read action by action (a blank ID made null, as the columns have it).
 */
type StateValues = Pick<ActionValues, 'id' | 'end' | 'status' | 'budget' | 'spent' | 'forecast'>;

function stateValues(actions: readonly Action[], withFollowUp: boolean): StateValues {
  const columns = actionValues(actions);
  if (columns !== null) return columns;
  const n = actions.length;
  const v = { id: new Array<string | null>(n), end: new Array<string | null>(n), status: new Array<Status | null>(n), budget: new Array<number | null>(n), spent: new Array<number | null>(n), forecast: withFollowUp ? new Array<number | null>(n) : null };
  for (let i = 0; i < n; i++) {
    const a = actions[i];
    v.budget[i] = a.budget?.value ?? null;
    v.spent[i] = a.spent?.value ?? null;
    v.status[i] = a.status?.value ?? null;
    v.end[i] = a.end?.value ?? null;
    if (v.forecast !== null) {
      const id = a.id?.value;
      v.id[i] = typeof id === 'string' && id !== '' ? id : null;
      v.forecast[i] = a.forecast?.value ?? null;
    }
  }
  return v;
}

/** Each end date as isoDateKey has it: a loop alone in its function (as planSums' loops are). */
function endKeys(end: readonly (string | null | undefined)[]): Int32Array {
  const keys = new Int32Array(end.length);
  for (let i = 0; i < end.length; i++) keys[i] = isoDateKey(end[i]);
  return keys;
}

/**
 * The actions' states; with `withFollowUp` their IDs and Prognos too (followUpStates). The end dates,
 * statuses, IDs and Prognos are the values' own arrays (the reader's columns, read-only), not copies.
 */
export function actionStates(actions: readonly Action[], withFollowUp = false): ActionStates {
  const known = STATES.get(actions);
  if (known !== undefined && (!withFollowUp || known.id !== null)) return known;
  const n = actions.length;
  const budget = new Float64Array(n);
  const spent = new Float64Array(n);
  const v = stateValues(actions, withFollowUp);
  const { status, end } = v;
  const endKey = endKeys(end);
  for (let i = 0; i < n; i++) {
    budget[i] = amountValue(v.budget[i]);
    spent[i] = amountValue(v.spent[i]);
  }
  const out = { budget, spent, end, endKey, status, id: withFollowUp ? v.id : null, prognos: withFollowUp ? v.forecast : null };
  STATES.set(actions, out);
  return out;
}

/** The actions' states with their IDs and Prognos (the summary with follow-up data, the follow-up rules). */
export function followUpStates(actions: readonly Action[]): FollowUpStates {
  return actionStates(actions, true) as FollowUpStates;
}
