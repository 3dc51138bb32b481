/**
 * An in-memory workbook behind an office-js-shaped `Excel.run`, for the template writer's tests.
 *
 * - Reads go through office-addin-mock's `OfficeMockObject`: sheet and table names are
 *   "Error, property was not loaded" until loaded and synced; `isNullObject` of the used range is set
 *   only by the sync, as office-js does.
 * - Writes are queued and applied at `context.sync()` in call order; a duplicate sheet or table name
 *   fails the sync, as in Excel (a table name also clashes with a workbook defined name: one namespace),
 *   and the writes before the failing one stay done (office-js batches do not roll back). A string
 *   starting with `=` written to a cell whose format is not `@` becomes a formula.
 * Members used are checked against @types/office-js (`MEMBERS`): a misspelt mock member fails tsc.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { cellsOf } from '../excel/cellsOf';
import { mockCollection } from '../excel/mockCollection';

export const MEMBERS = {
  workbook: ['worksheets', 'tables', 'names'] satisfies (keyof Excel.Workbook)[],
  namedItemCollection: ['items', 'load'] satisfies (keyof Excel.NamedItemCollection)[],
  namedItem: ['name'] satisfies (keyof Excel.NamedItem)[],
  worksheetCollection: ['items', 'load', 'add', 'getItem', 'getActiveWorksheet'] satisfies (keyof Excel.WorksheetCollection)[],
  worksheet: ['name', 'load', 'getUsedRangeOrNullObject', 'getRange', 'tables', 'freezePanes', 'activate'] satisfies (keyof Excel.Worksheet)[],
  tableCollection: ['items', 'load', 'add'] satisfies (keyof Excel.TableCollection)[],
  table: ['name', 'style'] satisfies (keyof Excel.Table)[],
  range: ['address', 'isNullObject', 'values', 'numberFormat', 'format', 'dataValidation', 'select'] satisfies (keyof Excel.Range)[],
  rangeFormat: ['columnWidth'] satisfies (keyof Excel.RangeFormat)[],
  dataValidation: ['rule', 'prompt', 'errorAlert', 'ignoreBlanks'] satisfies (keyof Excel.DataValidation)[],
  freezePanes: ['freezeRows'] satisfies (keyof Excel.WorksheetFreezePanes)[],
} as const;

export interface FakeCell {
  value: string | number | boolean | null;
  numberFormat: string;
  isFormula: boolean;
}

export interface FakeValidation {
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks?: boolean;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  tables: { name: string; address: string; hasHeaders: boolean; style?: string }[];
  frozenRows: number;
  validations: Map<string, FakeValidation>;
  columnWidths: Map<string, number>;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();


type Op = () => void;

export class TemplateFakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Workbook-scoped defined names (Name Manager). */
  readonly definedNames: string[] = [];
  syncs = 0;
  runs = 0;

  addSheet(name: string, cells: Record<string, string | number> = {}, tables: string[] = []): FakeSheet {
    const sheet: FakeSheet = { name, cells: new Map(), tables: [], frozenRows: 0, validations: new Map(), columnWidths: new Map() };
    for (const [a, value] of Object.entries(cells)) sheet.cells.set(a, { value, numberFormat: 'General', isFormula: false });
    for (const t of tables) sheet.tables.push({ name: t, address: 'A1:B2', hasHeaders: true });
    this.sheets.push(sheet);
    if (this.active === null) this.active = sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Installs `Excel.run` over this workbook. */
  install(): void {
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => {
        this.runs++;
        return batch(new MockContext(this));
      },
    };
  }
}

class MockContext {
  private readonly queue: Op[] = [];
  private readonly readable: OfficeMockObject[] = [];
  private readonly afterSync: Op[] = [];
  readonly workbook: { worksheets: OfficeMockObject; tables: OfficeMockObject; names: OfficeMockObject };

  constructor(private readonly wb: TemplateFakeWorkbook) {
    this.workbook = { worksheets: this.worksheetCollection(), tables: this.tableCollection(), names: this.nameCollection() };
  }

