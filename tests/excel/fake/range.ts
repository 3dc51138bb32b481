/**
 * Ranges in the fake Excel host: reading (position, size, values), the ranges computed from others, and
 * the writes the writers make (values, number formats, fonts, fills, column widths, data validation).
 *
 * A range returned by a method (getRange, getUsedRange, getCell, getIntersection, …) that was first sent
 * in a sync that failed is dead afterwards: using it throws InvalidObjectPath, as office.js does. (The
 * runtime marks such paths invalid before each request, `invalidatePendingInvalidObjectPaths`, and only a
 * successful response revives them; a refused payload comes back with no body at all.)
 *
 * Writing `values`: a null leaves the cell as it is, "" empties it, and a string starting with `=` becomes
 * a formula unless the cell's number format is text (`@`), as in Excel (the cell's `isFormula`).
 */
import { a1, columnLetters } from '../../../src/domain/a1';
import type { Faithful, FakeContextLike } from './core';
import { FakeNullableProxy, FakeOfficeError, invalidArgument, itemNotFound, writeOnly } from './core';
import { FakeConditionalFormatCollection } from './conditionalFormats';
import type { Area, FakeCellProps, FakeSheetData, FakeValidationData } from './workbook';
import { GRID_COLUMNS, GRID_ROWS, areaAddress, intersect, putRows, valuesOf } from './workbook';

export interface RangeRef {
  readonly sheet: FakeSheetData;
  readonly area: Area;
}

