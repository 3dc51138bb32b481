/**
 * Opens a workbook file in the browser page: .xlsx, .xlsm or .ods, with the file adapter's own reader
 * (src/xlsx/read: no exceljs, no jszip). Every sheet is read, with number formats, since the page shows
 * the whole workbook; the seal comes from its custom XML part and the summary sheet from its marker, the
 * document's settings (auto-open) from Plankoll's web-extension part.
 * An unreadable file throws UnreadableWorkbook, whose `describe(lang)` is the line to show.
 *
 * The .ods reader is fetched when an .ods file is opened (the page opens an .xlsx at start); a fetch that
 * fails rejects like an unreadable file, and the page says so in one line (src/i18n/failure.ts).
 */
import type { WorkbookSnapshot } from '../../domain/snapshot';
import { readDocumentSettings, workbookPackage } from '../../xlsx/read/open';
import type { XlsxReadOptions } from '../../xlsx/read/readXlsx';
import { readXlsxSnapshot } from '../../xlsx/read/readXlsx';
import { sealSheetRecord } from '../../domain/seal/sheetCopy';
import { copiesOf } from '../../domain/seal/stored';
import type { MemoryWorkbook } from './memoryWorkbook';
import { workbookFromSnapshot } from './memoryWorkbook';

export async function workbookFromXlsx(data: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> {
  const snapshot = await readWorkbookFile(data, { numberFormats: true, allSheets: true });
  // The seal's second copy is column A of its very hidden sheet, read here like every other sheet.
  const wb = workbookFromSnapshot(snapshot, { part: copiesOf(snapshot.seal).part, sheet: sealSheetRecord(snapshot.sheets) });
  // Plankoll's document settings (auto-open) from its web-extension part, as Excel gives them to the pane.
  wb.settings = readDocumentSettings(data);
  return wb;
}

async function readWorkbookFile(data: ArrayBuffer | Uint8Array, options: XlsxReadOptions): Promise<WorkbookSnapshot> {
  const { bytes, kind } = workbookPackage(data);
  if (kind === 'xlsx') return readXlsxSnapshot(bytes, options);
  const { readOdsSnapshot } = await import(/* webpackChunkName: "ods" */ '../../xlsx/ods/readOds');
  return readOdsSnapshot(bytes, options);
}