  async sync(): Promise<void> {
    this.wb.syncs++;
    for (const op of this.queue.splice(0)) op();
    for (const m of [...this.readable]) await m.sync();
    for (const op of this.afterSync.splice(0)) op();
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

  private tableCollection(): OfficeMockObject {
    const items = this.wb.sheets.flatMap((s) => s.tables).map((t) => this.track(new OfficeMockObject({ name: t.name })));
    return this.collection(items, {});
  }

  private nameCollection(): OfficeMockObject {
    return this.collection(this.wb.definedNames.map((name) => this.track(new OfficeMockObject({ name }))), {});
  }

  private worksheetCollection(): OfficeMockObject {
    const wb = this.wb;
    const items = wb.sheets.map((s) => this.track(new OfficeMockObject({ name: s.name })));
    return this.collection(items, {
      add: (name: string) => {
        const record: FakeSheet = { name, cells: new Map(), tables: [], frozenRows: 0, validations: new Map(), columnWidths: new Map() };
        this.queue.push(() => {
          if (wb.sheets.some((s) => same(s.name, name))) throw new Error(`ItemAlreadyExists: sheet ${name}`);
          wb.sheets.push(record);
        });
        return this.writableSheet(record);
      },
      getItem: (name: string) => {
        const record = wb.sheets.find((s) => same(s.name, name));
        if (!record) throw new Error(`ItemNotFound: sheet ${name}`);
        return this.writableSheet(record);
      },
      getActiveWorksheet: () => {
        const record = wb.active;
        if (!record) throw new Error('no active sheet');
        const sheet = this.track(new OfficeMockObject({ name: record.name }));
        (sheet as unknown as Record<string, unknown>).getUsedRangeOrNullObject = (valuesOnly?: boolean) => {
          const empty = [...record.cells.values()].every((c) => (valuesOnly ? c.value === null || c.value === '' : false));
          const used = this.track(new OfficeMockObject({ address: empty ? '' : `${record.name}!A1` }));
          // office-js fills isNullObject on sync (after any load), not before.
          this.afterSync.push(() => ((used as unknown as { isNullObject: boolean }).isNullObject = empty));
          return used;
        };
        return sheet;
      },
    });
  }

  private writableSheet(record: FakeSheet): unknown {
    const wb = this.wb;
    const queue = this.queue;
    return {
      set name(value: string) {
        queue.push(() => {
          if (wb.sheets.some((s) => s !== record && same(s.name, value))) throw new Error(`ItemAlreadyExists: sheet ${value}`);
          record.name = value;
        });
      },
      getRange: (address: string) => this.range(record, address),
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          const table: FakeSheet['tables'][number] = { name: `Tabell${wb.sheets.flatMap((s) => s.tables).length + 1}`, address, hasHeaders };
          queue.push(() => record.tables.push(table));
          return {
            set name(value: string) {
              queue.push(() => {
                if (wb.sheets.flatMap((s) => s.tables).some((t) => t !== table && same(t.name, value))) throw new Error(`ItemAlreadyExists: table ${value}`);
                if (wb.definedNames.some((n) => same(n, value))) throw new Error(`InvalidArgument: ${value} is already a defined name`);
                table.name = value;
              });
            },
            set style(value: string) {
              queue.push(() => (table.style = value));
            },
          };
        },
      },
      freezePanes: { freezeRows: (n: number) => queue.push(() => (record.frozenRows = n)) },
      activate: () => queue.push(() => (wb.active = record)),
    };
  }

  private range(record: FakeSheet, address: string): unknown {
    const queue = this.queue;
    const wb = this.wb;
    const whole = /^([A-Z]+):([A-Z]+)$/.exec(address);
    const cell = (a: string): FakeCell => {
      let c = record.cells.get(a);
      if (!c) {
        c = { value: null, numberFormat: 'General', isFormula: false };
        record.cells.set(a, c);
      }
      return c;
    };
    const matrix = <T>(name: string, value: T[][], f: (c: FakeCell, v: T) => void): void => {
      if (whole) throw new Error(`the test mock does not write ${name} to whole columns`);
      queue.push(() => {
        const grid = cellsOf(address);
        if (value.length !== grid.length || value.some((r, i) => r.length !== grid[i].length)) {
          throw new Error(`InvalidArgument: ${name} is ${value.length}x${value[0]?.length} for ${address}`);
        }
        grid.forEach((row, r) => row.forEach((a, c) => f(cell(a), value[r][c])));
      });
    };
    const validation = (): FakeValidation => {
      let v = record.validations.get(address);
      if (!v) {
        v = {};
        record.validations.set(address, v);
      }
      return v;
    };
    return {
      set numberFormat(value: string[][]) {
        matrix('numberFormat', value, (c, v) => (c.numberFormat = v));
      },
      set values(value: (string | number | null)[][]) {
        matrix('values', value, (c, v) => {
          // office-js: null in a values matrix leaves the cell as it is.
          if (v === null) return;
          c.value = v;
          c.isFormula = typeof v === 'string' && v.startsWith('=') && c.numberFormat !== '@';
        });
      },
      format: {
        set columnWidth(v: number) {
          if (!whole || whole[1] !== whole[2]) throw new Error('the test mock sets widths on one whole column');
          queue.push(() => record.columnWidths.set(whole[1], v));
        },
      },
      dataValidation: {
        set rule(v: Excel.DataValidationRule) {
          queue.push(() => (validation().rule = v));
        },
        set prompt(v: Excel.DataValidationPrompt) {
          queue.push(() => (validation().prompt = v));
        },
        set errorAlert(v: Excel.DataValidationErrorAlert) {
          queue.push(() => (validation().errorAlert = v));
        },
        set ignoreBlanks(v: boolean) {
          queue.push(() => (validation().ignoreBlanks = v));
        },
      },
      select: () => queue.push(() => (wb.selection = { sheet: record.name, address })),
    };
  }
}
