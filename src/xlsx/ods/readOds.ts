/**
 * .ods (OpenDocument spreadsheet, LibreOffice) → WorkbookSnapshot: each sheet (`table:table`) is a sheet,
 * found by its name as the plan's objects are (SPEC §1); .ods has no Excel tables. Cells are typed by
 * `office:value-type`: float, percentage and currency are numbers (`office:value`), date is its serial in
 * the 1900 system, boolean, string (the paragraphs' text), and an error value is an Excel error.
 * Repeated rows and columns are expanded only where they hold a value, within the reader's bounds.
 *
 * Streams content.xml like the .xlsx reader; no Node imports (the browser page uses it too).
 */
import { objectKindOf } from '../../domain/names';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../domain/snapshot';
import { UnreadableWorkbook, words } from '../read/errors';
import { buildGrid, rangeOf } from '../read/grid';
import type { XlsxReadOptions } from '../read/readXlsx';
import { DEFAULT_LIMITS } from '../read/readXlsx';
import { MAX_COLS, isoToSerial } from '../read/sheet';
import { parsePart } from '../read/xml';
import { ZipPackage } from '../read/zip';

export { isOdsPackage } from './detect';

interface SheetCells {
  rows: number[];
  cols: number[];
  values: CellValue[];
}

export function readOdsSnapshot(bytes: Uint8Array, options: XlsxReadOptions = {}): WorkbookSnapshot {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const zip = ZipPackage.open(bytes, limits.maxUnpackedBytes, options.inflate);
  // A password-protected file lists its encrypted parts in the manifest.
  if (/encryption-data/.test(zip.text('META-INF/manifest.xml') ?? '')) throw new UnreadableWorkbook('encrypted');
  const entry = zip.entry('content.xml');
  if (entry === undefined) throw new UnreadableWorkbook('damaged', { part: 'content.xml', what: words('innehållsdelen saknas', 'the content part is missing') });
  const all = options.allSheets === true;
  const sheetNames: string[] = [];
  const read: { name: string; cells: SheetCells }[] = [];
  let cellsKept = 0;

  let sheet: { name: string; cells: SheetCells | null } | null = null;
  let row = 0;
  let rowRepeat = 1;
  let col = 0;
  // The cell being read.
  let cell: { type: string; value: CellValue; repeat: number; error: boolean } | null = null;
  let text = '';
  let paragraphs = 0;
  let inP = 0;
  // A comment on a cell (office:annotation) holds paragraphs of its own: they are not the cell's text.
  let inAnnotation = 0;

  const keep = (r: number, c: number, v: CellValue): void => {
    if (sheet === null || sheet.cells === null) return;
    if (r >= limits.maxRows) {
      throw new UnreadableWorkbook('tooManyCells', {
        sheet: sheet.name,
        part: entry.name,
        what: words(`det finns värden nedanför rad ${limits.maxRows}`, `there are values below row ${limits.maxRows}: delete the rows below the plan`),
      });
    }
    if (c >= MAX_COLS) throw new UnreadableWorkbook('beyondLimits', { sheet: sheet.name, part: entry.name, where: `column ${c + 1}` });
    if (++cellsKept > limits.maxCells) {
      throw new UnreadableWorkbook('tooManyCells', { sheet: sheet.name, part: entry.name, what: words(`mer än ${limits.maxCells} celler`, `more than ${limits.maxCells} cells`) });
    }
    sheet.cells.rows.push(r);
    sheet.cells.cols.push(c);
    sheet.cells.values.push(v);
  };

  parsePart(zip, entry, {
    open(tag, a) {
      switch (tag) {
        case 'table': {
          const name = a['table:name'] ?? '';
          sheetNames.push(name);
          const wanted = all || objectKindOf(name) !== null;
          sheet = { name, cells: wanted ? { rows: [], cols: [], values: [] } : null };
          row = 0;
          return;
        }
        case 'table-row':
          rowRepeat = Math.max(1, Number(a['table:number-rows-repeated'] ?? '1') || 1);
          col = 0;
          return;
        case 'table-cell':
        case 'covered-table-cell': {
          const repeat = Math.max(1, Number(a['table:number-columns-repeated'] ?? '1') || 1);
          const type = a['office:value-type'] ?? '';
          let value: CellValue = null;
          if (type === 'float' || type === 'percentage' || type === 'currency') {
            const n = Number(a['office:value']);
            value = Number.isFinite(n) ? n : null;
          } else if (type === 'date') {
            value = isoToSerial(a['office:date-value'] ?? '') ?? a['office:date-value'] ?? null;
          } else if (type === 'boolean') {
            value = a['office:boolean-value'] === 'true';
          }
          cell = { type, value, repeat, error: a['calcext:value-type'] === 'error' };
          text = '';
          paragraphs = 0;
          return;
        }
        case 'annotation':
          inAnnotation++;
          return;
        case 'p':
          if (cell !== null && inAnnotation === 0) {
            if (paragraphs++ > 0) text += '\n';
            inP++;
          }
          return;
        case 's':
          if (inP > 0) text += ' '.repeat(Math.min(1000, Math.max(1, Number(a['text:c'] ?? '1') || 1)));
          return;
        case 'tab':
          if (inP > 0) text += '\t';
          return;
        case 'line-break':
          if (inP > 0) text += '\n';
          return;
        default:
          return;
      }
    },
    text(t) {
      if (inP > 0) text += t;
    },
    close(tag) {
      switch (tag) {
        case 'annotation':
          inAnnotation--;
          return;
        case 'p':
          if (inP > 0) inP--;
          return;
        case 'table-cell':
        case 'covered-table-cell': {
          if (cell === null) return;
          let value = cell.value;
          if (cell.error) value = { error: text || '#VALUE!' };
          else if (value === null && (cell.type === 'string' || (cell.type === '' && text !== ''))) value = text;
          if (value !== null && value !== '' && sheet?.cells) {
            // Bounds first, so a repeat count of billions is refused before any loop.
            if (col + cell.repeat > MAX_COLS) throw new UnreadableWorkbook('beyondLimits', { sheet: sheet.name, part: entry.name, where: `column ${col + cell.repeat}` });
            keep(row + rowRepeat - 1, col, value);
            sheet.cells.rows.pop();
            sheet.cells.cols.pop();
            sheet.cells.values.pop();
            cellsKept--;
            if (rowRepeat * cell.repeat + cellsKept > limits.maxCells) keep(limits.maxRows, col, value);
            for (let dr = 0; dr < rowRepeat; dr++) for (let dc = 0; dc < cell.repeat; dc++) keep(row + dr, col + dc, value);
          }
          col += cell.repeat;
          cell = null;
          return;
        }
        case 'table-row':
          row += rowRepeat;
          return;
        case 'table':
          if (sheet?.cells) read.push({ name: sheet.name, cells: sheet.cells });
          sheet = null;
          return;
        default:
          return;
      }
    },
  });

  const sheets: SheetSnapshot[] = read.map(({ name, cells }) => ({ name, used: rangeOf(buildGrid({ ...cells, formats: null })) }));
  return { sheets, tables: [], sheetNames, seal: null };
}
