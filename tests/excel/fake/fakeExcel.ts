/**
 * A small typed fake of the Excel JavaScript API for adapter tests, for the parts office-addin-mock
 * cannot express (collections loaded with `items/…` paths, ranges computed from others, RangeAreas,
 * conditional formats, payload limits).
 *
 * It keeps office-js's batch semantics: calls queue requests; `context.sync()` runs them in order;
 * a property can be read only after `load` + `sync` (else it throws, like office-js's
 * PropertyNotLoaded); a missing sheet fails the sync with ItemNotFound; a sync whose loaded data
 * exceeds the payload limit (5 MB, as Excel on the web) fails with ResponsePayloadSizeLimitExceeded.
 * Every sync is recorded with the bytes it returned.
 *
 * A range returned by a method (getRange, getUsedRange, getCell, getIntersection, …) that was first sent
 * in a sync that failed is dead afterwards: using it throws InvalidObjectPath, as office.js does. (The
 * runtime marks such paths invalid before each request, `invalidatePendingInvalidObjectPaths`, and only a
 * successful response revives them; a refused payload comes back with no body at all.)
 *
 * Each fake class implements `Faithful<Excel.X, 'member' | …>`: the member names must exist on the
 * real office-js type with compatible call signatures, so the fake cannot spell a method the real
 * API does not have.
 */
import type { Area, FakeConditionalFormatData, FakeSheetData, FakeTableData, FakeWorkbookData } from './workbook';
import { GRID_COLUMNS, GRID_ROWS, areaAddress, intersect, parseArea, usedArea, valuesOf } from './workbook';

/** Members K of the office-js type T, with T's call signatures. */
export type Faithful<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : unknown;
};

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface SyncRecord {
  /** Number of load requests in the batch. */
  readonly loads: number;
  /** Bytes of JSON the loads returned. */
  readonly responseBytes: number;
  /** Number of other requests (writes, method calls). */
  readonly ops: number;
  /** Bytes returned by each `values` load of the batch. */
  readonly valueLoads: readonly number[];
}

export interface FakeHostOptions {
  /** Response size Excel refuses (default 5 MB, as Excel on the web). */
  readonly payloadLimitBytes?: number;
}

/** The fake `Excel` global: `run` gives each callback a fresh context over the same workbook. */
export class FakeExcelHost {
  readonly syncs: SyncRecord[] = [];
  runs = 0;
  readonly payloadLimitBytes: number;
  private idCounter = 0;

  constructor(
    readonly wb: FakeWorkbookData,
    options: FakeHostOptions = {},
  ) {
    this.payloadLimitBytes = options.payloadLimitBytes ?? 5_000_000;
  }

  nextId(): string {
    this.idCounter++;
    return `{CF-${this.idCounter}}`;
  }

  run = async <T>(callback: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const context = new FakeContext(this);
    return callback(context as unknown as Excel.RequestContext);
  };

  /** Installs this host as the global `Excel`; returns a function restoring the previous one. */
  install(): () => void {
    const g = globalThis as { Excel?: unknown };
    const previous = g.Excel;
    g.Excel = { run: this.run };
    return () => {
      g.Excel = previous;
    };
  }
}

interface Stage {
  add(bytes: number, commit: () => void, isValues?: boolean): void;
}

type Path = readonly string[];

function parsePaths(arg: unknown): Path[] {
  if (typeof arg === 'string') {
    return arg
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
      .map((s) => s.split('/'));
  }
  if (Array.isArray(arg)) return arg.flatMap((a) => parsePaths(a));
  if (typeof arg === 'object' && arg !== null) {
    const paths: Path[] = [];
    for (const [key, value] of Object.entries(arg)) {
      if (value === true) paths.push([key]);
      else if (typeof value === 'object' && value !== null) for (const p of parsePaths(value)) paths.push([key, ...p]);
    }
    return paths;
  }
  throw new FakeOfficeError('InvalidArgument', 'load() needs property names (an empty load loads everything: slow).');
}

function jsonSize(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v ?? null), 'utf8');
}

