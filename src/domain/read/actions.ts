/**
 * Åtgärder: one action per row; municipality columns in Finansiering's order (those that have a column).
 * Read column by column (FieldColumn): an action is a view of its row, and makes a field when asked for
 * it, so 20 000 actions hold a few arrays per column rather than 300 000 field objects.
 */
import type { Action, ActionShare, AmountField, DateField, Status, StatusField, TextField } from '../model';
import { readMoney } from './amount';
import { readDate } from './date';
import { FieldColumn } from './field';
import type { RowCells } from './rows';
import { readStatus } from './status';
import { readText } from './text';

/** Which optional columns Åtgärder has. */
export interface OptionalActionColumns {
  readonly comment: boolean;
  readonly forecast: boolean;
}

/** Åtgärder's columns, as read. */
class ActionColumns {
  readonly id: FieldColumn<string>;
  readonly name: FieldColumn<string>;
  readonly goalId: FieldColumn<string>;
  readonly responsible: FieldColumn<string>;
  readonly decisionMaker: FieldColumn<string>;
  readonly start: FieldColumn<string>;
  readonly end: FieldColumn<string>;
  readonly status: FieldColumn<Status>;
  readonly budget: FieldColumn<number>;
  readonly spent: FieldColumn<number>;
  readonly forecast: FieldColumn<number> | null;
  readonly comment: FieldColumn<string> | null;
  /** One column per municipality in `municipalities`. */
  readonly shares: readonly FieldColumn<number>[];

  constructor(
    readonly rows: Int32Array,
    readonly municipalities: readonly string[],
    optional: OptionalActionColumns,
  ) {
    this.id = new FieldColumn<string>(readText, rows);
    this.name = new FieldColumn<string>(readText, rows);
    this.goalId = new FieldColumn<string>(readText, rows);
    this.responsible = new FieldColumn<string>(readText, rows);
    this.decisionMaker = new FieldColumn<string>(readText, rows);
    this.start = new FieldColumn<string>(readDate, rows);
    this.end = new FieldColumn<string>(readDate, rows);
    this.status = new FieldColumn<Status>(readStatus, rows);
    this.budget = new FieldColumn<number>(readMoney, rows);
    this.spent = new FieldColumn<number>(readMoney, rows);
    this.forecast = optional.forecast ? new FieldColumn<number>(readMoney, rows) : null;
    this.comment = optional.comment ? new FieldColumn<string>(readText, rows) : null;
    this.shares = municipalities.map(() => new FieldColumn<number>(readMoney, rows));
  }

  /** Reads row `i` of every column from `r`. */
  read(r: RowCells, i: number): void {
    this.id.read(r, 'id', i);
    this.name.read(r, 'name', i);
    this.goalId.read(r, 'goalId', i);
    this.responsible.read(r, 'responsible', i);
    this.decisionMaker.read(r, 'decisionMaker', i);
    this.start.read(r, 'start', i);
    this.end.read(r, 'end', i);
    this.status.read(r, 'status', i);
    this.budget.read(r, 'budget', i);
    for (let k = 0; k < this.shares.length; k++) this.shares[k].read(r, this.municipalities[k], i);
    this.spent.read(r, 'spent', i);
    this.forecast?.read(r, 'forecast', i);
    this.comment?.read(r, 'comment', i);
  }
}

/**
 * The values of Åtgärder's columns, as read: entry i is action i's field value (null where it has none).
 * What a pass over every action that needs only values reads, without making 20 000 fields per column.
 */
export interface ActionValues {
  readonly id: readonly (string | null)[];
  readonly goalId: readonly (string | null)[];
  readonly end: readonly (string | null)[];
  readonly status: readonly (Status | null)[];
  readonly budget: readonly (number | null)[];
  readonly spent: readonly (number | null)[];
  /** null: Åtgärder has no Prognos column. */
  readonly forecast: readonly (number | null)[] | null;
  /** The municipality columns, in `municipalities`' order. */
  readonly municipalities: readonly string[];
  readonly shares: readonly (readonly (number | null)[])[];
}

