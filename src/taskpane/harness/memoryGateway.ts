/**
 * The WorkbookGateway over an in-memory workbook: the same task pane runs over it in the browser harness
 * and in browser tests, with no Office host. It behaves as the Excel adapter does — the gateway contract
 * (tests/gateway) runs one suite over both — taking the same decisions from the domain: what is read
 * (`planObjectsToRead`), where the summary goes (`chooseSheetTarget`), what is marked and how
 * (`planHighlights`, HIGHLIGHT_COLOURS). It writes only to sheets it created, and highlighting is undone
 * exactly.
 */
import { AUTO_OPEN_SETTING, isAutoOpenValue, settingText } from '../../domain/autoOpen';
import type { Finding, Lang } from '../../domain/finding';
import type { FollowUpWrite } from '../../domain/record/types';
import type { TemplateOptions } from '../../domain/template/buildTemplate';
import type { WorkbookGateway, WriteResult } from '../../domain/gateway';
import type { WorkbookSnapshot } from '../../domain/snapshot';
import type { SheetLayout } from '../../domain/summary/layout';
import { a1, parseA1, parseRange, rangeSize } from '../../domain/a1';
import type { MarkedSeverity } from '../../domain/highlightPlan';
import { HIGHLIGHT_COLOURS, normalizeArea, planHighlights } from '../../domain/highlightPlan';
import type { ExistingSheet } from '../../domain/summary/sheetTarget';
import { chooseSheetTarget } from '../../domain/summary/sheetTarget';
import type { MemorySheet, MemoryWorkbook, SheetOwner } from './memoryWorkbook';
import { emptySheet, findSheet, sameSheetName, sealCopiesOf, setCell, snapshotOf, usedRange, writeSealSheet } from './memoryWorkbook';
import type { SealCopies } from '../../domain/seal/stored';
import { GatewayError } from '../../domain/hostErrors';

/** Fill colours of the marks: the domain's, the same the Excel adapter's conditional formats show. */
export const MARK_FILL: Readonly<Record<MarkedSeverity, string>> = {
  error: HIGHLIGHT_COLOURS.error.fill,
  warning: HIGHLIGHT_COLOURS.warning.fill,
};

/** A cell marked by `highlight`, with the most severe finding on it. */
export interface Mark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: MarkedSeverity;
}

export interface Selection {
  readonly sheet: string;
  readonly cell: string;
}

export interface MemoryGatewayOptions {
  /** Simulated host latency per call, in ms (the harness uses a little so the spinner shows). */
  readonly latencyMs?: number;
  /** The language of the messages the gateway gives the user (a refused write, a template refusal; default Swedish). */
  readonly lang?: Lang;
  /**
   * Simulates a host that drops custom XML parts (Excel on Mac after save and reopen, on the web after a
   * session timeout: docs/seal.md): writing the seal stores only the sheet copy.
   */
  readonly losesCustomXml?: boolean;
}

/**
 * One area marks at most this many cells in the page (a whole-column range is marked, a runaway one is
 * not): the in-memory workbook fills cell by cell, where Excel puts one conditional format on the range.
 */
const MAX_CELLS_PER_AREA = 10_000;

export class MemoryGateway implements WorkbookGateway {
  private wb: MemoryWorkbook;
  private marks: Mark[] = [];
  /** Original fills of the marked cells (`undefined` = no fill), keyed by sheet and address. */
  private saved = new Map<string, { sheet: MemorySheet; cell: string; fill: string | undefined }>();
  private selected: Selection | null = null;
  private active: string | null = null;
  private readonly listeners = new Set<() => void>();
  private changes = 0;
  private readonly latencyMs: number;
  private readonly lang: Lang;
  private readonly losesCustomXml: boolean;

  constructor(workbook: MemoryWorkbook, options: MemoryGatewayOptions = {}) {
    this.wb = workbook;
    this.latencyMs = options.latencyMs ?? 0;
    this.lang = options.lang ?? 'sv';
    this.losesCustomXml = options.losesCustomXml === true;
    this.active = workbook.sheets[0]?.name ?? null;
  }

  /** The workbook as it is now (read-only use: views render it). */
  get workbook(): MemoryWorkbook {
    return this.wb;
  }

  get selection(): Selection | null {
    return this.selected;
  }

  get activeSheet(): string | null {
    return this.active;
  }

  get highlights(): readonly Mark[] {
    return this.marks;
  }

  /** Replaces the whole workbook (a file was opened): marks and selection go with the old one. */
  load(workbook: MemoryWorkbook): void {
    this.wb = workbook;
    this.marks = [];
    this.saved.clear();
    this.selected = null;
    this.active = workbook.sheets[0]?.name ?? null;
    this.notify();
  }

  /** Shows another sheet (the harness' tabs), as a user clicking a sheet tab would. */
  activate(sheet: string): void {
    const found = findSheet(this.wb, sheet);
    if (found) {
      this.active = found.name;
      this.notify();
    }
  }

  /** Grows with every change: views compare it to know when to re-render (useSyncExternalStore). */
  get version(): number {
    return this.changes;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    await this.hostDelay();
    return snapshotOf(this.wb);
  }