export class FakeContext implements Faithful<Excel.RequestContext, 'sync' | 'workbook'> {
  readonly workbook: FakeWorkbook;
  private queue: { load: boolean; run: (stage: Stage) => void }[] = [];
  /** Number of the batch being queued (the syncs so far). */
  batchNumber = 0;
  /** Batches whose sync failed: the ranges created in them are dead. */
  readonly failedBatches = new Set<number>();

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
  }

  get wb(): FakeWorkbookData {
    return this.host.wb;
  }

  enqueue(run: () => void): void {
    this.queue.push({ load: false, run: () => run() });
  }

  enqueueLoad(run: (stage: Stage) => void): void {
    this.queue.push({ load: true, run });
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const batchNumber = this.batchNumber++;
    const commits: (() => void)[] = [];
    const valueLoads: number[] = [];
    let bytes = 0;
    const stage: Stage = {
      add(b, commit, isValues) {
        bytes += b;
        if (isValues) valueLoads.push(b);
        commits.push(commit);
      },
    };
    const record = (): void => {
      this.host.syncs.push({
        loads: batch.filter((q) => q.load).length,
        ops: batch.filter((q) => !q.load).length,
        responseBytes: bytes,
        valueLoads,
      });
    };
    try {
      for (const item of batch) item.run(stage);
    } catch (e) {
      record();
      this.failedBatches.add(batchNumber);
      throw e;
    }
    record();
    if (bytes > this.host.payloadLimitBytes) {
      this.failedBatches.add(batchNumber);
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size (${bytes} bytes) has exceeded the limit.`);
    }
    for (const commit of commits) commit();
    await Promise.resolve();
  }
}

/** Base of every proxy: load/sync bookkeeping. */
abstract class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();

  constructor(protected readonly ctx: FakeContext) {}

  load(arg?: string | string[] | OfficeExtension.LoadOption | object): this {
    const paths = parsePaths(arg);
    this.ctx.enqueueLoad((stage) => this.stageLoad(paths, stage));
    return this;
  }

  stageLoad(paths: readonly Path[], stage: Stage): void {
    for (const p of paths) {
      if (p.length === 1) {
        const name = p[0];
        const value = this.scalar(name);
        stage.add(jsonSize(value), () => this.loaded.set(name, value), name === 'values');
      } else {
        this.navigation(p[0]).stageLoad([p.slice(1)], stage);
      }
    }
  }

  protected scalar(name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `${this.constructor.name}: no property '${name}' to load.`);
  }

  protected navigation(name: string): FakeProxy {
    throw new FakeOfficeError('InvalidArgument', `${this.constructor.name}: no navigation property '${name}'.`);
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new Error(`PropertyNotLoaded: '${name}' of ${this.constructor.name} was not loaded (call load() and sync()).`);
    }
    return this.loaded.get(name) as T;
  }
}

abstract class FakeCollection<P extends FakeProxy> extends FakeProxy {
  private loadedItems: P[] | null = null;

  get items(): P[] {
    if (!this.loadedItems) throw new Error(`PropertyNotLoaded: 'items' of ${this.constructor.name} was not loaded.`);
    return this.loadedItems;
  }

  protected abstract makeItems(): P[];

  override stageLoad(paths: readonly Path[], stage: Stage): void {
    const items = this.makeItems();
    const itemPaths = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const item of items) item.stageLoad(itemPaths, stage);
    stage.add(2, () => {
      this.loadedItems = items;
    });
  }
}

function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}.`);
}

export class FakeWorkbook extends FakeProxy implements Faithful<Excel.Workbook, 'worksheets' | 'tables'> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;

  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
  }
}

export class FakeWorksheetCollection
  extends FakeCollection<FakeWorksheet>
  implements Faithful<Excel.WorksheetCollection, 'items' | 'load' | 'getItem'>
{
  protected makeItems(): FakeWorksheet[] {
    return this.ctx.wb.sheets.map((s) => sheetProxy(this.ctx, s.name));
  }

  getItem(key: string): FakeWorksheet {
    const ws = sheetProxy(this.ctx, key);
    this.ctx.enqueue(() => ws.resolve());
    return ws;
  }
}

function sheetProxy(ctx: FakeContext, name: string): FakeWorksheet {
  return new FakeWorksheet(ctx, () => {
    const sheet = ctx.wb.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw itemNotFound(`worksheet '${name}'`);
    return sheet;
  });
}

