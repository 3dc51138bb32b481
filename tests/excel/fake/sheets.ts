/**
 * Worksheets and what hangs on them in the fake Excel host: the sheet collection, names, tables, charts,
 * frozen panes. A sheet proxy finds its sheet by name when its first request runs and keeps it from then
 * on (a rename in the same batch does not lose it, as office-js tracks objects, not names); a sheet that
 * is gone fails the sync with ItemNotFound.
 */
import type { Faithful, FakeContextLike, Path, Stage } from './core';
import { FakeCollection, FakeNullableProxy, FakeOfficeError, FakeProxy, alreadyExists, invalidArgument, itemNotFound, writeOnly } from './core';
import { FakeRange, FakeRangeAreas, checked } from './range';
import type { FakeChartData, FakePrintData, FakeSheetData, FakeTableData, FakeWorkbookData } from './workbook';
import { GRID_COLUMNS, GRID_ROWS, areaAddress, newSheet, parseArea, renameSheet as renameSheetData, usedArea, valuesOf } from './workbook';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** A sheet finder that remembers the sheet once found, and fails when it has left the workbook. */
function sheetFinder(wb: FakeWorkbookData, find: () => FakeSheetData | undefined, what: string): () => FakeSheetData {
  let found: FakeSheetData | undefined;
  return () => {
    found ??= find();
    if (!found || !wb.sheets.includes(found)) throw itemNotFound(what);
    return found;
  };
}

export function sheetProxy(ctx: FakeContextLike, name: string): FakeWorksheet {
  return new FakeWorksheet(ctx, sheetFinder(ctx.wb, () => ctx.wb.sheets.find((s) => same(s.name, name)), `worksheet '${name}'`));
}