/** An action: row `i` of the columns. Each field is made when asked for (a new object each time). */
class ColumnAction implements Action {
  readonly #c: ActionColumns;
  readonly #i: number;

  /** `actions`' column values when they are exactly the actions of one read, in order; else null. */
  static valuesOf(actions: readonly Action[]): ActionValues | null {
    const first = actions.at(0);
    if (!(first instanceof ColumnAction)) return null;
    const c = first.#c;
    if (c.rows.length !== actions.length) return null;
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i];
      if (!(a instanceof ColumnAction) || a.#c !== c || a.#i !== i) return null;
    }
    return {
      id: c.id.values,
      goalId: c.goalId.values,
      end: c.end.values,
      status: c.status.values,
      budget: c.budget.values,
      spent: c.spent.values,
      forecast: c.forecast?.values ?? null,
      municipalities: c.municipalities,
      shares: c.shares.map((s) => s.values),
    };
  }

  constructor(c: ActionColumns, i: number) {
    this.#c = c;
    this.#i = i;
  }

  get row(): number {
    return this.#c.rows[this.#i];
  }
  get id(): TextField {
    return this.#c.id.field(this.#i);
  }
  get name(): TextField {
    return this.#c.name.field(this.#i);
  }
  get goalId(): TextField {
    return this.#c.goalId.field(this.#i);
  }
  get responsible(): TextField {
    return this.#c.responsible.field(this.#i);
  }
  get decisionMaker(): TextField {
    return this.#c.decisionMaker.field(this.#i);
  }
  get start(): DateField {
    return this.#c.start.field(this.#i);
  }
  get end(): DateField {
    return this.#c.end.field(this.#i);
  }
  get status(): StatusField {
    return this.#c.status.field(this.#i);
  }
  get budget(): AmountField {
    return this.#c.budget.field(this.#i);
  }
  get shares(): readonly ActionShare[] {
    const c = this.#c;
    const out = new Array<ActionShare>(c.shares.length);
    for (let k = 0; k < out.length; k++) out[k] = { municipality: c.municipalities[k], amount: c.shares[k].field(this.#i) };
    return out;
  }
  get spent(): AmountField {
    return this.#c.spent.field(this.#i);
  }
  get forecast(): AmountField | null {
    return this.#c.forecast?.field(this.#i) ?? null;
  }
  get comment(): TextField | null {
    return this.#c.comment?.field(this.#i) ?? null;
  }

  /** As a plain action would serialize (JSON.stringify does not see a getter). */
  toJSON(): Action {
    return plainAction(this);
  }
}

/** An action's fields as a plain object (what a hand-made action is). */
export function plainAction(a: Action): Action {
  return {
    row: a.row,
    id: a.id,
    name: a.name,
    goalId: a.goalId,
    responsible: a.responsible,
    decisionMaker: a.decisionMaker,
    start: a.start,
    end: a.end,
    status: a.status,
    budget: a.budget,
    shares: a.shares,
    spent: a.spent,
    forecast: a.forecast,
    comment: a.comment,
  };
}

/**
 * The column values of `actions` when they are the reader's actions of one Åtgärder, all of them in
 * their order (a model read from a workbook); null for anything else (a hand-made or filtered list),
 * which is then read action by action.
 */
export function actionValues(actions: readonly Action[]): ActionValues | null {
  return ColumnAction.valuesOf(actions);
}

/** Reads Åtgärder's data rows as actions. */
export function readActions(rows: readonly RowCells[], municipalityColumns: readonly string[], optional: OptionalActionColumns): Action[] {
  const sheetRows = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) sheetRows[i] = rows[i].row;
  const columns = new ActionColumns(sheetRows, [...municipalityColumns], optional);
  const out = new Array<Action>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    columns.read(rows[i], i);
    out[i] = new ColumnAction(columns, i);
  }
  return out;
}

