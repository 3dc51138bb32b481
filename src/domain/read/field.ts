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
    return this.place.letter(this.col) + String(this.row + 1);
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
    at: CellCursor,
  ) {
    this.#place = at.place;
    this.#row = at.row;
    this.#col = at.col;
  }

  get ref(): Ref {
    return { sheet: this.#place.sheet, cell: this.#place.letter(this.#col) + String(this.#row + 1) };
  }
}

/** A field read at `ref`: a GridField when `ref` is a row reader's cursor, else a plain object. */
export function field<T>(value: NoInfer<T> | null, raw: CellValue, ref: Ref, issue?: FieldIssue): Field<T> {
  if (ref instanceof CellCursor) return new GridField(value, raw, issue, ref);
  return issue === undefined ? { value, raw, ref } : { value, raw, ref, issue };
}
