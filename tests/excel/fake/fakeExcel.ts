/**
 * The one typed fake of the Excel JavaScript API for adapter tests: every office-js adapter (reader,
 * highlighter, summary writer, template writer, seal store, select) and the gateway contract
 * (tests/gateway) run over it. Its state is plain data (workbook.ts) a test builds and inspects.
 *
 * It keeps office-js's batch semantics: calls queue requests; `context.sync()` runs them in order;
 * a property can be read only after `load` + `sync` (else it throws, like office-js's PropertyNotLoaded);
 * a missing sheet fails the sync with ItemNotFound; a name clash fails it with ItemAlreadyExists and the
 * requests before it stay done (a batch does not roll back); a sync whose loaded data exceeds the payload
 * limit (5 MB, as Excel on the web) fails with ResponsePayloadSizeLimitExceeded, and one whose values and
 * number formats sent exceed it fails whole with RequestPayloadSizeLimitExceeded. Every sync is recorded
 * with the bytes it returned and sent, so tests assert sync counts.
 *
 * Each fake class implements `Faithful<Excel.X, 'member' | …>`: the member names must exist on the
 * real office-js type with compatible call signatures, so the fake cannot spell a method the real
 * API does not have. Adding a feature: the member on the proxy class of its module (sheets.ts, range.ts,
 * conditionalFormats.ts, customXml.ts, or the workbook here), named in its `Faithful<…>` list, the state
 * it changes in workbook.ts (docs/architecture.md).
 */
import type { Faithful, Stage } from './core';
import { FakeOfficeError, FakeProxy } from './core';
import { FakeCustomXmlPartCollection } from './customXml';
import { FakeSettings } from './settings';
import { FakeNamedItemCollection, FakeTableCollection, FakeWorksheetCollection } from './sheets';
import type { FakeWorkbookData } from './workbook';

export { FakeOfficeError } from './core';
export type { Faithful } from './core';

export interface SyncRecord {
  /** Number of load requests in the batch. */
  readonly loads: number;
  /** Bytes of JSON the loads returned. */
  readonly responseBytes: number;
  /** Number of other requests (writes, method calls). */
  readonly ops: number;
  /** Bytes returned by each `values` load of the batch. */
  readonly valueLoads: readonly number[];
  /** Bytes of JSON the batch sent: the values and number formats it set (what Excel on the web limits too). */
  readonly requestBytes: number;
}

export interface FakeHostOptions {
  /** Request and response size Excel refuses (default 5 MB, as Excel on the web). */
  readonly payloadLimitBytes?: number;
}

/** The fake `Excel` global: `run` gives each callback a fresh context over the same workbook. */
export class FakeExcelHost {
  readonly syncs: SyncRecord[] = [];
  runs = 0;
  /** Completed `Office.context.document.settings.saveAsync` calls (settings.ts). */
  settingsSaves = 0;
  /** When set, the next settings save fails with this Office error. */
  failNextSettingsSave: { name: string; message: string } | null = null;
  readonly payloadLimitBytes: number;
  private idCounter = 0;

  constructor(
    readonly wb: FakeWorkbookData,
    options: FakeHostOptions = {},
  ) {
    this.payloadLimitBytes = options.payloadLimitBytes ?? 5_000_000;
  }

  nextId(prefix = 'CF'): string {
    this.idCounter++;
    return `{${prefix}-${this.idCounter}}`;
  }

  run = async <T>(callback: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const context = new FakeContext(this);
    return callback(context as unknown as Excel.RequestContext);
  };

  /**
   * Installs this host as the global `Excel` (run and the enums the adapters use) and `Office` (the
   * document's settings, as the add-in sees them once started); returns a function restoring the previous ones.
   */
  install(): () => void {
    const g = globalThis as { Excel?: unknown; Office?: unknown };
    const previous = { Excel: g.Excel, Office: g.Office };
    g.Excel = {
      run: this.run,
      ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
      SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    };
    g.Office = {
      context: { document: { settings: new FakeSettings(this) } },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    };
    return () => {
      g.Excel = previous.Excel;
      g.Office = previous.Office;
    };
  }
}

/**
 * For a test file whose tests each install a host: returns `install(host)`, which undoes the host installed
 * before it (if any) and installs this one; after each test the last one is undone. Call at the file's top.
 */
export function hostPerTest(): (host: FakeExcelHost) => FakeExcelHost {
  let restore: () => void = () => undefined;
  afterEach(() => restore());
  return (host) => {
    restore();
    restore = host.install();
    return host;
  };
}

export class FakeContext implements Faithful<Excel.RequestContext, 'sync' | 'workbook' | 'application'> {
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  private queue: { load: boolean; run: (stage: Stage) => void; bytes: number }[] = [];
  /** Number of the batch being queued (the syncs so far). */
  batchNumber = 0;
  /** Batches whose sync failed: the ranges created in them are dead. */
  readonly failedBatches = new Set<number>();

  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue(() => this.wb.calculationSuspensions++),
    };
  }

  get wb(): FakeWorkbookData {
    return this.host.wb;
  }

  nextId(prefix: string): string {
    return this.host.nextId(prefix);
  }

  /** `bytes`: what the request sends (a range's values or number formats as JSON, UTF-8). */
  enqueue(run: () => void, bytes = 0): void {
    this.queue.push({ load: false, run: () => run(), bytes });
  }

  enqueueLoad(run: (stage: Stage) => void): void {
    this.queue.push({ load: true, run, bytes: 0 });
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
    const requestBytes = batch.reduce((n, q) => n + q.bytes, 0);
    const record = (): void => {
      this.host.syncs.push({
        loads: batch.filter((q) => q.load).length,
        ops: batch.filter((q) => !q.load).length,
        responseBytes: bytes,
        valueLoads,
        requestBytes,
      });
    };
    // A request over the limit is refused whole: nothing of the batch is done.
    if (requestBytes > this.host.payloadLimitBytes) {
      record();
      this.failedBatches.add(batchNumber);
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
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
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${bytes} bytes) has exceeded the limit.`,
      );
    }
    for (const commit of commits) commit();
    await Promise.resolve();
  }
}

export class FakeWorkbook extends FakeProxy implements Faithful<Excel.Workbook, 'worksheets' | 'tables' | 'names' | 'customXmlParts'> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;

  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx, () => ctx.wb.definedNames);
    this.customXmlParts = new FakeCustomXmlPartCollection(ctx);
  }
}

export { FakeRange, FakeRangeAreas } from './range';
export { FakeWorksheet, FakeWorksheetCollection, FakeTable, FakeTableCollection } from './sheets';
export { FakeConditionalFormat, FakeConditionalFormatCollection } from './conditionalFormats';
