/**
 * A workbook's custom XML parts behind an office-js-shaped `Excel.run`, for the seal's office-js adapter.
 *
 * Faithful where it matters:
 * - `getByNamespace(ns)` returns the parts whose root element is in `ns`; its `items` (and each item's `id`)
 *   read as office-addin-mock's "Error, property was not loaded" until loaded *and* synced.
 * - `getXml()` gives a ClientResult whose `value` throws until a sync has run.
 * - `add` and `delete` are queued and applied at `context.sync()`, as office-js batches them; `add` of
 *   text that is not one XML element fails the sync, as in Excel.
 * Members used are type-checked against @types/office-js (`MEMBERS`).
 */
import { OfficeMockObject } from 'office-addin-mock';

export const MEMBERS = {
  collection: ['getByNamespace', 'add'] satisfies (keyof Excel.CustomXmlPartCollection)[],
  scoped: ['items', 'load'] satisfies (keyof Excel.CustomXmlPartScopedCollection)[],
  part: ['id', 'getXml', 'delete'] satisfies (keyof Excel.CustomXmlPart)[],
} as const;

export interface FakePart {
  readonly id: string;
  xml: string;
}

export class FakeWorkbook {
  parts: FakePart[] = [];
  syncs = 0;
  private nextId = 1;

  constructor(xmls: readonly string[] = []) {
    for (const xml of xmls) this.addPart(xml);
  }

  addPart(xml: string): FakePart {
    const part = { id: `{PART-${this.nextId++}}`, xml };
    this.parts.push(part);
    return part;
  }
}

export function namespaceOf(xml: string): string | null {
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?<(?:([\w.-]+):)?[\w.-]+\b([^>]*)>/.exec(xml);
  if (!m) return null;
  const decl = m[1] === undefined ? 'xmlns' : `xmlns:${m[1]}`;
  const ns = new RegExp(`${decl}\\s*=\\s*["']([^"']*)["']`).exec(m[2]);
  return ns ? ns[1] : null;
}

type Op = () => void;

class MockContext {
  private readonly queue: Op[] = [];
  private readonly readable: OfficeMockObject[] = [];
  private pending: { ready: boolean }[] = [];
  readonly workbook: { customXmlParts: Record<string, unknown> };

  constructor(private readonly wb: FakeWorkbook) {
    this.workbook = {
      customXmlParts: {
        getByNamespace: (ns: string) => this.scoped(ns),
        add: (xml: string) => {
          this.queue.push(() => {
            if (namespaceOf(xml) === null && !/^\s*<[\w.:-]+/.test(xml)) throw new Error('InvalidArgument: not XML');
            wb.addPart(xml);
          });
          return {};
        },
      },
    };
  }

  async sync(): Promise<void> {
    this.wb.syncs++;
    for (const op of this.queue.splice(0)) op();
    for (const m of this.readable) await m.sync();
    for (const p of this.pending.splice(0)) p.ready = true;
    await Promise.resolve();
  }

  private scoped(ns: string): OfficeMockObject {
    const items = this.wb.parts
      .filter((p) => namespaceOf(p.xml) === ns)
      .map((part) => {
        const item = new OfficeMockObject({
          id: part.id,
          getXml: () => {
            const result = { ready: false };
            this.pending.push(result);
            return {
              get value(): string {
                if (!result.ready) throw new Error('PropertyNotLoaded: getXml() value read before context.sync()');
                return part.xml;
              },
            };
          },
          delete: () => {
            this.queue.push(() => {
              this.wb.parts = this.wb.parts.filter((p) => p !== part);
            });
          },
        });
        this.readable.push(item);
        return item;
      });
    const coll = new OfficeMockObject({ items });
    this.readable.push(coll);
    const load = (props: string): OfficeMockObject => {
      const itemProps = props.split(',').map((p) => p.trim()).filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
      for (const item of items) if (itemProps.length > 0) item.load(itemProps);
      OfficeMockObject.prototype.load.call(coll, 'items');
      return coll;
    };
    (coll as unknown as { load: typeof load }).load = load;
    return coll;
  }
}

/** Installs `Excel.run` over the fake workbook; returns a function that removes it. */
export function installExcel(wb: FakeWorkbook): () => void {
  const g = globalThis as unknown as { Excel?: unknown };
  const before = g.Excel;
  g.Excel = {
    run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => batch(new MockContext(wb)),
  };
  return () => {
    g.Excel = before;
  };
}
