/**
 * A sheet the add-in writes, as plain data: what goes in which cells, which ranges become Excel tables,
 * which charts are bound to them. Produced by the domain (summary, template), written by
 * src/excel (office-js), src/xlsx (exceljs) or the in-memory harness workbook. Testable without Excel.
 *
 * Every text value here is written as a value, never as a formula (SPEC §6).
 */
import type { ChartDescription } from '../charts/types';
import type { CellValue } from '../snapshot';

export interface LayoutBlock {
  /** Top-left A1 address. */
  readonly address: string;
  readonly values: readonly (readonly CellValue[])[];
  /** Number format per cell (same shape), or one format for the whole block. */
  readonly numberFormat?: string | readonly (readonly string[])[];
  readonly bold?: boolean;
  /** Font size in points. */
  readonly fontSize?: number;
}

export interface LayoutFill {
  readonly range: string;
  /** `#RRGGBB` */
  readonly color: string;
  readonly fontColor?: string;
}

export interface LayoutTable {
  readonly name: string;
  /** Header + data rows, e.g. `A10:D13`. */
  readonly range: string;
  readonly style?: string;
}

/** A native chart: its description (type, title, series, colours, number format) bound to a range of the sheet. */
export interface LayoutChart {
  readonly name: string;
  readonly chart: ChartDescription;
  /**
   * Range bound to the chart, header row included: the categories in the first column, then one column
   * per series of the description, in its order.
   */
  readonly source: string;
  /** Cell range the chart covers, e.g. `H2:O18`. */
  readonly position: string;
}

/**
 * How the sheet prints (Excel's page layout): paper, orientation, fitted to one page wide, the print
 * area, page breaks and the header and footer texts, which are in Excel's header/footer code
 * (`&P` the page number, `&N` the page count, `&&` a literal ampersand).
 */
export interface LayoutPrint {
  readonly paperSize: 'A4';
  readonly orientation: 'landscape' | 'portrait';
  /** Pages wide (height is as many pages as it takes). */
  readonly fitToPagesWide: number;
  readonly area: string;
  /** Top-left cells of the rows a new page starts at (`A35`). */
  readonly pageBreaks: readonly string[];
  readonly gridlines: boolean;
  readonly header: { readonly left: string; readonly center: string; readonly right: string };
  readonly footer: { readonly left: string; readonly center: string; readonly right: string };
}

export interface SheetLayout {
  /** Preferred sheet name (e.g. `Sammanfattning`); the writer picks a free name if a user's sheet has it. */
  readonly sheetName: string;
  readonly blocks: readonly LayoutBlock[];
  readonly fills: readonly LayoutFill[];
  readonly tables: readonly LayoutTable[];
  readonly charts: readonly LayoutChart[];
  /** Column widths in characters, by column letter. */
  readonly columnWidths?: Readonly<Record<string, number>>;
  /** How the sheet prints; absent: Excel's defaults. */
  readonly print?: LayoutPrint;
}
