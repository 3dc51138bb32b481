/**
 * A new, empty action-plan workbook ("Ny handlingsplan") as plain data: the sheets and Excel tables of
 * SPEC §1 with their formats and data-validation lists. Written into Excel by src/excel/templateWriter.ts
 * and into a file by src/xlsx/writeTemplate.ts, so both give the same workbook.
 */

/** How a column's cells are formatted (see formats.ts for the number format of each). */
export type ColumnFormat = 'text' | 'amount' | 'percent' | 'date' | 'decimal' | 'general';

/**
 * A drop-down list on a column's data cells: fixed values, or the values of another table's column
 * (kept live with `INDIRECT("Table[Column]")`, so new roles and goals appear in the list at once).
 */
export type ListSource =
  | { readonly kind: 'values'; readonly values: readonly string[] }
  | { readonly kind: 'tableColumn'; readonly table: string; readonly column: string };

export interface ListValidation {
  readonly source: ListSource;
  /** `stop` refuses other input; `warning` lets the user keep it after a warning (the validator still reports it). */
  readonly style: 'stop' | 'warning';
  /** Input message shown when the cell is selected (Swedish). */
  readonly prompt: { readonly title: string; readonly message: string };
  /** Message when the input is not in the list (Swedish). */
  readonly error: { readonly title: string; readonly message: string };
}

export interface TemplateColumn {
  readonly header: string;
  readonly format: ColumnFormat;
  /** Width in characters. */
  readonly width: number;
  readonly validation?: ListValidation;
}

/** One cell: text (always written as a value, never a formula), a number, an ISO date, or empty. */
export type TemplateCell = string | number | null | { readonly date: string };

export interface TemplateTable {
  readonly sheet: string;
  /** Excel table name (ASCII, SPEC §1). */
  readonly table: string;
  readonly columns: readonly TemplateColumn[];
  /** Data rows; at least one (an Excel table cannot be empty — an empty template has one blank row). */
  readonly rows: readonly (readonly TemplateCell[])[];
  /** Formats of single data cells that differ from their column's (e.g. Plan's `Värde` per property). */
  readonly cellFormats?: readonly { readonly row: number; readonly col: number; readonly format: ColumnFormat }[];
}

export interface PlanTemplate {
  /** In tab order; the first is activated after writing. */
  readonly tables: readonly TemplateTable[];
  /** Excel built-in table style. */
  readonly tableStyle: string;
  /** Header rows frozen on every sheet. */
  readonly frozenRows: number;
}