  /**
   * Writes the summary as the Excel adapter does (src/excel/summaryWriter.ts), with the same decisions
   * (`chooseSheetTarget`): its own sheet is replaced in place (same name, same position), a user's sheet
   * is never touched (a new `Sammanfattning (2)` instead), and a table name a user's table has is taken
   * with a number (`PK_Status2`). The sheet is activated with A1 selected.
   */
  async writeSummary(layout: SheetLayout): Promise<WriteResult> {
    await this.hostDelay();
    return this.writeOwned(layout, 'summary');
  }

  /**
   * *Skriv till blad*, as the Excel adapter does (src/excel/findingsWriter.ts): the summary's way of
   * writing, on the add-in's own findings sheet (`owner: 'findings'`); a user's `Avvikelser` is never
   * touched.
   */
  async writeFindings(layout: SheetLayout): Promise<WriteResult> {
    await this.hostDelay();
    return this.writeOwned(layout, 'findings');
  }

  private writeOwned(layout: SheetLayout, owner: SheetOwner): WriteResult {
    const existing: ExistingSheet[] = this.wb.sheets.map((s, position) => ({
      name: s.name,
      position,
      // Only this kind's marker counts: the summary's sheet is not the findings' sheet, nor the other way round.
      marker: (s.owner ?? 'summary') === owner ? s.marker : null,
      tables: this.wb.tables.filter((t) => sameSheetName(t.sheet, s.name)).map((t) => t.name),
    }));
    const target = chooseSheetTarget(existing, layout.sheetName, layout.tables.map((t) => t.name));
    const sheet = emptySheet(target.name, target.name);
    if (owner !== 'summary') sheet.owner = owner;
    if (target.replace !== null) {
      const old = this.wb.sheets[target.replace.position];
      for (const [key, saved] of this.saved) if (saved.sheet === old) this.saved.delete(key);
      this.marks = this.marks.filter((m) => m.sheet !== old.name);
      this.wb.tables = this.wb.tables.filter((t) => !sameSheetName(t.sheet, old.name));
      this.wb.sheets[target.replace.position] = sheet;
    } else {
      this.wb.sheets.push(sheet);
    }
    for (const block of layout.blocks) {
      const origin = parseA1(block.address);
      if (origin === null) throw new Error(`Bad block address in the summary layout: ${block.address}`);
      block.values.forEach((line, r) =>
        line.forEach((value, c) => {
          // Values are stored as they are: text stays text, even when it starts with `=`.
          setCell(sheet, origin.row + r, origin.col + c, value);
          const format = typeof block.numberFormat === 'string' ? block.numberFormat : block.numberFormat?.[r]?.[c];
          if (format !== undefined) sheet.formats.set(a1(origin.row + r, origin.col + c), format);
        }),
      );
    }
    for (const fill of layout.fills) {
      for (const cell of cellsOf(fill.range)) sheet.fills.set(cell, fill.color);
    }
    this.wb.tables = [
      ...this.wb.tables,
      ...layout.tables.map((t) => ({ name: target.tableNames[t.name] ?? t.name, sheet: sheet.name, range: t.range })),
    ];
    sheet.charts = layout.charts.map((c) => ({ ...c }));
    this.active = sheet.name;
    this.selected = { sheet: sheet.name, cell: 'A1' };
    this.notify();
    return { sheetName: sheet.name };
  }

  /**
   * Marks the cells `planHighlights` chooses, in HIGHLIGHT_COLOURS, as the Excel adapter does: errors and
   * warnings (an error wins on a cell with both), not info; a finding on a missing sheet or with no usable
   * address is skipped. The cells' own fills are kept to be restored exactly.
   */
  async highlight(findings: readonly Finding[]): Promise<void> {
    await this.hostDelay();
    this.restoreFills();
    const plan = planHighlights(findings, this.wb.sheets.map((s) => s.name));
    const bySheetCell = new Map<string, Mark & { target: MemorySheet }>();
    // Warnings come first, then errors: a later area wins, so red is on top (as conditional formats added later).
    for (const area of plan.areas) {
      const target = findSheet(this.wb, area.sheet);
      if (!target) continue;
      for (const part of area.address.split(',')) {
        for (const cell of cellsOf(part)) {
          bySheetCell.set(`${target.name}!${cell}`, { sheet: target.name, cell, severity: area.severity, target });
        }
      }
    }
    const marks: Mark[] = [];
    for (const [key, m] of bySheetCell) {
      this.saved.set(key, { sheet: m.target, cell: m.cell, fill: m.target.fills.get(m.cell) });
      m.target.fills.set(m.cell, MARK_FILL[m.severity]);
      marks.push({ sheet: m.sheet, cell: m.cell, severity: m.severity });
    }
    this.marks = marks;
    this.notify();
  }

