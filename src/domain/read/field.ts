/**
 * How the readers make a field. A field read from a hand-made ref (the Plan's properties, a test) is a
 * plain object `{ value, raw, ref, issue? }`. A field read from a table row (rows.ts) is a GridField: it
 * keeps only its grid's place, row and column, and makes its `ref` when asked. A plan of 20 000 actions
 * has about 300 000 fields, and only the few a finding points at ever need their address; building one
 * object and one A1 text per field up front was a third of the model's memory and much of validate's
 * garbage collection.
 */
import { columnLetters } from '../a1';
import type { Field, FieldIssue, Ref } from '../model';
import type { CellValue } from '../snapshot';

/** A grid's sheet and column letters, shared by every field read from it. */
export class GridPlace {
  private readonly letters: string[] = [];

  /** `col`: the sheet column of the grid's first column; `width`: how many letters to make up front. */
  constructor(
    readonly sheet: string,
    private readonly col: number,
    width: number,
  ) {
    for (let j = 0; j < width; j++) this.letters.push(columnLetters(col + j));
  }

  /** The letters of grid column `j`. */
  letter(j: number): string {
    return this.letters[j] ?? columnLetters(this.col + j);
  }

  /** The ref of zero-based sheet row `row`, grid column `j`. */
  ref(row: number, j: number): Ref {
    return { sheet: this.sheet, cell: this.letter(j) + String(row + 1) };
  }
}

/**
 * The cell a row reader is reading now, as a Ref: GridRow.read moves it before each field reader call, and
 * `field` copies the position into the field it makes. Never kept: a reader that keeps its ref keeps a
 * GridField's, not the cursor.
 */
export class CellCursor implements Ref {
  place: GridPlace;
  /** Zero-based sheet row. */
  row = 0;
  /** Grid column. */
  col = 0;

  constructor(place: GridPlace) {
    this.place = place;
  }

  get sheet(): string {
    return this.place.sheet;
  }

  get cell(): string {
    return this.place.ref(this.row, this.col).cell;
  }
}

/** A field read from a grid cell; `ref` is made on demand (a fresh plain object each time). */
class GridField<T> implements Field<T> {
  readonly #place: GridPlace;
  readonly #row: number;
  readonly #col: number;

  constructor(
    readonly value: T | null,
    readonly raw: CellValue,
    readonly issue: FieldIssue | undefined,
    place: GridPlace,
    row: number,
    col: number,
  ) {
    this.#place = place;
    this.#row = row;
    this.#col = col;
  }

  get ref(): Ref {
    return this.#place.ref(this.#row, this.#col);
  }

  /** As a plain field would serialize (JSON.stringify does not see a getter). */
  toJSON(): Field<T> {
    const { value, raw, ref, issue } = this;
    return issue === undefined ? { value, raw, ref } : { value, raw, ref, issue };
  }
}

const ISSUES: readonly (FieldIssue | undefined)[] = [undefined, 'blank', 'invalid', 'excelError', 'noResult', 'textNumber'];
const issueCode = (issue: FieldIssue | undefined): number => (issue === undefined ? 0 : ISSUES.indexOf(issue));

/**
 * One column of a table, read: what each row's field holds (raw, value, issue), without a field object
 * per cell. `field(i)` makes row i's field when a rule asks for it, a new object each time (short-lived:
 * a rule reads it and drops it). The large tables (Åtgärder, Uppföljning) are kept this way.
 */
export class FieldColumn<T> {
  private readonly raws: CellValue[];
  private readonly valuesRead: (T | null)[];
  private readonly issues: Uint8Array;
  private place: GridPlace | null = null;
  private col = 0;
  /** Refs of rows read from something other than a grid row (kept as given). */
  private refs: Ref[] | null = null;
  /** The row being read by `put`. */
  private index = 0;

  /** `rows`: each entry's zero-based sheet row, shared by the table's columns. */
  constructor(
    private readonly reader: (raw: CellValue, ref: Ref) => Field<T>,
    private readonly rows: Int32Array,
  ) {
    this.raws = new Array<CellValue>(rows.length).fill(null);
    this.valuesRead = new Array<T | null>(rows.length).fill(null);
    this.issues = new Uint8Array(rows.length);
  }

  /** Reads row `i`'s cell of `key` from `r` (the reader runs as in `r.read`). */
  read(r: { read<U>(field: string, reader: (raw: CellValue, ref: Ref) => U): U }, key: string, i: number): void {
    this.index = i;
    r.read(key, this.put);
  }

  private readonly put = (raw: CellValue, ref: Ref): null => {
    const f = this.reader(raw, ref);
    const i = this.index;
    this.raws[i] = f.raw;
    this.valuesRead[i] = f.value;
    this.issues[i] = issueCode(f.issue);
    if (ref instanceof CellCursor) {
      this.place = ref.place;
      this.col = ref.col;
    } else {
      this.refs ??= [];
      this.refs[i] = { sheet: ref.sheet, cell: ref.cell };
    }
    return null;
  };

  /** Every row's value, as read (entry i is row i's; null where the field has none). */
  get values(): readonly (T | null)[] {
    return this.valuesRead;
  }

  /** Row i's field. */
  field(i: number): Field<T> {
    const issue = ISSUES[this.issues[i]];
    const given = this.refs?.[i];
    // (No place and no ref given: a row `put` never saw, which the readers never ask for.)
    if (given !== undefined || this.place === null) return field(this.valuesRead[i], this.raws[i], given ?? { sheet: '', cell: '' }, issue);
    return new GridField(this.valuesRead[i], this.raws[i], issue, this.place, this.rows[i], this.col);
  }
}

/** A field read at `ref`: a GridField when `ref` is a row reader's cursor, else a plain object. */
export function field<T>(value: NoInfer<T> | null, raw: CellValue, ref: Ref, issue?: FieldIssue): Field<T> {
  if (ref instanceof CellCursor) return new GridField(value, raw, issue, ref.place, ref.row, ref.col);
  return issue === undefined ? { value, raw, ref } : { value, raw, ref, issue };
}
