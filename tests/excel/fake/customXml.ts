/**
 * The workbook's custom XML parts in the fake Excel host (where the seal is stored, ExcelApi 1.5):
 * `getByNamespace(ns)` finds the parts whose root element is in `ns`; `getXml()` gives a ClientResult
 * whose `value` is there only after a sync; `add` and `delete` run at sync, and `add` of text that is not
 * an XML element fails it, as in Excel.
 */
import type { Faithful, FakeContextLike } from './core';
import { FakeCollection, FakeProxy, invalidArgument, itemNotFound } from './core';
import type { FakeCustomXmlPartData } from './workbook';

/** The namespace of an XML document's root element, or null. */
export function namespaceOf(xml: string): string | null {
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?<(?:([\w.-]+):)?[\w.-]+\b([^>]*)>/.exec(xml);
  if (!m) return null;
  const decl = m[1] === undefined ? 'xmlns' : `xmlns:${m[1]}`;
  const ns = new RegExp(`${decl}\\s*=\\s*["']([^"']*)["']`).exec(m[2]);
  return ns ? ns[1] : null;
}

export class FakeCustomXmlPartCollection implements Faithful<Excel.CustomXmlPartCollection, 'getByNamespace' | 'add'> {
  constructor(private readonly ctx: FakeContextLike) {}

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.ctx, namespaceUri);
  }

  add(xml: string): FakeCustomXmlPart {
    const ctx = this.ctx;
    const part: FakeCustomXmlPartData = { id: ctx.nextId('PART'), xml };
    ctx.enqueue(() => {
      if (!/^\s*(?:<\?xml[^>]*\?>\s*)?<[\w.:-]+[\s>/]/.test(xml)) throw invalidArgument('not an XML element');
      ctx.wb.customXmlParts.push(part);
    });
    return new FakeCustomXmlPart(ctx, part);
  }
}

export class FakeCustomXmlPartScopedCollection
  extends FakeCollection<FakeCustomXmlPart>
  implements Faithful<Excel.CustomXmlPartScopedCollection, 'items' | 'load'>
{
  constructor(
    ctx: FakeContextLike,
    private readonly namespaceUri: string,
  ) {
    super(ctx);
  }

  protected makeItems(): FakeCustomXmlPart[] {
    return this.ctx.wb.customXmlParts.filter((p) => namespaceOf(p.xml) === this.namespaceUri).map((p) => new FakeCustomXmlPart(this.ctx, p));
  }
}

export class FakeCustomXmlPart extends FakeProxy implements Faithful<Excel.CustomXmlPart, 'id' | 'getXml' | 'delete'> {
  constructor(
    ctx: FakeContextLike,
    private readonly part: FakeCustomXmlPartData,
  ) {
    super(ctx);
  }

  get id(): string {
    return this.read('id');
  }

  protected override scalar(name: string): unknown {
    return name === 'id' ? this.part.id : super.scalar(name);
  }

  private present(): void {
    if (!this.ctx.wb.customXmlParts.includes(this.part)) throw itemNotFound(`custom XML part ${this.part.id}`);
  }

  getXml(): OfficeExtension.ClientResult<string> {
    let value: string | undefined;
    this.ctx.enqueueLoad((stage) => {
      this.present();
      const xml = this.part.xml;
      stage.add(xml.length, () => (value = xml));
    });
    return {
      get value(): string {
        if (value === undefined) throw new Error('PropertyNotLoaded: getXml() value read before context.sync()');
        return value;
      },
    };
  }

  delete(): void {
    this.ctx.enqueue(() => {
      this.present();
      this.ctx.wb.customXmlParts = this.ctx.wb.customXmlParts.filter((p) => p !== this.part);
    });
  }
}
