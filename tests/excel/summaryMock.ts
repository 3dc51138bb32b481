/**
 * An in-memory Excel workbook behind an office-js-shaped `Excel.run`, for the summary writer's tests.
 *
 * Faithful where it matters:
 * - Reads go through office-addin-mock's `OfficeMockObject`: a property is "Error, property was not
 *   loaded" until it is loaded *and* synced (`worksheets.items`, sheet names, marker values, table names).
 * - Writes are queued and applied at `context.sync()` in call order, as office-js batches them; an
 *   invalid write (duplicate sheet or table name) fails the sync, as in Excel.
 * - A string starting with `=` written to a cell whose number format is not `@` becomes a formula.
 * Every member the writer can call exists with the same name in @types/office-js (`MEMBERS` below is
 * type-checked against it).
 */
import { OfficeMockObject } from 'office-addin-mock';
import { cellsOf } from './cellsOf';
import { mockCollection } from './mockCollection';

export interface FakeCell {
  value: string | number | boolean;
  numberFormat: string;
  /** True when Excel would have read the written string as a formula. */
  isFormula: boolean;
  bold?: boolean;
  size?: number;
  fill?: string;
  fontColor?: string;
}
export interface FakeTable {
  name: string;
  range: string;
  hasHeaders: boolean;
  style?: string;
}
export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  position?: readonly [string, string];
  legendPosition?: string;
  dataLabels: { showValue?: boolean; showCategoryName?: boolean; numberFormat?: string };
  valueAxisFormat?: string;
  /** Fill colour per series index (setSolidColor). */
  seriesColors: Record<number, string>;
  /** Fill colour per point index of the first series (a doughnut's slices). */
  pointColors: Record<number, string>;
  /** Points whose data label was switched off. */
  pointsWithoutLabel: number[];
}
export interface FakeName {
  value: string;
  comment?: string;
}
export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  tables: FakeTable[];
  charts: FakeChart[];
  names: Map<string, FakeName>;
  columnWidths: Map<string, number>;
}

/** Members the writer uses, checked against the real office-js types (a misspelt mock member fails tsc). */
export const MEMBERS = {
  worksheetCollection: ['items', 'load', 'add'] satisfies (keyof Excel.WorksheetCollection)[],
  worksheet: ['name', 'position', 'names', 'tables', 'charts', 'getRange', 'activate', 'delete'] satisfies (keyof Excel.Worksheet)[],
  namedItemCollection: ['getItemOrNullObject', 'add'] satisfies (keyof Excel.NamedItemCollection)[],
  namedItem: ['value', 'isNullObject', 'load'] satisfies (keyof Excel.NamedItem)[],
  tableCollection: ['items', 'load', 'add'] satisfies (keyof Excel.TableCollection)[],
  table: ['name', 'style'] satisfies (keyof Excel.Table)[],
  chartCollection: ['add'] satisfies (keyof Excel.ChartCollection)[],
  chart: ['name', 'title', 'setPosition', 'legend', 'dataLabels', 'axes', 'series'] satisfies (keyof Excel.Chart)[],
  chartLegend: ['position'] satisfies (keyof Excel.ChartLegend)[],
  chartDataLabels: ['showValue', 'showCategoryName', 'numberFormat'] satisfies (keyof Excel.ChartDataLabels)[],
  chartAxes: ['valueAxis'] satisfies (keyof Excel.ChartAxes)[],
  chartAxis: ['numberFormat'] satisfies (keyof Excel.ChartAxis)[],
  chartSeriesCollection: ['getItemAt'] satisfies (keyof Excel.ChartSeriesCollection)[],
  chartSeries: ['format', 'points'] satisfies (keyof Excel.ChartSeries)[],
  chartPointsCollection: ['getItemAt'] satisfies (keyof Excel.ChartPointsCollection)[],
  chartPoint: ['format', 'hasDataLabel'] satisfies (keyof Excel.ChartPoint)[],
  chartFill: ['setSolidColor'] satisfies (keyof Excel.ChartFill)[],
  range: ['values', 'numberFormat', 'format', 'select'] satisfies (keyof Excel.Range)[],
  rangeFormat: ['font', 'fill', 'columnWidth'] satisfies (keyof Excel.RangeFormat)[],
  application: ['suspendApiCalculationUntilNextSync'] satisfies (keyof Excel.Application)[],
} as const;

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();


export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  /** `context.sync()` calls, over all runs. */
  syncs = 0;
  /** `Excel.run` calls. */
  runs = 0;
  calculationSuspensions = 0;

  addSheet(name: string, cells: Record<string, string | number> = {}): FakeSheet {
    if (this.sheets.some((s) => same(s.name, name))) throw new Error(`ItemAlreadyExists: sheet ${name}`);
    const sheet: FakeSheet = { name, cells: new Map(), tables: [], charts: [], names: new Map(), columnWidths: new Map() };
    for (const [address, value] of Object.entries(cells)) sheet.cells.set(address, { value, numberFormat: 'General', isFormula: false });
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  allTables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }
}