export class FakeWorksheet
  extends FakeProxy
  implements
    Faithful<
      Excel.Worksheet,
      'name' | 'position' | 'load' | 'getRange' | 'getRanges' | 'getUsedRange' | 'getRangeByIndexes' | 'activate'
    >
{
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheetData,
  ) {
    super(ctx);
  }

  get name(): string {
    return this.read('name');
  }

  get position(): number {
    return this.read('position');
  }

  protected override scalar(name: string): unknown {
    const sheet = this.resolve();
    if (name === 'name') return sheet.name;
    if (name === 'position') return this.ctx.wb.sheets.indexOf(sheet);
    return super.scalar(name);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      if (address === undefined) return { sheet, area: { row: 0, col: 0, rows: GRID_ROWS, cols: GRID_COLUMNS } };
      const area = parseArea(address);
      if (!area) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
      return { sheet, area };
    });
  }

  getRanges(address?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const sheet = this.resolve();
      const parts = (address ?? '').split(/[,;]/).map((s) => s.trim());
      const areas = parts.map((p) => {
        const a = parseArea(p);
        if (!a) throw new FakeOfficeError('InvalidArgument', `bad address '${p}' in '${address}'`);
        return a;
      });
      return { sheet, areas };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error('The fake models getUsedRange(true) only (values, not formatting).');
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      return { sheet, area: usedArea(sheet) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      return { sheet, area: checked({ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }) };
    });
  }

  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.wb.activeSheet = this.resolve().name;
    });
  }
}

function checked(area: Area): Area {
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

interface RangeRef {
  readonly sheet: FakeSheetData;
  readonly area: Area;
}

export class FakeRange
  extends FakeProxy
  implements
    Faithful<
      Excel.Range,
      | 'load'
      | 'rowIndex'
      | 'columnIndex'
      | 'rowCount'
      | 'columnCount'
      | 'values'
      | 'address'
      | 'getCell'
      | 'getAbsoluteResizedRange'
      | 'getIntersection'
      | 'select'
      | 'conditionalFormats'
    >
{
  /** The batch this range was created (and first sent) in. */
  private readonly batch: number;

  constructor(
    ctx: FakeContext,
    readonly resolve: () => RangeRef,
    /** The ranges this one is computed from (a dead parent makes a dead child). */
    private readonly parents: readonly FakeRange[] = [],
  ) {
    super(ctx);
    this.batch = ctx.batchNumber;
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
      case 'address':
        return `${sheet.name}!${areaAddress(area)}`;
      default:
        return super.scalar(name);
    }
  }

  getCell(row: number, column: number): FakeRange {
    this.assertAlive();
    return new FakeRange(
      this.ctx,
      () => {
        const { sheet, area } = this.resolve();
        return { sheet, area: checked({ row: area.row + row, col: area.col + column, rows: 1, cols: 1 }) };
      },
      [this],
    );
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    this.assertAlive();
    return new FakeRange(
      this.ctx,
      () => {
        const { sheet, area } = this.resolve();
        return { sheet, area: checked({ row: area.row, col: area.col, rows: numRows, cols: numColumns }) };
      },
      [this],
    );
  }

  getIntersection(anotherRange: Excel.Range | string): FakeRange {
    if (!(anotherRange instanceof FakeRange)) throw new Error('The fake intersects with ranges only.');
    this.assertAlive();
    anotherRange.assertAlive();
    return new FakeRange(
      this.ctx,
      () => {
        const { sheet, area } = this.resolve();
        const other = anotherRange.resolve();
        const common = other.sheet === sheet ? intersect(area, other.area) : null;
        if (!common) throw itemNotFound('intersection');
        return { sheet, area: common };
      },
      [this, anotherRange],
    );
  }

  select(): void {
    this.assertAlive();
    this.ctx.enqueue(() => {
      const { sheet, area } = this.resolve();
      this.ctx.wb.selection = { sheet: sheet.name, address: areaAddress(area) };
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

export class FakeRangeAreas extends FakeProxy implements Faithful<Excel.RangeAreas, 'conditionalFormats'> {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => { sheet: FakeSheetData; areas: Area[] },
  ) {
    super(ctx);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.ctx, this.resolve);
  }
}

export class FakeTableCollection extends FakeCollection<FakeTable> implements Faithful<Excel.TableCollection, 'items' | 'load'> {
  protected makeItems(): FakeTable[] {
    return this.ctx.wb.tables.map((t) => new FakeTable(this.ctx, t));
  }
}

export class FakeTable
  extends FakeProxy
  implements Faithful<Excel.Table, 'name' | 'showHeaders' | 'showTotals' | 'worksheet' | 'getRange' | 'getDataBodyRange' | 'columns'>
{
  readonly worksheet: FakeWorksheet;
  readonly columns: FakeTableColumnCollection;

  constructor(
    ctx: FakeContext,
    private readonly table: FakeTableData,
  ) {
    super(ctx);
    this.worksheet = sheetProxy(ctx, table.sheet);
    this.columns = new FakeTableColumnCollection(ctx, table);
  }

  get name(): string {
    return this.read('name');
  }
  get showHeaders(): boolean {
    return this.read('showHeaders');
  }
  get showTotals(): boolean {
    return this.read('showTotals');
  }

  protected override scalar(name: string): unknown {
    if (name === 'name') return this.table.name;
    if (name === 'showHeaders') return this.table.showHeaders;
    if (name === 'showTotals') return this.table.showTotals;
    return super.scalar(name);
  }

  protected override navigation(name: string): FakeProxy {
    if (name === 'worksheet') return this.worksheet;
    if (name === 'columns') return this.columns;
    return super.navigation(name);
  }

  /** Header (when shown), data and totals (when shown). */
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.table.area;
      const top = this.table.showHeaders ? 0 : 1;
      return { sheet: this.worksheet.resolve(), area: { row: a.row + top, col: a.col, rows: a.rows - top, cols: a.cols } };
    });
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.table.area;
      const rows = a.rows - 1 - (this.table.showTotals ? 1 : 0);
      return { sheet: this.worksheet.resolve(), area: { row: a.row + 1, col: a.col, rows, cols: a.cols } };
    });
  }
}

