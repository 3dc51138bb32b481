/**
 * The WorkbookGateway over an in-memory workbook: the same task pane runs over it in the browser harness
 * and in browser tests, with no Office host. It keeps the add-in's rules: it writes only to sheets it
 * created, and highlighting is undone exactly.
 */
import type { Finding, Severity } from '../../domain/finding';
import type { WorkbookGateway, WriteResult } from '../../domain/gateway';
import type { WorkbookSnapshot } from '../../domain/snapshot';
import type { SheetLayout } from '../../domain/summary/layout';
import { a1, parseA1 } from '../../domain/a1';
import type { MemorySheet, MemoryWorkbook } from './memoryWorkbook';
import { emptySheet, findSheet, sameSheetName, setCell, snapshotOf } from './memoryWorkbook';
import { parseRange, rangeSize } from './range';

/** Fill colours of the marks (the office-js adapter uses the same meaning: red errors, amber warnings). */
export const MARK_FILL: Readonly<Record<Severity, string>> = {
  error: '#F4B6B6',
  warning: '#FFE08A',
  info: '#BFDDF5',
};

/** A cell marked by `highlight`, with the most severe finding on it. */
export interface Mark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
}

export interface Selection {
  readonly sheet: string;
  readonly cell: string;
}

export interface MemoryGatewayOptions {
  /** Simulated host latency per call, in ms (the harness uses a little so the spinner shows). */
  readonly latencyMs?: number;
}

/** One finding marks at most this many cells (a whole-column range is marked, a runaway one is not). */
const MAX_CELLS_PER_FINDING = 10_000;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

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

  constructor(workbook: MemoryWorkbook, options: MemoryGatewayOptions = {}) {
    this.wb = workbook;
    this.latencyMs = options.latencyMs ?? 0;
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

  async writeSummary(layout: SheetLayout): Promise<WriteResult> {
    await this.hostDelay();
    const sheet = this.ownSheetFor(layout.sheetName);
    for (const [key, saved] of this.saved) if (saved.sheet === sheet) this.saved.delete(key);
    this.marks = this.marks.filter((m) => m.sheet !== sheet.name);
    const otherTables = this.wb.tables.filter((t) => !sameSheetName(t.sheet, sheet.name));
    for (const t of layout.tables) {
      if (otherTables.some((o) => o.name.toLowerCase() === t.name.toLowerCase())) {
        throw new Error(`A table named ${t.name} already exists in the workbook`);
      }
    }
    sheet.cells = [];
    sheet.fills = new Map();
    sheet.formats = new Map();
    sheet.charts = [];
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
    this.wb.tables = [...otherTables, ...layout.tables.map((t) => ({ name: t.name, sheet: sheet.name, range: t.range }))];
    sheet.charts = layout.charts.map((c) => ({ ...c }));
    this.active = sheet.name;
    this.notify();
    return { sheetName: sheet.name };
  }

  async highlight(findings: readonly Finding[]): Promise<void> {
    await this.hostDelay();
    this.restoreFills();
    const bySheetCell = new Map<string, Mark & { target: MemorySheet }>();
    for (const f of findings) {
      const sheet = findSheet(this.wb, f.sheet);
      if (!sheet) continue; // e.g. S001: the sheet is missing, there is nothing to mark
      for (const cell of cellsOf(f.cell)) {
        const key = `${sheet.name}!${cell}`;
        const prior = bySheetCell.get(key);
        if (!prior || SEVERITY_RANK[f.severity] > SEVERITY_RANK[prior.severity]) {
          bySheetCell.set(key, { sheet: sheet.name, cell, severity: f.severity, target: sheet });
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
    if (!target) throw new Error(`The workbook has no sheet named ${sheet}`);
    if (parseRange(cell) === null) throw new Error(`Not a cell address: ${cell}`);
    this.selected = { sheet: target.name, cell: cell.replace(/\$/g, '').toUpperCase() };
    this.active = target.name;
    this.notify();
  }

  async writeSeal(record: string): Promise<void> {
    await this.hostDelay();
    this.wb.seal = record;
    this.notify();
  }

  /** The add-in's own sheet for `preferred`: the one it wrote before, else a new one with a free name. */
  private ownSheetFor(preferred: string): MemorySheet {
    const pattern = new RegExp(`^${escapeRegExp(preferred)}( \\(\\d+\\))?$`, 'i');
    const mine = this.wb.sheets.find((s) => s.owned && pattern.test(s.name));
    if (mine) return mine;
    let name = preferred;
    for (let n = 2; findSheet(this.wb, name); n++) name = `${preferred} (${n})`;
    const sheet = emptySheet(name, true);
    this.wb.sheets.push(sheet);
    return sheet;
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every single-cell address of a range, capped (see MAX_CELLS_PER_FINDING); nothing for a bad address. */
function cellsOf(address: string): string[] {
  const r = parseRange(address);
  if (r === null || rangeSize(r) > MAX_CELLS_PER_FINDING) return [];
  const cells: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) cells.push(a1(row, col));
  return cells;
}
