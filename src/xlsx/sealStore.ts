/**
 * The seal in an .xlsx file, at the ZIP/XML level (docs/seal.md), stored twice: on a very hidden sheet
 * (sealSheet.ts) and as a custom XML part
 * `customXml/itemN.xml` in the Plankoll namespace, its properties part `customXml/itemPropsN.xml`, the
 * item's relationships `customXml/_rels/itemN.xml.rels`, a `customXml` relationship from the workbook
 * part and a content-type override for the properties part.
 *
 * Every other part of the package is left byte-for-byte as it was (the workbook is never re-saved with
 * exceljs, which would lose charts and more). Only the two shared index parts that must name the seal
 * (`[Content_Types].xml`, the workbook's `.rels`) get one element inserted, and only when sealing for the
 * first time. Sealing again replaces the part's content in place; it never adds a second part.
 *
 * No Node imports: the browser harness uses this module too.
 */
import type JSZip from 'jszip';
import type { AddinCatalog } from '../domain/autoOpen';
import type { SealCopies } from '../domain/seal/stored';
import { SEAL_NAMESPACE, sealFromXml, sealToXml } from '../domain/seal/xml';
import { readSealSheet, removeSealSheet, writeSealSheet } from './sealSheet';
import {
  XlsxPackage,
  baseOf,
  dirOf,
  findEntry,
  freeRelationshipId,
  insertBefore,
  loadZip,
  relationships,
  relativeTarget,
  relsPathOf,
  resolveTarget,
} from './zip/package';
import { newGuid } from './zip/guid';
import { removeAutoOpen, writeAutoOpen } from './zip/webExtension';
import { decodeXmlBytes, escapeXmlAttr } from './zip/xml';

const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CT_CUSTOM_XML_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const CT_XML = 'application/xml';
const NS_DATASTORE = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';
/** Parts only: no directory entries for the folders of new parts (OPC packages need none). */
const NO_FOLDERS = { createFolders: false } as const;

/** Custom XML items (not their properties parts) that hold a Plankoll seal, in part-name order. */
async function sealParts(zip: JSZip): Promise<{ name: string; record: string }[]> {
  const found: { name: string; record: string }[] = [];
  const names = Object.keys(zip.files)
    .filter((n) => /^customXml\/[^/]+\.xml$/i.test(n) && !/^customXml\/itemProps/i.test(n) && !zip.files[n].dir)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const name of names) {
    const record = sealFromXml(decodeXmlBytes(await zip.files[name].async('uint8array')));
    if (record !== null) found.push({ name, record });
  }
  return found;
}

/** The seal record (JSON text) stored in an .xlsx package, or null when it has none. */
export async function readSealFromXlsx(data: ArrayBuffer | Uint8Array): Promise<string | null> {
  const parts = await sealParts(await loadZip(data));
  return parts.length > 0 ? parts[0].record : null;
}

function propsXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    `<ds:datastoreItem ds:itemID="${newGuid()}" xmlns:ds="${NS_DATASTORE}">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${SEAL_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

/** `prefix` + `preferred` + `.xml` when that part is free, else the smallest free number. */
function freeName(pkg: XlsxPackage, prefix: string, preferred: string): string {
  if (preferred !== '' && !pkg.has(`${prefix}${preferred}.xml`)) return `${prefix}${preferred}.xml`;
  return pkg.freePart(prefix, '.xml');
}

/** Makes `item` a complete custom XML part: properties, its rels, the workbook's relationship, types. */
async function wire(pkg: XlsxPackage, item: string): Promise<void> {
  const propsRel = (await pkg.relationshipsOf(item)).find((r) => r.type === REL_CUSTOM_XML_PROPS);
  let props = propsRel ? resolveTarget(dirOf(item), propsRel.target) : null;
  if (props === null || !pkg.has(props)) {
    props = props ?? freeName(pkg, `${dirOf(item)}itemProps`, baseOf(item).replace(/^\D*(\d*)\.xml$/i, '$1'));
    pkg.zip.file(props, propsXml(), NO_FOLDERS);
    if (!propsRel) {
      const target = relativeTarget(dirOf(item), props);
      await pkg.editRels(item, (xml, rels) =>
        insertBefore(xml, '</Relationships>', `<Relationship Id="${freeRelationshipId(rels)}" Type="${REL_CUSTOM_XML_PROPS}" Target="${escapeXmlAttr(target)}"/>`),
      );
    }
  }
  pkg.ensureOverride(findEntry(pkg.zip, props) ?? props, CT_CUSTOM_XML_PROPS);
  pkg.ensureXmlType(item, CT_XML);
  const wbDir = dirOf(pkg.workbook);
  await pkg.editRels(pkg.workbook, (xml, rels) => {
    const linked = rels.some((r) => r.type === REL_CUSTOM_XML && resolveTarget(wbDir, r.target).toLowerCase() === item.toLowerCase());
    if (linked) return xml;
    const target = relativeTarget(wbDir, item);
    return insertBefore(xml, '</Relationships>', `<Relationship Id="${freeRelationshipId(rels)}" Type="${REL_CUSTOM_XML}" Target="${escapeXmlAttr(target)}"/>`);
  });
}

/** Removes a custom XML part with its properties, rels, type overrides and the workbook's relationship. */
async function unwire(pkg: XlsxPackage, item: string): Promise<void> {
  const relsPath = findEntry(pkg.zip, relsPathOf(item));
  if (relsPath !== null) {
    for (const r of relationships((await pkg.text(relsPath)) ?? '')) {
      if (r.type !== REL_CUSTOM_XML_PROPS) continue;
      const props = findEntry(pkg.zip, resolveTarget(dirOf(item), r.target));
      if (props !== null) {
        pkg.remove(props);
        pkg.removeOverride(props);
      }
    }
    pkg.remove(relsPath);
  }
  pkg.remove(item);
  pkg.removeOverride(item);
  const wbDir = dirOf(pkg.workbook);
  await pkg.editRels(pkg.workbook, (xml, rels) => {
    let out = xml;
    for (const r of rels) {
      if (r.type === REL_CUSTOM_XML && resolveTarget(wbDir, r.target).toLowerCase() === item.toLowerCase()) out = out.replace(r.element, '');
    }
    return out;
  });
}

/** `customXml/itemN.xml` with the smallest N whose item, properties and rels names are all free. */
function freeItem(pkg: XlsxPackage): string {
  for (let n = 1; ; n++) {
    const names = [`customXml/item${n}.xml`, `customXml/itemProps${n}.xml`, `customXml/_rels/item${n}.xml.rels`];
    if (names.every((p) => !pkg.has(p))) return names[0];
  }
}

/**
 * A copy of the .xlsx package with `record` (the seal's JSON text) stored twice: as its Plankoll custom XML
 * part and on the very hidden seal sheet (sealSheet.ts), replacing any seal it had. Throws when the data is
 * not an .xlsx package. `sheet` is false when a user's sheet has the seal sheet's name (then only the part
 * holds the seal).
 */
export async function writeSealToXlsx(data: ArrayBuffer | Uint8Array, record: string): Promise<Uint8Array> {
  return (await writeSealCopiesToXlsx(data, record)).bytes;
}

export interface WriteSealOptions {
  /**
   * Also mark the workbook to open Plankoll's pane with it (src/xlsx/zip/webExtension.ts), the add-in
   * found in this catalog. `plankoll seal` does; without it only the seal's two copies are written.
   */
  readonly autoOpen?: AddinCatalog;
}

export async function writeSealCopiesToXlsx(
  data: ArrayBuffer | Uint8Array,
  record: string,
  options: WriteSealOptions = {},
): Promise<{ bytes: Uint8Array; sheet: boolean }> {
  const pkg = await XlsxPackage.open(data);
  const existing = await sealParts(pkg.zip);
  const item = existing.length > 0 ? existing[0].name : freeItem(pkg);
  for (const extra of existing.slice(1)) await unwire(pkg, extra.name);
  pkg.zip.file(item, sealToXml(record), NO_FOLDERS);
  await wire(pkg, item);
  const sheet = await writeSealSheet(pkg, record);
  if (options.autoOpen !== undefined) await writeAutoOpen(pkg, options.autoOpen);
  return { bytes: await pkg.bytes(), sheet };
}

/** Both copies of the seal in an .xlsx package (each null when missing). */
export async function readSealCopiesFromXlsx(data: ArrayBuffer | Uint8Array): Promise<SealCopies> {
  const pkg = await XlsxPackage.open(data);
  const parts = await sealParts(pkg.zip);
  return { part: parts.length > 0 ? parts[0].record : null, sheet: await readSealSheet(pkg) };
}

/** A copy of the package without its seal part (the sheet copy stays): what Excel on Mac may leave. */
export async function removeSealPartFromXlsx(data: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(data);
  for (const part of await sealParts(pkg.zip)) await unwire(pkg, part.name);
  return pkg.bytes();
}

/** A copy of the package without its seal sheet (the part stays). */
export async function removeSealSheetFromXlsx(data: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(data);
  await removeSealSheet(pkg);
  return pkg.bytes();
}

/**
 * A copy of the package without either copy of its seal (for tests and for tools that unseal), and without
 * Plankoll's auto-open parts: a workbook that is not sealed does not open the pane by itself.
 */
export async function removeSealFromXlsx(data: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(data);
  for (const part of await sealParts(pkg.zip)) await unwire(pkg, part.name);
  await removeSealSheet(pkg);
  await removeAutoOpen(pkg);
  return pkg.bytes();
}
