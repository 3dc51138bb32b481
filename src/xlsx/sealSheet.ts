/**
 * The seal's second copy in an .xlsx package, at the zip level: a very hidden worksheet `PlankollSeal`
 * whose column A holds the record (src/domain/seal/sheetCopy.ts). Adding it touches only what a new
 * sheet needs: its worksheet part, a content-type override, the workbook's relationship and one `<sheet>`
 * element in the workbook part (at the end of the tab order, so no sheet index moves). Every other part
 * stays byte-for-byte as it was.
 *
 * Reading accepts what Excel or LibreOffice write when they re-save it: inline strings, shared strings,
 * `_xHHHH_` escapes, rich-text runs. No Node imports: the browser harness uses this module too.
 */
import type { CellValue } from '../domain/snapshot';
import { SEAL_SHEET_NAME, isSealSheetName, recordFromSealSheet, sealSheetCells } from '../domain/seal/sheetCopy';
import type { XlsxPackage } from './zip/package';
import { dirOf, resolveTarget } from './zip/package';
import { attr, escapeXmlText, setAttr } from './zip/xml';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_SHARED_STRINGS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';
const SHEET_ELEMENT = /<(?:\w+:)?sheet\b[^>]*?\/?>/g;

/** The worksheet XML for the seal sheet: inline strings in column A, nothing else. */
export function sealSheetXml(record: string): string {
  const rows = sealSheetCells(record)
    .map((text, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${escapeXmlText(text)}</t></is></c></row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text content as Excel reads it: entities, then `_xHHHH_` escapes. */
function cellText(xml: string): string {
  const unescaped = xml.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
  return unescaped.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of every `<t>` in an element (a plain string or rich-text runs), phonetic runs left out. */
function textOf(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += cellText(m[1] ?? '');
  return out;
}

async function sharedStrings(pkg: XlsxPackage): Promise<string[]> {
  const [part] = await pkg.targetsOf(pkg.workbook, REL_SHARED_STRINGS);
  const xml = part === undefined ? null : await pkg.text(part);
  if (xml === null) return [];
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => textOf(m[1] ?? ''));
}

/** Column A of a worksheet part, A1 first (missing cells are null). */
async function columnA(pkg: XlsxPackage, part: string): Promise<CellValue[]> {
  const xml = (await pkg.text(part)) ?? '';
  const cells: CellValue[] = [];
  let strings: string[] | null = null;
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const start = `<c${m[1]}>`;
    const ref = /^A(\d+)$/.exec(attr(start, 'r') ?? '');
    if (ref === null) continue;
    const row = Number(ref[1]) - 1;
    const body = m[2] ?? '';
    const type = attr(start, 't') ?? 'n';
    const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
    let value: CellValue = null;
    if (type === 'inlineStr') value = textOf(body);
    else if (type === 's' && v !== undefined) value = (strings ??= await sharedStrings(pkg))[Number(v)] ?? null;
    else if (type === 'str' && v !== undefined) value = cellText(v);
    else if (v !== undefined) value = type === 'e' ? { error: cellText(v) } : type === 'b' ? v === '1' : Number(v);
    while (cells.length < row) cells.push(null);
    cells[row] = value;
  }
  return cells;
}

interface SheetElement {
  readonly element: string;
  readonly name: string;
  readonly part: string | null;
}

async function sealSheetElement(pkg: XlsxPackage): Promise<SheetElement | null> {
  const wb = (await pkg.text(pkg.workbook)) ?? '';
  const element = [...wb.matchAll(SHEET_ELEMENT)].map((m) => m[0]).find((e) => isSealSheetName(attr(e, 'name') ?? ''));
  if (element === undefined) return null;
  const name = attr(element, 'name') ?? '';
  const entry = (await pkg.sheets()).find((s) => s.name === name);
  return { element, name, part: entry?.part ?? null };
}

/** The record text of the package's seal sheet, or null when it has none (or a user's sheet of that name). */
export async function readSealSheet(pkg: XlsxPackage): Promise<string | null> {
  const sheet = await sealSheetElement(pkg);
  if (sheet === null || sheet.part === null) return null;
  return recordFromSealSheet(await columnA(pkg, sheet.part));
}

/**
 * Writes `record` to the seal sheet, adding it (very hidden) when there is none. Returns false, writing
 * nothing, when a sheet of that name exists that Plankoll did not make (its A1 is not the marker).
 */
export async function writeSealSheet(pkg: XlsxPackage, record: string): Promise<boolean> {
  const existing = await sealSheetElement(pkg);
  if (existing !== null) {
    if (existing.part === null || recordFromSealSheet(await columnA(pkg, existing.part)) === null) return false;
    pkg.setText(existing.part, sealSheetXml(record));
    if (attr(existing.element, 'state') !== 'veryHidden') {
      const wb = (await pkg.text(pkg.workbook)) ?? '';
      pkg.setText(pkg.workbook, wb.replace(existing.element, setAttr(existing.element, 'state', 'veryHidden')));
    }
    return true;
  }
  await pkg.addWorksheet(SEAL_SHEET_NAME, sealSheetXml(record));
  const wb = (await pkg.text(pkg.workbook)) ?? '';
  const added = [...wb.matchAll(SHEET_ELEMENT)].map((m) => m[0]).find((e) => attr(e, 'name') === SEAL_SHEET_NAME);
  if (added === undefined) throw new Error('the seal sheet was not added to the workbook part');
  pkg.setText(pkg.workbook, wb.replace(added, setAttr(added, 'state', 'veryHidden')));
  return true;
}

/** Removes the seal sheet (its part, relationship, content type and `<sheet>` element); for tests and tools. */
export async function removeSealSheet(pkg: XlsxPackage): Promise<void> {
  const sheet = await sealSheetElement(pkg);
  if (sheet === null) return;
  const wb = (await pkg.text(pkg.workbook)) ?? '';
  pkg.setText(pkg.workbook, wb.replace(sheet.element, ''));
  if (sheet.part === null) return;
  const part = sheet.part;
  pkg.remove(part);
  pkg.removeOverride(part);
  const wbDir = dirOf(pkg.workbook);
  await pkg.editRels(pkg.workbook, (xml, rels) => {
    let out = xml;
    for (const r of rels) if (resolveTarget(wbDir, r.target).toLowerCase() === part.toLowerCase()) out = out.replace(r.element, '');
    return out;
  });
}
