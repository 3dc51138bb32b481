/**
 * Opens a workbook file in the browser page: .xlsx, .xlsm or .ods, with the file adapter's own reader
 * (src/xlsx/read: no exceljs, no jszip). Every sheet is read, with number formats, since the page shows
 * the whole workbook; the seal comes from its custom XML part and the summary sheet from its marker.
 * An unreadable file throws UnreadableWorkbook, whose `describe(lang)` is the line to show.
 */
import { readWorkbookBytes } from '../../xlsx/read';
import type { MemoryWorkbook } from './memoryWorkbook';
import { workbookFromSnapshot } from './memoryWorkbook';

export async function workbookFromXlsx(data: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> {
  const snapshot = readWorkbookBytes(data, { numberFormats: true, allSheets: true });
  return Promise.resolve(workbookFromSnapshot(snapshot, snapshot.seal ?? null));
}