/** Renames a sheet, with the tables and the selection that refer to it by name. */
function renameSheet(wb: FakeWorkbookData, sheet: FakeSheetData, name: string): void {
  if (wb.sheets.some((s) => s !== sheet && same(s.name, name))) throw alreadyExists(`a sheet named ${name}`);
  if (name.trim() === '' || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw invalidArgument(`sheet name '${name}'`);
  renameSheetData(wb, sheet, name);
}

export class FakeWorksheetCollection
  extends FakeCollection<FakeWorksheet>
  implements Faithful<Excel.WorksheetCollection, 'items' | 'load' | 'getItem' | 'getItemOrNullObject' | 'add' | 'getActiveWorksheet'>
{
  protected makeItems(): FakeWorksheet[] {
    return this.ctx.wb.sheets.map((s) => new FakeWorksheet(this.ctx, sheetFinder(this.ctx.wb, () => s, `worksheet '${s.name}'`)));
  }

  getItem(key: string): FakeWorksheet {
    const ws = sheetProxy(this.ctx, key);
    this.ctx.enqueue(() => ws.resolve());
    return ws;
  }

  /** The sheet, or a null object (`isNullObject` after a load and a sync) when there is none of that name. */
  getItemOrNullObject(key: string): FakeWorksheet {
    const wb = this.ctx.wb;
    return new FakeWorksheet(this.ctx, sheetFinder(wb, () => wb.sheets.find((s) => same(s.name, key)), `worksheet '${key}'`), () =>
      wb.sheets.every((s) => !same(s.name, key)),
    );
  }

  /** Adds a sheet (last) when the batch runs; a name a sheet already has fails the sync. */
  add(name?: string): FakeWorksheet {
    const wb = this.ctx.wb;
    const sheet = newSheet(name ?? `Sheet${wb.sheets.length + 1}`);
    this.ctx.enqueue(() => {
      if (wb.sheets.some((s) => same(s.name, sheet.name))) throw alreadyExists(`a sheet named ${sheet.name}`);
      wb.sheets.push(sheet);
    });
    return new FakeWorksheet(this.ctx, sheetFinder(wb, () => sheet, `worksheet '${sheet.name}'`));
  }

  getActiveWorksheet(): FakeWorksheet {
    const wb = this.ctx.wb;
    return new FakeWorksheet(this.ctx, sheetFinder(wb, () => wb.sheets.find((s) => s.name === wb.activeSheet), 'the active worksheet'));
  }
}

export class FakeWorksheet
  extends FakeProxy
  implements
    Faithful<
      Excel.Worksheet,
      | 'name'
      | 'position'
      | 'visibility'
      | 'isNullObject'
      | 'load'
      | 'names'
      | 'tables'
      | 'charts'
      | 'freezePanes'
      | 'pageLayout'
      | 'horizontalPageBreaks'
      | 'getRange'
      | 'getRanges'
      | 'getUsedRange'
      | 'getUsedRangeOrNullObject'
      | 'getRangeByIndexes'
      | 'activate'
      | 'delete'
    >
{
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: { add(pageBreakRange: Excel.Range | string): void };

  constructor(
    ctx: FakeContextLike,
    readonly resolve: () => FakeSheetData,
    /** For `getItemOrNullObject`: whether the sheet is missing (then it loads as office-js's null object). */
    private readonly missing?: () => boolean,
  ) {
    super(ctx);
    this.names = new FakeNamedItemCollection(ctx, () => resolve().names);
    this.tables = new FakeTableCollection(ctx, () => resolve().name);
    this.charts = new FakeChartCollection(ctx, this);
    this.freezePanes = {
      freezeRows: (count = 1) => ctx.enqueue(() => (resolve().frozenRows = count)),
    };
    this.pageLayout = fakePageLayout(ctx, () => resolve().print);
    this.horizontalPageBreaks = {
      add: (at: Excel.Range | string) => {
        if (typeof at !== 'string') throw new Error('The fake takes page breaks by address only.');
        if (parseArea(at) === null) throw invalidArgument(`bad page break ${at}`);
        ctx.enqueue(() => resolve().pageBreaks.push(at));
      },
    };
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.ctx.enqueue(() => renameSheet(this.ctx.wb, this.resolve(), value));
  }

  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.ctx.enqueue(() => {
      const sheets = this.ctx.wb.sheets;
      const sheet = this.resolve();
      if (!Number.isInteger(value) || value < 0) throw invalidArgument(`position ${String(value)}`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    });
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  /** `Visible`, `Hidden` or `VeryHidden` (Excel.SheetVisibility). */
  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.read('visibility');
  }
  set visibility(value: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.ctx.enqueue(() => {
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(value)) throw invalidArgument(`visibility ${String(value)}`);
      this.resolve().visibility = value;
    });
  }

  override stageLoad(paths: readonly Path[], stage: Stage): void {
    if (this.missing !== undefined) {
      const missing = this.missing();
      stage.add(5, () => this.loaded.set('isNullObject', missing));
      if (missing) {
        for (const p of paths) stage.add(4, () => this.loaded.set(p[0], null));
        return;
      }
    }
    super.stageLoad(paths, stage);
  }

  protected override scalar(name: string): unknown {
    const sheet = this.resolve();
    if (name === 'name') return sheet.name;
    if (name === 'position') return this.ctx.wb.sheets.indexOf(sheet);
    if (name === 'visibility') return sheet.visibility ?? 'Visible';
    return super.scalar(name);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      if (address === undefined) return { sheet, area: { row: 0, col: 0, rows: GRID_ROWS, cols: GRID_COLUMNS } };
      const area = parseArea(address);
      if (!area) throw invalidArgument(`bad address ${address}`);
      return { sheet, area };
    });
  }

  getRanges(address?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const sheet = this.resolve();
      const parts = (address ?? '').split(/[,;]/).map((s) => s.trim());
      const areas = parts.map((p) => {
        const a = parseArea(p);
        if (!a) throw invalidArgument(`bad address '${p}' in '${address}'`);
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

  /** The used range, or a null object for a sheet with no values (and, unless `valuesOnly`, no formats written). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.resolve();
        const used = usedArea(sheet);
        if (used) return { sheet, area: used };
        return valuesOnly !== true && sheet.props.size > 0 ? { sheet, area: { row: 0, col: 0, rows: 1, cols: 1 } } : null;
      },
      [],
      true,
    );
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

  /** Deletes the sheet with its tables; Excel refuses to delete the last visible sheet. */
  delete(): void {
    this.ctx.enqueue(() => {
      const wb = this.ctx.wb;
      const sheet = this.resolve();
      if (wb.sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
      for (let i = wb.tables.length - 1; i >= 0; i--) if (wb.tables[i].sheet === sheet.name) wb.tables.splice(i, 1);
      if (wb.activeSheet === sheet.name) wb.activeSheet = wb.sheets[0]?.name ?? null;
      if (wb.selection?.sheet === sheet.name) wb.selection = null;
    });
  }
}

/** Named items of a sheet (worksheet-scoped names), or the workbook's (`definedNames`). */
export class FakeNamedItemCollection
  extends FakeCollection<FakeNamedItem>
  implements Faithful<Excel.NamedItemCollection, 'items' | 'load' | 'getItemOrNullObject' | 'add'>
{
  constructor(
    ctx: FakeContextLike,
    private readonly scope: () => Map<string, { readonly value: string; readonly comment?: string }> | string[],
  ) {
    super(ctx);
  }

  private entries(): { name: string; value: string }[] {
    const scope = this.scope();
    return Array.isArray(scope) ? scope.map((name) => ({ name, value: '' })) : [...scope].map(([name, n]) => ({ name, value: n.value }));
  }

  protected makeItems(): FakeNamedItem[] {
    return this.entries().map((e) => new FakeNamedItem(this.ctx, () => e, false));
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.entries().find((e) => same(e.name, name)) ?? null, true);
  }

  /** Adds a name; a string constant reference `="…"` is stored as its text (what `value` then reads). */
  add(name: string, reference: Excel.Range | string, comment?: string): FakeNamedItem {
    const text = typeof reference === 'string' ? reference : '';
    const constant = /^="(.*)"$/s.exec(text);
    const value = constant ? constant[1].replace(/""/g, '"') : text;
    this.ctx.enqueue(() => {
      const scope = this.scope();
      if (this.entries().some((e) => same(e.name, name))) throw alreadyExists(`a name ${name}`);
      if (Array.isArray(scope)) scope.push(name);
      else scope.set(name, comment === undefined ? { value } : { value, comment });
    });
    return new FakeNamedItem(this.ctx, () => ({ name, value }), false);
  }
}

export class FakeNamedItem extends FakeNullableProxy implements Faithful<Excel.NamedItem, 'name' | 'value' | 'isNullObject' | 'load'> {
  constructor(
    ctx: FakeContextLike,
    private readonly entry: () => { name: string; value: string } | null,
    orNull: boolean,
  ) {
    super(ctx, orNull);
  }

  protected isMissing(): boolean {
    return this.entry() === null;
  }

  get name(): string {
    return this.read('name');
  }
  get value(): unknown {
    return this.read('value');
  }

  protected override scalar(name: string): unknown {
    const e = this.entry();
    if (name === 'name') return e?.name ?? null;
    if (name === 'value') return e?.value ?? null;
    return super.scalar(name);
  }
}

/** Tables of one sheet (`sheet` gives its name), or of the workbook (no `sheet`). */
export class FakeTableCollection extends FakeCollection<FakeTable> implements Faithful<Excel.TableCollection, 'items' | 'load' | 'add' | 'getItem'> {
  constructor(
    ctx: FakeContextLike,
    private readonly sheet?: () => string,
  ) {
    super(ctx);
  }

  protected makeItems(): FakeTable[] {
    const sheet = this.sheet?.();
    return this.ctx.wb.tables.filter((t) => sheet === undefined || t.sheet === sheet).map((t) => new FakeTable(this.ctx, () => t));
  }

  /** The table named `key` (of this sheet, or of the workbook); a name no table has fails the sync. */
  getItem(key: string): FakeTable {
    const sheet = this.sheet;
    const find = (): FakeTableData | undefined => this.ctx.wb.tables.find((t) => same(t.name, key) && (sheet === undefined || t.sheet === sheet()));
    const table = new FakeTable(this.ctx, () => {
      const t = find();
      if (!t) throw itemNotFound(`table '${key}'`);
      return t;
    });
    this.ctx.enqueue(() => void table.resolveTable());
    return table;
  }

  /** Adds a table over `address` (a range of this sheet, or an address on it); its name is Excel's default until set. */
  add(address: Excel.Range | string, hasHeaders: boolean): FakeTable {
    const wb = this.ctx.wb;
    let created: FakeTableData | null = null;
    this.ctx.enqueue(() => {
      let sheetName: string;
      let areaText: string;
      if (address instanceof FakeRange) {
        const { sheet, area } = address.resolve();
        sheetName = sheet.name;
        areaText = areaAddress(area);
      } else if (typeof address === 'string' && this.sheet) {
        sheetName = this.sheet();
        areaText = address;
      } else {
        throw new Error('The fake adds tables to a sheet, over one of its ranges or an address on it.');
      }
      const area = parseArea(areaText);
      if (!area) throw invalidArgument(`table range ${areaText}`);
      const sheet = wb.sheets.find((s) => s.name === sheetName);
      if (!sheet) throw itemNotFound(`worksheet '${sheetName}'`);
      const header = valuesOf(sheet, { ...area, rows: 1 })[0];
      let n = wb.tables.length + 1;
      while (wb.tables.some((t) => same(t.name, `Table${n}`))) n++;
      created = { name: `Table${n}`, sheet: sheetName, area, showHeaders: hasHeaders, showTotals: false, columnNames: header.map(String) };
      wb.tables.push(created);
    });
    return new FakeTable(this.ctx, () => {
      if (!created) throw itemNotFound('table (not added yet)');
      return created;
    });
  }
}

export class FakeTable
  extends FakeProxy
  implements Faithful<Excel.Table, 'name' | 'style' | 'showHeaders' | 'showTotals' | 'worksheet' | 'getRange' | 'getDataBodyRange' | 'columns' | 'rows'>
{
  readonly worksheet: FakeWorksheet;
  readonly columns: FakeTableColumnCollection;
  readonly rows: FakeTableRowCollection;

  constructor(
    ctx: FakeContextLike,
    private readonly table: () => FakeTableData,
  ) {
    super(ctx);
    this.worksheet = new FakeWorksheet(ctx, sheetFinder(ctx.wb, () => ctx.wb.sheets.find((s) => s.name === table().sheet), 'the table’s worksheet'));
    this.columns = new FakeTableColumnCollection(ctx, table);
    this.rows = new FakeTableRowCollection(ctx, table, this.worksheet);
  }

  /** The table's data (throws ItemNotFound when it is gone). */
  resolveTable(): FakeTableData {
    return this.table();
  }

  get name(): string {
    return this.read('name');
  }
  /** Renames the table: a name another table or a defined name has fails the sync (one namespace in Excel). */
  set name(value: string) {
    this.ctx.enqueue(() => {
      const wb = this.ctx.wb;
      const table = this.table();
      if (wb.tables.some((t) => t !== table && same(t.name, value))) throw alreadyExists(`a table named ${value}`);
      if (wb.definedNames.some((n) => same(n, value))) throw invalidArgument(`${value} is already a defined name`);
      table.name = value;
    });
  }
  get style(): string {
    return this.read('style');
  }
  set style(value: string) {
    this.ctx.enqueue(() => {
      this.table().style = value;
    });
  }
  get showHeaders(): boolean {
    return this.read('showHeaders');
  }
  get showTotals(): boolean {
    return this.read('showTotals');
  }

  protected override scalar(name: string): unknown {
    const t = this.table();
    if (name === 'name') return t.name;
    if (name === 'showHeaders') return t.showHeaders;
    if (name === 'showTotals') return t.showTotals;
    if (name === 'style') return t.style ?? 'TableStyleMedium2';
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
      const a = this.table().area;
      const top = this.table().showHeaders ? 0 : 1;
      return { sheet: this.worksheet.resolve(), area: { row: a.row + top, col: a.col, rows: a.rows - top, cols: a.cols } };
    });
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.table();
      const a = t.area;
      const rows = a.rows - 1 - (t.showTotals ? 1 : 0);
      return { sheet: this.worksheet.resolve(), area: { row: a.row + 1, col: a.col, rows, cols: a.cols } };
    });
  }
}