type Op = () => void;

/** One office-js request context over the fake workbook: reads via OfficeMockObject, writes queued until sync. */
class MockContext {
  private readonly queue: Op[] = [];
  private readonly readable: OfficeMockObject[] = [];
  readonly workbook: { worksheets: OfficeMockObject };
  readonly application: { suspendApiCalculationUntilNextSync: () => void };

  constructor(private readonly wb: FakeWorkbook) {
    this.workbook = { worksheets: this.worksheetCollection() };
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.queue.push(() => wb.calculationSuspensions++),
    };
  }

  async sync(): Promise<void> {
    this.wb.syncs++;
    const ops = this.queue.splice(0);
    for (const op of ops) op();
    for (const m of [...this.readable]) await m.sync();
    await Promise.resolve();
  }

  private track<T extends OfficeMockObject>(m: T): T {
    this.readable.push(m);
    return m;
  }

  /** A collection whose `load('items/…')` loads each item (mockCollection.ts), tracked for sync. */
  private collection(items: OfficeMockObject[], extra: Record<string, unknown>): OfficeMockObject {
    return this.track(mockCollection(items, extra));
  }

  private worksheetCollection(): OfficeMockObject {
    const items = this.wb.sheets.map((s) => this.existingSheet(s));
    return this.collection(items, {
      add: (name: string) => {
        const record: FakeSheet = { name, cells: new Map(), tables: [], charts: [], names: new Map(), columnWidths: new Map() };
        this.queue.push(() => {
          if (this.wb.sheets.some((s) => same(s.name, name))) throw new Error(`ItemAlreadyExists: sheet ${name}`);
          this.wb.sheets.push(record);
        });
        return this.writableSheet(record);
      },
    });
  }

  /** A sheet that existed when the run started: readable (name, position, markers, tables) and deletable. */
  private existingSheet(record: FakeSheet): OfficeMockObject {
    const namesMock = {
      getItemOrNullObject: (key: string) => {
        const found = record.names.get(key);
        const item = this.track(new OfficeMockObject({ value: found?.value ?? '' }));
        // office-js: isNullObject is readable after sync without an explicit load.
        (item as unknown as { isNullObject: boolean }).isNullObject = found === undefined;
        return item;
      },
    };
    const tableItems = record.tables.map((t) => this.track(new OfficeMockObject({ name: t.name })));
    const sheet = this.track(
      new OfficeMockObject({
        name: record.name,
        position: this.wb.sheets.indexOf(record),
        delete: () => this.queue.push(() => this.deleteSheet(record)),
        activate: () => this.queue.push(() => (this.wb.active = record)),
      }),
    );
    const s = sheet as unknown as Record<string, unknown>;
    s.names = namesMock;
    s.tables = this.collection(tableItems, {});
    return sheet;
  }

  private deleteSheet(record: FakeSheet): void {
    const i = this.wb.sheets.indexOf(record);
    if (i < 0) throw new Error('ItemNotFound: sheet already deleted');
    this.wb.sheets.splice(i, 1);
    if (this.wb.active === record) this.wb.active = null;
  }

  /** A sheet added in this run: every write is queued until sync. */
  private writableSheet(record: FakeSheet): unknown {
    const wb = this.wb;
    const queue = this.queue;
    const getRange = (address: string): unknown => this.range(record, address);
    const deleteSheet = (): void => this.deleteSheet(record);
    return {
      set name(value: string) {
        queue.push(() => {
          if (wb.sheets.some((s) => s !== record && same(s.name, value))) throw new Error(`ItemAlreadyExists: sheet ${value}`);
          record.name = value;
        });
      },
      set position(value: number) {
        queue.push(() => {
          if (!Number.isInteger(value) || value < 0) throw new Error(`InvalidArgument: position ${String(value)}`);
          wb.sheets.splice(wb.sheets.indexOf(record), 1);
          wb.sheets.splice(Math.min(value, wb.sheets.length), 0, record);
        });
      },
      names: {
        add: (name: string, reference: string, comment?: string) => {
          queue.push(() => {
            const m = /^="(.*)"$/.exec(reference);
            record.names.set(name, { value: m ? m[1].replace(/""/g, '"') : reference, ...(comment !== undefined ? { comment } : {}) });
          });
        },
      },
      getRange,
      tables: {
        add: (range: { address: string }, hasHeaders: boolean) => {
          const table: FakeTable = { name: `Table${wb.allTables().length + 1}`, range: range.address, hasHeaders };
          queue.push(() => record.tables.push(table));
          return {
            set name(value: string) {
              queue.push(() => {
                if (wb.allTables().some((t) => t !== table && same(t.name, value))) throw new Error(`ItemAlreadyExists: table ${value}`);
                table.name = value;
              });
            },
            set style(value: string) {
              queue.push(() => (table.style = value));
            },
          };
        },
      },
      charts: {
        add: (type: string, source: { address: string }, seriesBy: string) => {
          const chart: FakeChart = {
            name: `Chart ${record.charts.length + 1}`,
            type,
            source: source.address,
            seriesBy,
            dataLabels: {},
            seriesColors: {},
            pointColors: {},
            pointsWithoutLabel: [],
          };
          queue.push(() => record.charts.push(chart));
          const fill = (f: (color: string) => void) => ({ fill: { setSolidColor: (color: string) => queue.push(() => f(color)) } });
          const point = (i: number) => ({
            format: fill((color) => (chart.pointColors[i] = color)),
            set hasDataLabel(v: boolean) {
              queue.push(() => {
                if (!v) chart.pointsWithoutLabel.push(i);
              });
            },
          });
          return {
            set name(value: string) {
              queue.push(() => (chart.name = value));
            },
            title: {
              set text(value: string) {
                queue.push(() => (chart.title = value));
              },
            },
            legend: {
              set position(value: string) {
                queue.push(() => (chart.legendPosition = value));
              },
            },
            dataLabels: {
              set showValue(v: boolean) {
                queue.push(() => (chart.dataLabels.showValue = v));
              },
              set showCategoryName(v: boolean) {
                queue.push(() => (chart.dataLabels.showCategoryName = v));
              },
              set numberFormat(v: string) {
                queue.push(() => (chart.dataLabels.numberFormat = v));
              },
            },
            axes: {
              valueAxis: {
                set numberFormat(v: string) {
                  queue.push(() => (chart.valueAxisFormat = v));
                },
              },
            },
            series: {
              getItemAt: (i: number) => ({
                format: fill((color) => (chart.seriesColors[i] = color)),
                points: { getItemAt: (p: number) => (i === 0 ? point(p) : { format: fill(() => undefined) }) },
              }),
            },
            setPosition: (start: string, end: string) => queue.push(() => (chart.position = [start, end])),
          };
        },
      },
      activate: () => queue.push(() => (wb.active = record)),
      delete: () => queue.push(deleteSheet),
    };
  }

  private range(record: FakeSheet, address: string): unknown {
    const queue = this.queue;
    const whole = /^([A-Z]+):([A-Z]+)$/.exec(address);
    const cells = (): string[][] => cellsOf(address);
    const cell = (a: string): FakeCell => {
      let c = record.cells.get(a);
      if (!c) {
        c = { value: '', numberFormat: 'General', isFormula: false };
        record.cells.set(a, c);
      }
      return c;
    };
    const each = (f: (c: FakeCell) => void): void => cells().flat().forEach((a) => f(cell(a)));
    const matrix = <T>(name: string, value: T[][], f: (c: FakeCell, v: T) => void): void => {
      queue.push(() => {
        const grid = cells();
        if (value.length !== grid.length || value.some((r, i) => r.length !== grid[i].length)) {
          throw new Error(`InvalidArgument: ${name} is ${value.length}x${value[0]?.length} for ${address}`);
        }
        grid.forEach((row, r) => row.forEach((a, c) => f(cell(a), value[r][c])));
      });
    };
    return {
      address,
      set numberFormat(value: string[][]) {
        matrix('numberFormat', value, (c, v) => (c.numberFormat = v));
      },
      set values(value: (string | number | boolean)[][]) {
        matrix('values', value, (c, v) => {
          c.value = v;
          c.isFormula = typeof v === 'string' && v.startsWith('=') && c.numberFormat !== '@';
        });
      },
      format: {
        font: {
          set bold(v: boolean) {
            queue.push(() => each((c) => (c.bold = v)));
          },
          set size(v: number) {
            queue.push(() => each((c) => (c.size = v)));
          },
          set color(v: string) {
            queue.push(() => each((c) => (c.fontColor = v)));
          },
        },
        fill: {
          set color(v: string) {
            queue.push(() => each((c) => (c.fill = v)));
          },
        },
        set columnWidth(v: number) {
          if (!whole) throw new Error('test mock: columnWidth only on whole columns');
          queue.push(() => record.columnWidths.set(whole[1], v));
        },
      },
      select: () => undefined,
    };
  }
}

/** Installs `Excel` (run + the enums the writer uses) over the fake workbook. */
export function installExcel(wb: FakeWorkbook): void {
  const excel = {
    run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => {
      wb.runs++;
      const context = new MockContext(wb);
      return batch(context);
    },
    ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
  };
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
}
