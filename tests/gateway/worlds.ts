/**
 * The two hosts the gateway contract runs over, behind one interface (`GatewayWorld`): the gateway under
 * test, what a user sees in the workbook (values, the fill a cell shows, the active sheet and selection),
 * and what a user does between two calls (rename, move or add a sheet, fill a cell).
 *
 * - `excelWorld`: the Excel adapter (`createExcelGateway`) over the typed fake host (tests/excel/fake),
 *   where a mark is a conditional format and the shown fill is the topmost one covering the cell.
 * - `memoryWorld`: the memory gateway of the browser page, where a mark is the cell's fill.
 *
 * Adding a contract case needs nothing here; a case that looks at something new adds one method to
 * `GatewayWorld` and its two readings below (docs/architecture.md).
 */
import type { WorkbookGateway } from '../../src/domain/gateway';
import { parseA1 } from '../../src/domain/a1';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/snapshot';
import { SEAL_SHEET_NAME, sealSheetCells } from '../../src/domain/seal/sheetCopy';
import { copiesOf } from '../../src/domain/seal/stored';
import { sealToXml } from '../../src/domain/seal/xml';
import { createExcelGateway } from '../../src/excel/gateway';
import { isOwnFormula } from '../../src/excel/highlight';
import { MemoryGateway } from '../../src/taskpane/harness/memoryGateway';
import { emptySheet, findSheet, getCell, setCell, workbookFromSnapshot as memoryWorkbookFromSnapshot } from '../../src/taskpane/harness/memoryWorkbook';
import { FakeExcelHost } from '../excel/fake/fakeExcel';
import { workbookFromSnapshot as fakeWorkbookFromSnapshot } from '../excel/fake/fromSnapshot';
import { addSheet, addSheetCells, cell, intersect, parseArea, putRows, renameSheet, sheetOf, tableAddress } from '../excel/fake/workbook';

export interface GatewayWorld {
  readonly gateway: WorkbookGateway;
  /** The sheets in tab order. */
  sheetNames(): string[];
  /** A cell's value as the user sees it (null when empty). */
  value(sheet: string, address: string): CellValue;
  /** True when the cell holds a formula (workbook text must never become one). */
  isFormula(sheet: string, address: string): boolean;
  tables(): { name: string; sheet: string }[];
  /** A table's range (header to last row), e.g. `A1:G5`, or null when there is no such table. */
  tableRange(name: string): string | null;
  /** The fill colour the cell shows (a mark's, else the user's own), or null. */
  fillShown(sheet: string, address: string): string | null;
  /** Everything about the user's own formatting, to compare before and after. */
  userLook(): string;
  activeSheet(): string | null;
  /** A sheet's visibility: 'visible', 'hidden' or 'veryHidden'. */
  visibility(sheet: string): string;
  selection(): { sheet: string; cell: string } | null;
  /** A document setting as saved in the workbook (JSON text, as Office stores it), or null when it has none. */
  savedSetting(name: string): string | null;
  /** What the user does between two calls. */
  readonly user: {
    renameSheet(from: string, to: string): void;
    moveSheet(name: string, position: number): void;
    addSheet(name: string, cells: Readonly<Record<string, CellValue>>): void;
    fill(sheet: string, address: string, colour: string): void;
  };
  /** Undoes what the world installed (the Excel global). */
  close(): void;
}

export interface WorldOptions {
  /** The document's settings the workbook was saved with (name → JSON text), as the file's web-extension part holds them. */
  readonly settings?: Readonly<Record<string, string>>;
}

export type OpenWorld = (snapshot: WorkbookSnapshot, options?: WorldOptions) => GatewayWorld;

function at(address: string): { row: number; col: number } {
  const p = parseA1(address);
  if (!p) throw new Error(`bad address ${address}`);
  return p;
}

/** office-js `values` back to a CellValue: "" is empty, an error literal is an error. */
function fromOffice(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' && /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/.test(v)) return { error: v };
  return v as CellValue;
}

/** office-js's `Excel.SheetVisibility` value (`VeryHidden`) as the contract names it (`veryHidden`); unset is visible. */
function visibilityName(v: string | undefined): string {
  return v === undefined ? 'visible' : v.charAt(0).toLowerCase() + v.slice(1);
}