/**
 * A table's rows: `add` appends rows at the bottom (the fake models appending only, into empty cells below
 * the table, as Uppföljning has), writing their values as the values setter does.
 */
export class FakeTableRowCollection implements Faithful<Excel.TableRowCollection, 'add'> {
  constructor(
    private readonly ctx: FakeContextLike,
    private readonly table: () => FakeTableData,
    private readonly worksheet: FakeWorksheet,
  ) {}

  add(index?: number | null, values?: unknown[][] | boolean | string | number): Excel.TableRow {
    this.ctx.enqueue(() => {
      const t = this.table();
      if (index !== undefined && index !== null) throw new Error('The fake appends table rows only (index null).');
      if (t.showTotals) throw new Error('The fake does not add rows above a totals row.');
      const rows = Array.isArray(values) ? values : [Array.from({ length: t.area.cols }, () => '')];
      if (rows.some((r) => !Array.isArray(r) || r.length !== t.area.cols)) throw invalidArgument(`rows of ${t.area.cols} values`);
      const sheet = this.worksheet.resolve();
      const bottom = t.area.row + t.area.rows;
      rows.forEach((r, i) =>
        r.forEach((v, j) => {
          const row = (sheet.grid[bottom + i] ??= []);
          row[t.area.col + j] = v;
        }),
      );
      t.area = { ...t.area, rows: t.area.rows + rows.length };
    });
    return {} as Excel.TableRow; // the adapter does not use the returned row
  }
}