  async clearHighlights(): Promise<void> {
    await this.hostDelay();
    this.restoreFills();
    this.notify();
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.hostDelay();
    const target = findSheet(this.wb, sheet);
    // As Excel refuses them (ItemNotFound, InvalidArgument), in the same error type as the Excel adapter's.
    const failed = (code: string, detail: string): GatewayError =>
      new GatewayError('select', `${this.lang === 'sv' ? 'Kunde inte gå till' : 'Could not go to'} ${sheet}!${cell}: ${detail}`, code, detail);
    if (!target) throw failed('ItemNotFound', `The workbook has no sheet named ${sheet} (ItemNotFound)`);
    const address = normalizeArea(cell);
    if (address === null) throw failed('InvalidArgument', `Not a cell address: ${cell} (InvalidArgument)`);
    this.selected = { sheet: target.name, cell: address };
    this.active = target.name;
    this.notify();
  }

  async writeSeal(record: string): Promise<void> {
    await this.hostDelay();
    if (!this.losesCustomXml) this.wb.seal = record;
    writeSealSheet(this.wb, record);
    this.notify();
  }

  async writeFollowUp(write: FollowUpWrite): Promise<void> {
    await this.hostDelay();
    // The writing code comes with the first write (as the pane fetches the follow-up's own on the first save).
    const { applyFollowUp } = await import(/* webpackChunkName: "writes" */ './memoryFollowUp');
    this.active = applyFollowUp(this.wb, write, this.lang);
    this.notify();
  }

  /**
   * "Ny handlingsplan" as the Excel adapter does it (src/excel/templateWriter.ts), with the same decisions
   * (`planPlacement`): refuses, nothing written, when a plan sheet or table exists; reuses the single empty
   * `Blad1`/`Sheet1` of a new workbook; writes each table's header and rows with their number formats.
   */
  async createPlan(options: TemplateOptions = {}): Promise<{ readonly created: readonly string[] }> {
    await this.hostDelay();
    // The template comes with the first "Ny handlingsplan", not with the page.
    const [{ buildTemplate }, { tableGrid }, { TemplateConflictError, planPlacement }] = await Promise.all([
      import(/* webpackChunkName: "writes" */ '../../domain/template/buildTemplate'),
      import(/* webpackChunkName: "writes" */ '../../domain/template/grid'),
      import(/* webpackChunkName: "writes" */ '../../domain/template/placement'),
    ]);
    const template = buildTemplate(options);
    const placement = planPlacement({
      sheets: this.wb.sheets.map((s) => ({ name: s.name, empty: s.name === this.active && usedRange(s) === null })),
      tables: this.wb.tables.map((t) => t.name),
    });
    if (placement.conflicts.length > 0) throw new TemplateConflictError(placement.conflicts, this.lang);
    const sheets = template.tables.map((t, i) => {
      const reused = i === 0 && placement.reuseSheet !== null ? findSheet(this.wb, placement.reuseSheet) : undefined;
      if (reused) {
        reused.name = t.sheet;
        return reused;
      }
      const sheet = emptySheet(t.sheet);
      this.wb.sheets.push(sheet);
      return sheet;
    });
    template.tables.forEach((t, i) => {
      const grid = tableGrid(t);
      grid.values.forEach((line, r) =>
        line.forEach((value, c) => {
          setCell(sheets[i], r, c, value);
          sheets[i].formats.set(a1(r, c), grid.numberFormats[r][c]);
        }),
      );
      this.wb.tables.push({ name: t.table, sheet: t.sheet, range: grid.address });
    });
    this.active = sheets[0].name;
    this.selected = { sheet: sheets[0].name, cell: 'B2' };
    this.notify();
    return { created: template.tables.map((t) => t.sheet) };
  }

  async readSeal(): Promise<SealCopies> {
    await this.hostDelay();
    return sealCopiesOf(this.wb);
  }

  /** The setting as the file had it (web-extension part) or the pane set it, read as Office reads it. */
  async readAutoOpen(): Promise<boolean> {
    await this.hostDelay();
    return isAutoOpenValue(this.wb.settings?.get(AUTO_OPEN_SETTING));
  }

  /** As office-js's set/remove then saveAsync: the workbook's settings hold `true`, or not the setting at all. */
  async setAutoOpen(on: boolean): Promise<void> {
    await this.hostDelay();
    const settings = this.wb.settings ?? new Map<string, string>();
    if (on) settings.set(AUTO_OPEN_SETTING, settingText(true));
    else settings.delete(AUTO_OPEN_SETTING);
    this.wb.settings = settings;
    this.notify();
  }

  private restoreFills(): void {
    for (const { sheet, cell, fill } of this.saved.values()) {
      if (fill === undefined) sheet.fills.delete(cell);
      else sheet.fills.set(cell, fill);
    }
    this.saved.clear();
    this.marks = [];
  }

  private notify(): void {
    this.changes++;
    for (const listener of this.listeners) listener();
  }

  private hostDelay(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.latencyMs));
  }
}

/** Every single-cell address of a range, capped (see MAX_CELLS_PER_AREA); nothing for a bad address. */
function cellsOf(address: string): string[] {
  const r = parseRange(address);
  if (r === null || rangeSize(r) > MAX_CELLS_PER_AREA) return [];
  const cells: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) cells.push(a1(row, col));
  return cells;
}
