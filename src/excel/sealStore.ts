/**
 * The seal in the open workbook, through office-js, in both copies the file adapter writes
 * (src/xlsx/sealStore.ts, docs/seal.md): the custom XML part in the Plankoll namespace (CustomXmlParts,
 * ExcelApi 1.5) and column A of the very hidden sheet `PlankollSeal` (src/domain/seal/sheetCopy.ts).
 * The snapshot reader (readSnapshot.ts) reads both in its own two syncs; reading them alone (after sealing)
 * takes two syncs, writing at most three, whatever the workbook holds.
 */
import type { SealCopies } from '../domain/seal/stored';
import { SEAL_SHEET_MARKER, SEAL_SHEET_NAME, recordFromSealSheet, sealSheetCells } from '../domain/seal/sheetCopy';
import { SEAL_NAMESPACE, sealFromXml, sealToXml } from '../domain/seal/xml';
import type { CellValue } from '../domain/snapshot';

/** The workbook's seal parts, with their ids loaded (one queued request, no sync); the reader queues it too. */
export function sealParts(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  return context.workbook.customXmlParts.getByNamespace(SEAL_NAMESPACE).load('items/id');
}

/** The seal sheet, or a null object (one queued request, no sync); the reader queues it too. */
export function sealSheet(context: Excel.RequestContext): Excel.Worksheet {
  return context.workbook.worksheets.getItemOrNullObject(SEAL_SHEET_NAME).load('name,visibility');
}

/** After the sync that loaded `sealSheet`: its used range with values queued, or null when there is no such sheet. */
export function sealSheetValues(sheet: Excel.Worksheet): Excel.Range | null {
  return sheet.isNullObject ? null : sheet.getUsedRangeOrNullObject(true).load('values');
}

/** The seal record in the first of the parts' XML that holds one, or null. */
export function sealFromXmls(xmls: readonly string[]): string | null {
  for (const xml of xmls) {
    const record = sealFromXml(xml);
    if (record !== null) return record;
  }
  return null;
}

/** The record on the seal sheet from its loaded used range (null: no sheet, empty, or not Plankoll's). */
export function sealFromSheetValues(used: Excel.Range | null): string | null {
  if (used === null || used.isNullObject) return null;
  const column: CellValue[] = used.values.map((row) => {
    const v: unknown = row[0];
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
  });
  return recordFromSealSheet(column);
}

/** Both copies of the stored seal record (each null when missing). */
export async function readSealCopiesFromExcel(): Promise<SealCopies> {
  return Excel.run(async (context) => {
    const parts = sealParts(context);
    const sheet = sealSheet(context);
    await context.sync();
    const xmls = parts.items.map((part) => part.getXml());
    const used = sealSheetValues(sheet);
    await context.sync();
    return { part: sealFromXmls(xmls.map((x) => x.value)), sheet: sealFromSheetValues(used) };
  });
}

/** The custom XML part's record alone. */
export async function readSealFromExcel(): Promise<string | null> {
  return (await readSealCopiesFromExcel()).part;
}

/**
 * Stores the seal record in both copies, replacing any seal the workbook had (old parts are deleted, the
 * sheet's column A rewritten). A sheet named `PlankollSeal` that Plankoll did not make (its A1 is not the
 * marker) is left alone: then only the part holds the seal, and reading back says so.
 */
export async function writeSealToExcel(record: string): Promise<void> {
  await Excel.run(async (context) => {
    const parts = sealParts(context);
    const sheet = sealSheet(context);
    await context.sync();
    const cells: string[] = sealSheetCells(record);
    let target: Excel.Worksheet | null = null;
    let rows = cells.length;
    if (sheet.isNullObject) {
      target = context.workbook.worksheets.add(SEAL_SHEET_NAME);
      target.visibility = Excel.SheetVisibility.veryHidden;
    } else {
      // Ours only when A1 holds the marker; a user's sheet of that name is never written.
      const a1 = sheet.getRange('A1').load('values');
      const used = sheet.getUsedRangeOrNullObject(true).load('rowCount');
      await context.sync();
      if (a1.values[0]?.[0] === SEAL_SHEET_MARKER) {
        target = sheet;
        if (sheet.visibility !== Excel.SheetVisibility.veryHidden) target.visibility = Excel.SheetVisibility.veryHidden;
        // A longer old record's pieces are blanked, so nothing of it is left under the new one.
        rows = Math.max(rows, used.isNullObject ? 0 : used.rowCount);
      }
    }
    for (const part of parts.items) part.delete();
    context.workbook.customXmlParts.add(sealToXml(record, { declaration: false }));
    if (target !== null) {
      const range = target.getRange(`A1:A${rows}`);
      const column = Array.from({ length: rows }, (_, i) => [cells[i] ?? '']);
      range.numberFormat = column.map(() => ['@']);
      range.values = column;
    }
    await context.sync();
  });
}
