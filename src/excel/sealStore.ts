/**
 * The seal in the open workbook, through office-js: the same custom XML part the file adapter writes
 * (src/xlsx/sealStore.ts, docs/seal.md), found by its namespace. At most two syncs per operation,
 * whatever the workbook holds (CustomXmlParts: ExcelApi 1.5).
 */
import { SEAL_NAMESPACE, sealFromXml, sealToXml } from '../domain/seal/xml';

/** The workbook's seal parts, with their ids loaded (one queued request, no sync); the reader queues it too. */
export function sealParts(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  return context.workbook.customXmlParts.getByNamespace(SEAL_NAMESPACE).load('items/id');
}

/** The seal record in the first of the parts' XML that holds one, or null. */
export function sealFromXmls(xmls: readonly string[]): string | null {
  for (const xml of xmls) {
    const record = sealFromXml(xml);
    if (record !== null) return record;
  }
  return null;
}

/** The stored seal record (JSON text), or null when the workbook has none. (The gateway reads it with the snapshot.) */
export async function readSealFromExcel(): Promise<string | null> {
  return Excel.run(async (context) => {
    const parts = sealParts(context);
    await context.sync();
    const items = parts.items;
    if (items.length === 0) return null;
    const xmls = items.map((part) => part.getXml());
    await context.sync();
    return sealFromXmls(xmls.map((x) => x.value));
  });
}

/** Stores the seal record, replacing any seal the workbook had (old parts are deleted, never kept beside it). */
export async function writeSealToExcel(record: string): Promise<void> {
  await Excel.run(async (context) => {
    const parts = sealParts(context);
    await context.sync();
    for (const part of parts.items) part.delete();
    context.workbook.customXmlParts.add(sealToXml(record, { declaration: false }));
    await context.sync();
  });
}
