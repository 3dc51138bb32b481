/**
 * Opens a workbook file in the browser page: .xlsx, .xlsm or .ods, with the file adapter's own reader
 * (src/xlsx/read: no exceljs, no jszip). Every sheet is read, with number formats, since the page shows
 * the whole workbook; the seal comes from its custom XML part and the summary sheet from its marker, the
 * document's settings (auto-open) from Plankoll's web-extension part.
 * An unreadable file throws UnreadableWorkbook, whose `describe(lang)` is the line to show.
 */
import { readDocumentSettings, readWorkbookBytes } from '../../xlsx/read';
import { sealSheetRecord } from '../../domain/seal/sheetCopy';
import { copiesOf } from '../../domain/seal/stored';
import type { MemoryWorkbook } from './memoryWorkbook';
import { workbookFromSnapshot } from './memoryWorkbook';

export async function workbookFromXlsx(data: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> {
  const snapshot = readWorkbookBytes(data, { numberFormats: true, allSheets: true });
  // The seal's second copy is column A of its very hidden sheet, read here like every other sheet.
  const wb = workbookFromSnapshot(snapshot, { part: copiesOf(snapshot.seal).part, sheet: sealSheetRecord(snapshot.sheets) });
  // Plankoll's document settings (auto-open) from its web-extension part, as Excel gives them to the pane.
  wb.settings = readDocumentSettings(data);
  return Promise.resolve(wb);
}