export class FakeTableColumnCollection
  extends FakeCollection<FakeTableColumn>
  implements Faithful<Excel.TableColumnCollection, 'items' | 'load'>
{
  constructor(
    ctx: FakeContext,
    private readonly table: FakeTableData,
  ) {
    super(ctx);
  }

  protected makeItems(): FakeTableColumn[] {
    return this.table.columnNames.map((n) => new FakeTableColumn(this.ctx, n));
  }
}

export class FakeTableColumn extends FakeProxy implements Faithful<Excel.TableColumn, 'name'> {
  constructor(
    ctx: FakeContext,
    private readonly columnName: string,
  ) {
    super(ctx);
  }

  get name(): string {
    return this.read('name');
  }

  protected override scalar(name: string): unknown {
    return name === 'name' ? this.columnName : super.scalar(name);
  }
}

interface CfScope {
  readonly sheet: FakeSheetData;
  readonly areas: readonly Area[];
}

export class FakeConditionalFormatCollection
  extends FakeCollection<FakeConditionalFormat>
  implements Faithful<Excel.ConditionalFormatCollection, 'items' | 'load' | 'add'>
{
  constructor(
    ctx: FakeContext,
    private readonly scope: () => CfScope,
  ) {
    super(ctx);
  }

  protected makeItems(): FakeConditionalFormat[] {
    const { sheet, areas } = this.scope();
    return sheet.conditionalFormats
      .filter((cf) => cf.areas.some((a) => areas.some((b) => intersect(a, b) !== null)))
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => new FakeConditionalFormat(this.ctx, sheet, cf.id));
  }

  add(type: Excel.ConditionalFormatType | string): FakeConditionalFormat {
    if (type !== 'Custom') throw new Error(`The fake models custom conditional formats only, not ${type}.`);
    const id = this.ctx.host.nextId();
    let sheetOfNew: FakeSheetData | null = null;
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.scope();
      sheetOfNew = sheet;
      for (const cf of sheet.conditionalFormats) cf.priority++;
      sheet.conditionalFormats.push({
        id,
        type: 'Custom',
        formula: null,
        fillColor: null,
        fontColor: null,
        borders: {},
        areas: [...areas],
        priority: 0,
      });
    });
    return new FakeConditionalFormat(this.ctx, () => sheetOfNew ?? this.scope().sheet, id);
  }
}

export class FakeConditionalFormat
  extends FakeProxy
  implements Faithful<Excel.ConditionalFormat, 'id' | 'type' | 'custom' | 'customOrNullObject' | 'delete'>
{
  private readonly sheetOf: () => FakeSheetData;

  constructor(
    ctx: FakeContext,
    sheet: FakeSheetData | (() => FakeSheetData),
    readonly cfId: string,
  ) {
    super(ctx);
    this.sheetOf = typeof sheet === 'function' ? sheet : () => sheet;
  }

  data(): FakeConditionalFormatData {
    const cf = this.sheetOf().conditionalFormats.find((c) => c.id === this.cfId);
    if (!cf) throw itemNotFound(`conditional format ${this.cfId}`);
    return cf;
  }

  get id(): string {
    return this.read('id');
  }
  get type(): string {
    return this.read('type');
  }

  protected override scalar(name: string): unknown {
    if (name === 'id') return this.data().id;
    if (name === 'type') return this.data().type;
    return super.scalar(name);
  }

  protected override navigation(name: string): FakeProxy {
    if (name === 'custom') return this.custom;
    if (name === 'customOrNullObject') return this.customOrNullObject;
    return super.navigation(name);
  }

  private customProxy?: FakeCustomConditionalFormat;
  private customOrNullProxy?: FakeCustomConditionalFormat;

  get custom(): FakeCustomConditionalFormat {
    this.customProxy ??= new FakeCustomConditionalFormat(this.ctx, this, false);
    return this.customProxy;
  }

  get customOrNullObject(): FakeCustomConditionalFormat {
    this.customOrNullProxy ??= new FakeCustomConditionalFormat(this.ctx, this, true);
    return this.customOrNullProxy;
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf();
      const cf = this.data();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
      // Priorities are ranks: the formats below the deleted one move up.
      for (const c of sheet.conditionalFormats) if (c.priority > cf.priority) c.priority--;
    });
  }
}