export function checked(area: Area): Area {
  if (
    !Number.isInteger(area.row) ||
    !Number.isInteger(area.col) ||
    area.row < 0 ||
    area.col < 0 ||
    area.rows < 1 ||
    area.cols < 1 ||
    area.row + area.rows > GRID_ROWS ||
    area.col + area.cols > GRID_COLUMNS
  ) {
    throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing: ${JSON.stringify(area)}`);
  }
  return area;
}

/** Cells of an area the fake writes one by one (a whole column is refused: a mock should not guess). */
function eachCell(area: Area, f: (row: number, col: number, r: number, c: number) => void): void {
  if (area.rows * area.cols > 5_000_000) throw new Error(`The fake does not write cell by cell to ${areaAddress(area)}.`);
  for (let r = 0; r < area.rows; r++) for (let c = 0; c < area.cols; c++) f(area.row + r, area.col + c, r, c);
}

function propsOf(sheet: FakeSheetData, row: number, col: number): FakeCellProps {
  const address = a1(row, col);
  let props = sheet.props.get(address);
  if (!props) {
    props = {};
    sheet.props.set(address, props);
  }
  return props;
}

/** `value` as a matrix the size of `area`: a single value fills it; a matrix must match it. */
function matrixFor<T>(name: string, area: Area, value: T | T[][]): (r: number, c: number) => T {
  if (!Array.isArray(value)) return () => value;
  if (value.length !== area.rows || value.some((row) => !Array.isArray(row) || row.length !== area.cols)) {
    throw invalidArgument(`${name} is ${value.length}x${(value[0] as T[] | undefined)?.length ?? 0} for ${areaAddress(area)}`);
  }
  return (r, c) => value[r][c];
}

/** What a request setting `value` sends: its JSON in UTF-8. */
function sentBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export class FakeRange
  extends FakeNullableProxy
  implements
    Faithful<
      Excel.Range,
      | 'load'
      | 'rowIndex'
      | 'columnIndex'
      | 'rowCount'
      | 'columnCount'
      | 'values'
      | 'numberFormat'
      | 'address'
      | 'isNullObject'
      | 'format'
      | 'dataValidation'
      | 'getCell'
      | 'getAbsoluteResizedRange'
      | 'getIntersection'
      | 'select'
      | 'conditionalFormats'
      | 'delete'
      | 'clear'
    >
{
  /** The batch this range was created (and first sent) in. */
  private readonly batch: number;
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(
    ctx: FakeContextLike,
    /** The sheet and area, or null for the null object of an `…OrNullObject` method. */
    private readonly locate: () => RangeRef | null,
    /** The ranges this one is computed from (a dead parent makes a dead child). */
    private readonly parents: readonly FakeRange[] = [],
    orNull = false,
  ) {
    super(ctx, orNull);
    this.batch = ctx.batchNumber;
    this.format = new FakeRangeFormat(ctx, this);
    this.dataValidation = new FakeDataValidation(ctx, this);
  }

  protected isMissing(): boolean {
    return this.locate() === null;
  }

  resolve(): RangeRef {
    const ref = this.locate();
    if (!ref) throw itemNotFound('range (a null object)');
    return ref;
  }

  /** Throws InvalidObjectPath when this range, or one it comes from, was first sent in a failed sync. */
  assertAlive(): void {
    if (this.ctx.failedBatches.has(this.batch)) {
      throw new FakeOfficeError(
        'InvalidObjectPath',
        "The object path isn't working for what you're trying to do (its first sync failed; get the range again).",
      );
    }
    for (const p of this.parents) p.assertAlive();
  }

  override load(arg?: string | string[] | OfficeExtension.LoadOption | object): this {
    this.assertAlive();
    return super.load(arg);
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(value: unknown[][]) {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.resolve();
      const at = matrixFor('values', area, value);
      eachCell(area, (row, col, r, c) => {
        const v = at(r, c);
        if (v === null || v === undefined) return; // office-js: null leaves the cell unchanged
        putRows(sheet.grid, a1(row, col), [[v]]);
        const props = propsOf(sheet, row, col);
        props.isFormula = typeof v === 'string' && v.startsWith('=') && props.numberFormat !== '@';
      });
    }, sentBytes(value));
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(value: unknown[][]) {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.resolve();
      const at = matrixFor('numberFormat', area, value);
      eachCell(area, (row, col, r, c) => {
        propsOf(sheet, row, col).numberFormat = String(at(r, c));
      });
    }, sentBytes(value));
  }
  get address(): string {
    return this.read('address');
  }

  protected override scalar(name: string): unknown {
    const { sheet, area } = this.resolve();
    switch (name) {
      case 'rowIndex':
        return area.row;
      case 'columnIndex':
        return area.col;
      case 'rowCount':
        return area.rows;
      case 'columnCount':
        return area.cols;
      case 'values':
        return valuesOf(sheet, area);
      case 'numberFormat':
        return valuesOf(sheet, area).map((row, r) => row.map((_, c) => sheet.props.get(a1(area.row + r, area.col + c))?.numberFormat ?? 'General'));
      case 'address':
        return `${sheet.name}!${areaAddress(area)}`;
      default:
        return super.scalar(name);
    }
  }

  /** A range computed from this one. */
  private derived(area: (ref: RangeRef) => Area, others: readonly FakeRange[] = []): FakeRange {
    this.assertAlive();
    for (const o of others) o.assertAlive();
    return new FakeRange(
      this.ctx,
      () => {
        const ref = this.resolve();
        return { sheet: ref.sheet, area: area(ref) };
      },
      [this, ...others],
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(({ area }) => checked({ row: area.row + row, col: area.col + column, rows: 1, cols: 1 }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this.derived(({ area }) => checked({ row: area.row, col: area.col, rows: numRows, cols: numColumns }));
  }

  getIntersection(anotherRange: Excel.Range | string): FakeRange {
    if (!(anotherRange instanceof FakeRange)) throw new Error('The fake intersects with ranges only.');
    return this.derived(({ sheet, area }) => {
      const other = anotherRange.resolve();
      const common = other.sheet === sheet ? intersect(area, other.area) : null;
      if (!common) throw itemNotFound('intersection');
      return common;
    }, [anotherRange]);
  }

  select(): void {
    this.assertAlive();
    this.ctx.enqueue(() => {
      const { sheet, area } = this.resolve();
      this.ctx.wb.activeSheet = sheet.name;
      this.ctx.wb.selection = { sheet: sheet.name, address: areaAddress(area) };
    });
  }

  /**
   * Deletes the cells, shifting the cells below up within the range's columns ('Up' only). Rows of a table
   * the range spans the whole width of leave the table, which shrinks, as Excel deletes table rows.
   */
  delete(shift: Excel.DeleteShiftDirection | 'Up' | 'Left'): void {
    this.assertAlive();
    this.ctx.enqueue(() => {
      if (shift !== 'Up') throw new Error('The fake deletes with shift up only.');
      const { sheet, area } = this.resolve();
      const height = Math.max(sheet.grid.length, area.row + area.rows);
      for (let row = area.row; row < height; row++) {
        for (let c = 0; c < area.cols; c++) {
          const from = sheet.grid[row + area.rows]?.[area.col + c];
          const line = (sheet.grid[row] ??= []);
          line[area.col + c] = from ?? '';
          const moved = sheet.props.get(a1(row + area.rows, area.col + c));
          if (moved) sheet.props.set(a1(row, area.col + c), moved);
          else sheet.props.delete(a1(row, area.col + c));
        }
      }
      for (const t of this.ctx.wb.tables) {
        if (t.sheet !== sheet.name || t.area.col !== area.col || t.area.cols !== area.cols) continue;
        const inside = area.row > t.area.row && area.row + area.rows <= t.area.row + t.area.rows;
        if (inside) t.area = { ...t.area, rows: t.area.rows - area.rows };
      }
    });
  }

  /** Clears the cells' values ('Contents'); formats stay. */
  clear(applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents'): void {
    this.assertAlive();
    this.ctx.enqueue(() => {
      if (applyTo !== 'Contents') throw new Error('The fake clears contents only.');
      const { sheet, area } = this.resolve();
      eachCell(area, (row, col) => {
        const line = sheet.grid[row];
        if (line && col < line.length) line[col] = '';
        const props = sheet.props.get(a1(row, col));
        if (props) props.isFormula = false;
      });
    });
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.assertAlive();
    return new FakeConditionalFormatCollection(this.ctx, () => {
      const { sheet, area } = this.resolve();
      return { sheet, areas: [area] };
    });
  }
}

export class FakeRangeFormat implements Faithful<Excel.RangeFormat, 'font' | 'fill' | 'columnWidth'> {
  readonly font: { bold: boolean; size: number; color: string };
  readonly fill: { color: string };

  constructor(
    private readonly ctx: FakeContextLike,
    private readonly range: FakeRange,
  ) {
    const cells =
      <V>(apply: (props: FakeCellProps, v: V) => void) =>
      (v: V): void => {
        const { sheet, area } = range.resolve();
        eachCell(area, (row, col) => apply(propsOf(sheet, row, col), v));
      };
    this.font = writeOnly(ctx, {
      bold: cells<boolean>((p, v) => (p.bold = v)),
      size: cells<number>((p, v) => (p.size = v)),
      color: cells<string>((p, v) => (p.fontColor = v)),
    });
    this.fill = writeOnly(ctx, { color: cells<string>((p, v) => (p.fill = v)) });
  }

  set columnWidth(points: number) {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.range.resolve();
      if (area.rows !== GRID_ROWS) throw new Error('The fake sets column widths on whole columns only (`H:H`).');
      for (let c = 0; c < area.cols; c++) sheet.columnWidths.set(columnLetters(area.col + c), points);
    });
  }
  get columnWidth(): number {
    throw new Error("PropertyNotLoaded: 'columnWidth' (the fake does not read it back)");
  }
}

export class FakeDataValidation implements Faithful<Excel.DataValidation, 'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks'> {
  declare rule: Excel.DataValidationRule;
  declare prompt: Excel.DataValidationPrompt;
  declare errorAlert: Excel.DataValidationErrorAlert;
  declare ignoreBlanks: boolean;

  constructor(ctx: FakeContextLike, range: FakeRange) {
    const on =
      <K extends keyof FakeValidationData>(key: K) =>
      (v: FakeValidationData[K]): void => {
        const { sheet, area } = range.resolve();
        const address = areaAddress(area);
        const current = sheet.validations.get(address) ?? {};
        sheet.validations.set(address, { ...current, [key]: v });
      };
    Object.defineProperties(
      this,
      Object.getOwnPropertyDescriptors(
        writeOnly(ctx, {
          rule: on('rule'),
          prompt: on('prompt'),
          errorAlert: on('errorAlert'),
          ignoreBlanks: on('ignoreBlanks'),
        } as Record<keyof FakeValidationData, (v: unknown) => void>),
      ),
    );
  }
}

export class FakeRangeAreas implements Faithful<Excel.RangeAreas, 'conditionalFormats'> {
  constructor(
    private readonly ctx: FakeContextLike,
    readonly resolve: () => { sheet: FakeSheetData; areas: Area[] },
  ) {}

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, this.resolve);
  }
}
