/**
 * The machinery under every proxy of the fake Excel host: office-js's batch semantics. Calls queue
 * requests; `context.sync()` runs them in order; a property can be read only after `load` + `sync`.
 */
import type { FakeWorkbookData } from './workbook';

/** Members K of the office-js type T, with T's call signatures: the fake cannot spell a member the real API lacks. */
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

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}.`);
}

export function alreadyExists(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemAlreadyExists', `ItemAlreadyExists: ${what} already exists.`);
}

export function invalidArgument(what: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${what}`);
}

export interface Stage {
  add(bytes: number, commit: () => void, isValues?: boolean): void;
}

export type Path = readonly string[];

/** What a proxy needs from its request context (fakeExcel.ts's FakeContext). */
export interface FakeContextLike {
  readonly wb: FakeWorkbookData;
  /** Number of the batch being queued (the syncs so far). */
  readonly batchNumber: number;
  /** Batches whose sync failed: the ranges created in them are dead. */
  readonly failedBatches: ReadonlySet<number>;
  /** `bytes`: what the request sends (a range's values or number formats as JSON, UTF-8). */
  enqueue(run: () => void, bytes?: number): void;
  enqueueLoad(run: (stage: Stage) => void): void;
  nextId(prefix: string): string;
}

export function parsePaths(arg: unknown): Path[] {
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

export function jsonSize(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v ?? null), 'utf8');
}

/** Base of every proxy: load/sync bookkeeping. */
export abstract class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();

  constructor(protected readonly ctx: FakeContextLike) {}

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

/**
 * A proxy from a `…OrNullObject` method: after any load and a sync, `isNullObject` tells whether the
 * object exists, and its properties read as null when it does not (office-js's null object).
 */
export abstract class FakeNullableProxy extends FakeProxy {
  /** True when the object does not exist (evaluated when a batch runs). */
  protected abstract isMissing(): boolean;

  constructor(
    ctx: FakeContextLike,
    protected readonly orNull: boolean,
  ) {
    super(ctx);
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  override stageLoad(paths: readonly Path[], stage: Stage): void {
    const missing = this.isMissing();
    stage.add(5, () => this.loaded.set('isNullObject', missing));
    if (missing) {
      if (!this.orNull) throw itemNotFound(this.constructor.name);
      for (const p of paths) stage.add(4, () => this.loaded.set(p[0], null));
      return;
    }
    super.stageLoad(paths, stage);
  }
}

export abstract class FakeCollection<P extends FakeProxy> extends FakeProxy {
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

/**
 * An object whose properties can only be set, each set queueing a request (office-js sends property
 * writes with the next sync); reading one throws, as the fake does not read them back.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a setter of any value type; each key keeps its own below
export function writeOnly<S extends Record<string, (v: any) => void>>(ctx: FakeContextLike, setters: S): { [K in keyof S]: Parameters<S[K]>[0] } {
  const target = {} as { [K in keyof S]: Parameters<S[K]>[0] };
  for (const key of Object.keys(setters) as (keyof S & string)[]) {
    Object.defineProperty(target, key, {
      set: (v: unknown) => ctx.enqueue(() => setters[key](v)),
      get: () => {
        throw new Error(`PropertyNotLoaded: '${key}' (the fake does not read this property back)`);
      },
      enumerable: true,
    });
  }
  return target;
}