export class FakeTableColumnCollection
  extends FakeCollection<FakeTableColumn>
  implements Faithful<Excel.TableColumnCollection, 'items' | 'load'>
{
  constructor(
    ctx: FakeContextLike,
    private readonly table: () => FakeTableData,
  ) {
    super(ctx);
  }

  protected makeItems(): FakeTableColumn[] {
    return this.table().columnNames.map((n) => new FakeTableColumn(this.ctx, n));
  }
}

export class FakeTableColumn extends FakeProxy implements Faithful<Excel.TableColumn, 'name'> {
  constructor(
    ctx: FakeContextLike,
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

export class FakeChartCollection implements Faithful<Excel.ChartCollection, 'add'> {
  constructor(
    private readonly ctx: FakeContextLike,
    private readonly worksheet: FakeWorksheet,
  ) {}

  add(type: Excel.ChartType | string, sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | string): FakeChart {
    if (!(sourceData instanceof FakeRange)) throw new Error('The fake charts ranges of the fake host only.');
    const chart: { data: FakeChartData | null } = { data: null };
    this.ctx.enqueue(() => {
      const sheet = this.worksheet.resolve();
      const { area } = sourceData.resolve();
      chart.data = {
        name: `Chart ${sheet.charts.length + 1}`,
        type: String(type),
        source: areaAddress(area),
        seriesBy: String(seriesBy ?? 'Auto'),
        dataLabels: {},
        seriesColors: {},
        pointColors: {},
        pointsWithoutLabel: [],
      };
      sheet.charts.push(chart.data);
    });
    return new FakeChart(this.ctx, () => {
      if (!chart.data) throw itemNotFound('chart (not added yet)');
      return chart.data;
    });
  }
}

type ChartFill = { readonly fill: { setSolidColor(color: string): void } };

export class FakeChart implements Faithful<Excel.Chart, 'name' | 'title' | 'setPosition' | 'legend' | 'dataLabels' | 'axes' | 'series'> {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly dataLabels: { showValue: boolean; showCategoryName: boolean; numberFormat: string };
  readonly axes: { readonly valueAxis: { numberFormat: string } };
  readonly series: { getItemAt(index: number): { readonly format: ChartFill; readonly points: { getItemAt(index: number): { readonly format: ChartFill; hasDataLabel: boolean } } } };

  constructor(
    private readonly ctx: FakeContextLike,
    private readonly chart: () => FakeChartData,
  ) {
    this.title = writeOnly(ctx, { text: (v: string) => (chart().title = v) });
    this.legend = writeOnly(ctx, { position: (v: string) => (chart().legendPosition = v) });
    this.dataLabels = writeOnly(ctx, {
      showValue: (v: boolean) => (chart().dataLabels.showValue = v),
      showCategoryName: (v: boolean) => (chart().dataLabels.showCategoryName = v),
      numberFormat: (v: string) => (chart().dataLabels.numberFormat = v),
    });
    this.axes = { valueAxis: writeOnly(ctx, { numberFormat: (v: string) => (chart().valueAxisFormat = v) }) };
    const fill = (apply: (color: string) => void): ChartFill => ({
      fill: { setSolidColor: (color: string) => ctx.enqueue(() => apply(color)) },
    });
    this.series = {
      getItemAt: (s: number) => ({
        format: fill((color) => (chart().seriesColors[s] = color)),
        points: {
          getItemAt: (p: number) => {
            if (s !== 0) throw new Error('The fake models the points of the first series only.');
            const point = writeOnly(ctx, {
              hasDataLabel: (v: boolean) => {
                if (!v) chart().pointsWithoutLabel.push(p);
              },
            });
            return Object.defineProperty(point, 'format', { value: fill((color) => (chart().pointColors[p] = color)), enumerable: true }) as typeof point & {
              readonly format: ChartFill;
            };
          },
        },
      }),
    };
  }

  set name(value: string) {
    this.ctx.enqueue(() => (this.chart().name = value));
  }
  get name(): string {
    throw new Error("PropertyNotLoaded: 'name' (the fake does not read chart names back)");
  }

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    if (typeof startCell !== 'string' || (endCell !== undefined && typeof endCell !== 'string')) throw new Error('The fake positions charts by address.');
    this.ctx.enqueue(() => (this.chart().position = [startCell, endCell ?? startCell]));
  }
}

type HeaderFooterSection = keyof FakePrintData['headersFooters'];
const SECTIONS: readonly HeaderFooterSection[] = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

/** `Worksheet.pageLayout` (ExcelApi 1.9) as far as the summary writer sets it: write-only settings, applied at sync. */
export type FakePageLayout = Faithful<
  Excel.PageLayout,
  'paperSize' | 'orientation' | 'zoom' | 'printGridlines' | 'centerHorizontally' | 'setPrintArea' | 'headersFooters'
>;

function fakePageLayout(ctx: FakeContextLike, print: () => FakePrintData): FakePageLayout {
  const settings = writeOnly(ctx, {
    paperSize: (v: string) => (print().paperSize = v),
    orientation: (v: string) => (print().orientation = v),
    zoom: (v: Excel.PageLayoutZoomOptions) => {
      if (v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined)) {
        throw invalidArgument('zoom: a scale or a fit to pages, not both');
      }
      print().zoom = { ...v };
    },
    printGridlines: (v: boolean) => (print().printGridlines = v),
    centerHorizontally: (v: boolean) => (print().centerHorizontally = v),
  });
  const sections = writeOnly(
    ctx,
    Object.fromEntries(
      SECTIONS.map((name) => [
        name,
        (v: string) => {
          // Excel refuses a header or footer section longer than 255 characters.
          if (v.length > 255) throw invalidArgument(`${name} is ${v.length} characters`);
          print().headersFooters[name] = v;
        },
      ]),
    ) as Record<HeaderFooterSection, (v: string) => void>,
  );
  return Object.assign(settings, {
    setPrintArea: (area: Excel.Range | Excel.RangeAreas | string) => {
      if (typeof area !== 'string') throw new Error('The fake takes the print area by address only.');
      if (parseArea(area) === null) throw invalidArgument(`bad print area ${area}`);
      ctx.enqueue(() => (print().printArea = area));
    },
    headersFooters: { defaultForAllPages: sections },
  }) as unknown as FakePageLayout;
}