export class FakeCustomConditionalFormat
  extends FakeProxy
  implements Faithful<Excel.CustomConditionalFormat, 'rule' | 'format' | 'isNullObject'>
{
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;

  constructor(
    ctx: FakeContext,
    readonly owner: FakeConditionalFormat,
    private readonly orNull: boolean,
  ) {
    super(ctx);
    this.rule = new FakeConditionalFormatRule(ctx, this);
    this.format = new FakeConditionalRangeFormat(ctx, this);
  }

  /** The format's data, or null for the null object of a non-custom format. */
  data(): FakeConditionalFormatData | null {
    const cf = this.owner.data();
    if (cf.type === 'Custom') return cf;
    if (this.orNull) return null;
    throw new FakeOfficeError('InvalidOperation', `conditional format ${cf.id} is not a custom format`);
  }

  /** Writes need a real custom format. */
  target(): FakeConditionalFormatData {
    const cf = this.data();
    if (!cf) throw new FakeOfficeError('InvalidOperation', 'write to a null object');
    return cf;
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  override stageLoad(paths: readonly Path[], stage: Stage): void {
    const isNull = this.data() === null;
    stage.add(5, () => this.loaded.set('isNullObject', isNull));
    super.stageLoad(paths, stage);
  }

  protected override scalar(name: string): unknown {
    if (name === 'isNullObject') return this.data() === null;
    return super.scalar(name);
  }

  protected override navigation(name: string): FakeProxy {
    if (name === 'rule') return this.rule;
    if (name === 'format') return this.format;
    return super.navigation(name);
  }
}

export class FakeConditionalFormatRule extends FakeProxy implements Faithful<Excel.ConditionalFormatRule, 'formula'> {
  constructor(
    ctx: FakeContext,
    private readonly owner: FakeCustomConditionalFormat,
  ) {
    super(ctx);
  }

  get formula(): string {
    return this.read('formula');
  }

  set formula(value: string) {
    this.ctx.enqueue(() => {
      this.owner.target().formula = value;
    });
  }

  protected override scalar(name: string): unknown {
    if (name === 'formula') return this.owner.data()?.formula ?? null;
    return super.scalar(name);
  }
}

export class FakeConditionalRangeFormat extends FakeProxy implements Faithful<Excel.ConditionalRangeFormat, 'fill' | 'font' | 'borders'> {
  readonly fill: { color: string };
  readonly font: { color: string };
  readonly borders: { getItem(index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight'): { style: string; color: string } };

  constructor(ctx: FakeContext, owner: FakeCustomConditionalFormat) {
    super(ctx);
    const setter = (apply: (cf: FakeConditionalFormatData, v: string) => void) => (v: string) =>
      ctx.enqueue(() => apply(owner.target(), v));
    this.fill = writeOnly({ color: setter((cf, v) => (cf.fillColor = v)) });
    this.font = writeOnly({ color: setter((cf, v) => (cf.fontColor = v)) });
    this.borders = {
      getItem: (index) =>
        writeOnly({
          style: setter((cf, v) => ((cf.borders[index] ??= { style: null, color: null }).style = v)),
          color: setter((cf, v) => ((cf.borders[index] ??= { style: null, color: null }).color = v)),
        }),
    };
  }
}

/** An object whose properties can only be set (each set queues a request), as the fake needs no reads there. */
function writeOnly<K extends string>(setters: Record<K, (v: string) => void>): Record<K, string> {
  const target = {} as Record<K, string>;
  for (const key of Object.keys(setters) as K[]) {
    Object.defineProperty(target, key, {
      set: setters[key],
      get: () => {
        throw new Error(`PropertyNotLoaded: '${key}' (the fake does not read conditional format colours back)`);
      },
      enumerable: true,
    });
  }
  return target;
}
