/** Opens an .xlsx in the browser: the file adapter's reader (exceljs) and seal reader (jszip), harness only. */
import { readXlsx } from '../../xlsx/readSnapshot';
import { readSealFromXlsx } from '../../xlsx/sealStore';
import type { MemoryWorkbook } from './memoryWorkbook';
import { workbookFromSnapshot } from './memoryWorkbook';

export async function workbookFromXlsx(data: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const [snapshot, seal] = await Promise.all([readXlsx(bytes, { numberFormats: true }), readSealFromXlsx(bytes)]);
  return workbookFromSnapshot(snapshot, seal);
}
