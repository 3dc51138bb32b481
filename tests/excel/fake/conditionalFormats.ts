/** Conditional formats in the fake Excel host: custom formats the highlighter adds, lists and deletes. */
import type { FakeContextLike, Path, Stage } from './core';
import { FakeCollection, FakeOfficeError, FakeProxy, itemNotFound, writeOnly } from './core';
import type { Faithful } from './core';
import type { Area, FakeConditionalFormatData, FakeSheetData } from './workbook';
import { intersect } from './workbook';

export interface CfScope {
  readonly sheet: FakeSheetData;
  readonly areas: readonly Area[];
}

export class FakeConditionalFormatCollection
  extends FakeCollection<FakeConditionalFormat>
  implements Faithful<Excel.ConditionalFormatCollection, 'items' | 'load' | 'add'>
{
  constructor(
    ctx: FakeContextLike,
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
    const id = this.ctx.nextId('CF');
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
    ctx: FakeContextLike,
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
    ctx: FakeContextLike,
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
    ctx: FakeContextLike,
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

  constructor(ctx: FakeContextLike, owner: FakeCustomConditionalFormat) {
    super(ctx);
    const setter = (apply: (cf: FakeConditionalFormatData, v: string) => void) => (v: string) => apply(owner.target(), v);
    this.fill = writeOnly(ctx, { color: setter((cf, v) => (cf.fillColor = v)) });
    this.font = writeOnly(ctx, { color: setter((cf, v) => (cf.fontColor = v)) });
    this.borders = {
      getItem: (index) =>
        writeOnly(ctx, {
          style: setter((cf, v) => ((cf.borders[index] ??= { style: null, color: null }).style = v)),
          color: setter((cf, v) => ((cf.borders[index] ??= { style: null, color: null }).color = v)),
        }),
    };
  }
}