export const excelWorld: OpenWorld = (snapshot, options = {}) => {
  const wb = fakeWorkbookFromSnapshot(snapshot);
  wb.settings = new Map(Object.entries(options.settings ?? {}));
  const host = new FakeExcelHost(wb);
  const seal = copiesOf(snapshot.seal);
  if (seal.part !== null) wb.customXmlParts.push({ id: host.nextId('PART'), xml: sealToXml(seal.part) });
  if (seal.sheet !== null) {
    const sheet = addSheet(wb, SEAL_SHEET_NAME);
    sheet.visibility = 'VeryHidden';
    putRows(sheet.grid, 'A1', sealSheetCells(seal.sheet).map((text) => [text]));
  }
  const restore = host.install();
  return {
    gateway: createExcelGateway('sv'),
    sheetNames: () => wb.sheets.map((s) => s.name),
    value: (sheet, address) => fromOffice(cell(sheetOf(wb, sheet), address).value),
    isFormula: (sheet, address) => cell(sheetOf(wb, sheet), address).isFormula,
    tables: () => wb.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    tableRange: (name) => {
      const t = wb.tables.find((x) => x.name === name);
      return t ? tableAddress(t) : null;
    },
    fillShown: (sheet, address) => {
      const s = sheetOf(wb, sheet);
      const target = parseArea(address);
      if (!target) throw new Error(`bad address ${address}`);
      const top = s.conditionalFormats
        .filter((cf) => cf.fillColor !== null && cf.areas.some((a) => intersect(a, target) !== null))
        .sort((a, b) => a.priority - b.priority)[0];
      return top?.fillColor ?? s.props.get(address)?.fill ?? null;
    },
    userLook: () =>
      JSON.stringify(
        wb.sheets.map((s) => ({
          name: s.name,
          props: [...s.props],
          conditionalFormats: s.conditionalFormats.filter((cf) => !isOwnFormula(cf.formula)),
        })),
      ),
    activeSheet: () => wb.activeSheet,
    visibility: (sheet) => visibilityName(sheetOf(wb, sheet).visibility),
    selection: () => (wb.selection ? { sheet: wb.selection.sheet, cell: wb.selection.address } : null),
    savedSetting: (name) => wb.settings.get(name) ?? null,
    user: {
      renameSheet: (from, to) => renameSheet(wb, sheetOf(wb, from), to),
      moveSheet: (name, position) => {
        const s = sheetOf(wb, name);
        wb.sheets.splice(wb.sheets.indexOf(s), 1);
        wb.sheets.splice(position, 0, s);
      },
      addSheet: (name, cells) => void addSheetCells(wb, name, cells),
      fill: (sheet, address, colour) => {
        const s = sheetOf(wb, sheet);
        s.props.set(address, { ...s.props.get(address), fill: colour });
      },
    },
    close: restore,
  };
};

export const memoryWorld: OpenWorld = (snapshot, options = {}) => {
  const wb = memoryWorkbookFromSnapshot(snapshot);
  if (options.settings !== undefined) wb.settings = new Map(Object.entries(options.settings));
  const gateway = new MemoryGateway(wb);
  const sheet = (name: string) => {
    const s = findSheet(wb, name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    gateway,
    sheetNames: () => wb.sheets.map((s) => s.name),
    value: (name, address) => {
      const p = at(address);
      const v = getCell(sheet(name), p.row, p.col);
      return v === '' ? null : v;
    },
    // The in-memory workbook stores values as they are and evaluates nothing: no cell is ever a formula.
    isFormula: () => false,
    tables: () => wb.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    tableRange: (name) => wb.tables.find((t) => t.name === name)?.range ?? null,
    fillShown: (name, address) => sheet(name).fills.get(address) ?? null,
    userLook: () => JSON.stringify(wb.sheets.map((s) => ({ name: s.name, fills: [...s.fills], formats: [...s.formats] }))),
    activeSheet: () => gateway.activeSheet,
    visibility: (name) => sheet(name).visibility ?? 'visible',
    selection: () => gateway.selection,
    savedSetting: (name) => wb.settings?.get(name) ?? null,
    user: {
      renameSheet: (from, to) => {
        const s = sheet(from);
        wb.tables = wb.tables.map((t) => (t.sheet === s.name ? { ...t, sheet: to } : t));
        s.name = to;
      },
      moveSheet: (name, position) => {
        const s = sheet(name);
        wb.sheets.splice(wb.sheets.indexOf(s), 1);
        wb.sheets.splice(position, 0, s);
      },
      addSheet: (name, cells) => {
        const s = emptySheet(name);
        for (const [address, v] of Object.entries(cells)) setCell(s, at(address).row, at(address).col, v);
        wb.sheets.push(s);
      },
      fill: (name, address, colour) => void sheet(name).fills.set(address, colour),
    },
    close: () => undefined,
  };
};
