/**
 * The seal in an .xlsx file, at the ZIP/XML level (docs/seal.md): a custom XML part
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
import JSZip from 'jszip';
import { SEAL_NAMESPACE, sealFromXml, sealToXml } from '../domain/seal/xml';

const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const REL_OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const CT_CUSTOM_XML_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const CT_XML = 'application/xml';
const NS_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const NS_DATASTORE = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';
const CONTENT_TYPES = '[Content_Types].xml';
/** Parts only: no directory entries for the folders of new parts (OPC packages need none). */
const NO_FOLDERS = { createFolders: false } as const;

// ---------------------------------------------------------------------------------------------------------
// Package paths (part names without the leading slash, compared case-insensitively as OPC says)

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Resolves a relationship target against the directory of its source part. */
function resolveTarget(sourceDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : sourceDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The relative target from a part in `fromDir` to `to`. */
function relativeTarget(fromDir: string, to: string): string {
  const from = fromDir.split('/').filter((p) => p !== '');
  const dest = to.split('/');
  let common = 0;
  while (common < from.length && common < dest.length - 1 && from[common] === dest[common]) common++;
  return [...from.slice(common).map(() => '..'), ...dest.slice(common)].join('/');
}

function relsPathOf(part: string): string {
  return `${dirOf(part)}_rels/${baseOf(part)}.rels`;
}

function findEntry(zip: JSZip, path: string): string | null {
  const lower = path.toLowerCase();
  for (const name of Object.keys(zip.files)) if (name.toLowerCase() === lower && !zip.files[name].dir) return name;
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Text

function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

async function readText(zip: JSZip, name: string): Promise<string | null> {
  const entry = findEntry(zip, name);
  return entry === null ? null : decode(await zip.files[entry].async('uint8array'));
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function unescapeAttr(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function attr(element: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(element);
  return m ? unescapeAttr(m[1] ?? m[2]) : null;
}

// ---------------------------------------------------------------------------------------------------------
// Relationships parts

interface Relationship {
  readonly element: string;
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

const RELATIONSHIP = /<Relationship\b[^>]*?(?:\/>|>\s*<\/Relationship>)/g;

function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(RELATIONSHIP)].map((m) => ({
    element: m[0],
    id: attr(m[0], 'Id') ?? '',
    type: attr(m[0], 'Type') ?? '',
    target: attr(m[0], 'Target') ?? '',
  }));
}

function insertBefore(xml: string, closing: string, element: string): string {
  const i = xml.lastIndexOf(closing);
  if (i < 0) throw new Error(`malformed package part: no ${closing}`);
  return xml.slice(0, i) + element + xml.slice(i);
}

function freeRelationshipId(rels: readonly Relationship[]): string {
  const ids = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_RELATIONSHIPS}"></Relationships>`;
}

// ---------------------------------------------------------------------------------------------------------
// The package

/** The workbook part (`xl/workbook.xml` as a rule), from the package relationships. */
async function workbookPart(zip: JSZip): Promise<string> {
  const rels = await readText(zip, '_rels/.rels');
  const main = rels === null ? undefined : relationships(rels).find((r) => r.type === REL_OFFICE_DOCUMENT);
  const path = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
  const entry = findEntry(zip, path);
  if (entry === null) throw new Error('not an Excel workbook: no workbook part');
  return entry;
}

/** Custom XML items (not their properties parts) that hold a Plankoll seal, in part-name order. */
async function sealParts(zip: JSZip): Promise<{ name: string; record: string }[]> {
  const found: { name: string; record: string }[] = [];
  const names = Object.keys(zip.files)
    .filter((n) => /^customXml\/[^/]+\.xml$/i.test(n) && !/^customXml\/itemProps/i.test(n) && !zip.files[n].dir)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const name of names) {
    const record = sealFromXml(decode(await zip.files[name].async('uint8array')));
    if (record !== null) found.push({ name, record });
  }
  return found;
}

async function loadZip(data: ArrayBuffer | Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(data);
  } catch (e) {
    throw new Error(`not an .xlsx (zip) package: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The seal record (JSON text) stored in an .xlsx package, or null when it has none. */
export async function readSealFromXlsx(data: ArrayBuffer | Uint8Array): Promise<string | null> {
  const parts = await sealParts(await loadZip(data));
  return parts.length > 0 ? parts[0].record : null;
}

function newGuid(): string {
  const c = globalThis.crypto;
  const uuid =
    typeof c?.randomUUID === 'function'
      ? c.randomUUID()
      : Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0'))
          .join('')
          .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
  return `{${uuid.toUpperCase()}}`;
}

function propsXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
    `<ds:datastoreItem ds:itemID="${newGuid()}" xmlns:ds="${NS_DATASTORE}">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${SEAL_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

class Package {
  private contentTypes: string;
  private contentTypesDirty = false;

  private constructor(
    readonly zip: JSZip,
    private readonly contentTypesName: string,
    contentTypes: string,
    readonly workbook: string,
  ) {
    this.contentTypes = contentTypes;
  }

  static async open(data: ArrayBuffer | Uint8Array): Promise<Package> {
    const zip = await loadZip(data);
    const ctName = findEntry(zip, CONTENT_TYPES);
    if (ctName === null) throw new Error('not an .xlsx package: no [Content_Types].xml');
    const ct = (await readText(zip, ctName)) ?? '';
    return new Package(zip, ctName, ct, await workbookPart(zip));
  }

  private overrideFor(part: string): RegExpMatchArray | null {
    const re = /<Override\b[^>]*?(?:\/>|>\s*<\/Override>)/g;
    for (const m of this.contentTypes.matchAll(re)) {
      if ((attr(m[0], 'PartName') ?? '').toLowerCase() === `/${part}`.toLowerCase()) return m;
    }
    return null;
  }

  ensureOverride(part: string, contentType: string): void {
    if (this.overrideFor(part) !== null) return;
    const element = `<Override PartName="/${escapeAttr(part)}" ContentType="${contentType}"/>`;
    this.contentTypes = insertBefore(this.contentTypes, '</Types>', element);
    this.contentTypesDirty = true;
  }

  removeOverride(part: string): void {
    const m = this.overrideFor(part);
    if (m === null || m.index === undefined) return;
    this.contentTypes = this.contentTypes.slice(0, m.index) + this.contentTypes.slice(m.index + m[0].length);
    this.contentTypesDirty = true;
  }

  /** Plain `.xml` parts are typed by a Default in most packages; add an override where none is. */
  ensureXmlType(part: string): void {
    const hasDefault = [...this.contentTypes.matchAll(/<Default\b[^>]*>/g)].some((m) => (attr(m[0], 'Extension') ?? '').toLowerCase() === 'xml');
    if (!hasDefault) this.ensureOverride(part, CT_XML);
  }

  async editRels(part: string, edit: (xml: string, rels: Relationship[]) => string): Promise<void> {
    const path = findEntry(this.zip, relsPathOf(part)) ?? relsPathOf(part);
    const before = (await readText(this.zip, path)) ?? emptyRels();
    const after = edit(before, relationships(before));
    if (after !== before) this.zip.file(path, after, NO_FOLDERS);
  }

  /** Makes `item` a complete custom XML part: properties, its rels, the workbook's relationship, types. */
  async wire(item: string): Promise<void> {
    const itemRels = await readText(this.zip, relsPathOf(item));
    const propsRel = itemRels === null ? undefined : relationships(itemRels).find((r) => r.type === REL_CUSTOM_XML_PROPS);
    let props = propsRel ? resolveTarget(dirOf(item), propsRel.target) : null;
    if (props === null || findEntry(this.zip, props) === null) {
      props = props ?? this.freeName(`${dirOf(item)}itemProps`, baseOf(item).replace(/^\D*(\d*)\.xml$/i, '$1'));
      this.zip.file(props, propsXml(), NO_FOLDERS);
      if (!propsRel) {
        const target = relativeTarget(dirOf(item), props);
        await this.editRels(item, (xml, rels) =>
          insertBefore(xml, '</Relationships>', `<Relationship Id="${freeRelationshipId(rels)}" Type="${REL_CUSTOM_XML_PROPS}" Target="${escapeAttr(target)}"/>`),
        );
      }
    }
    this.ensureOverride(findEntry(this.zip, props) ?? props, CT_CUSTOM_XML_PROPS);
    this.ensureXmlType(item);
    const wbDir = dirOf(this.workbook);
    await this.editRels(this.workbook, (xml, rels) => {
      const linked = rels.some((r) => r.type === REL_CUSTOM_XML && resolveTarget(wbDir, r.target).toLowerCase() === item.toLowerCase());
      if (linked) return xml;
      const target = relativeTarget(wbDir, item);
      return insertBefore(xml, '</Relationships>', `<Relationship Id="${freeRelationshipId(rels)}" Type="${REL_CUSTOM_XML}" Target="${escapeAttr(target)}"/>`);
    });
  }

  /** Removes a custom XML part with its properties, rels, type overrides and the workbook's relationship. */
  async unwire(item: string): Promise<void> {
    const relsPath = findEntry(this.zip, relsPathOf(item));
    if (relsPath !== null) {
      for (const r of relationships((await readText(this.zip, relsPath)) ?? '')) {
        if (r.type !== REL_CUSTOM_XML_PROPS) continue;
        const props = findEntry(this.zip, resolveTarget(dirOf(item), r.target));
        if (props !== null) {
          this.zip.remove(props);
          this.removeOverride(props);
        }
      }
      this.zip.remove(relsPath);
    }
    this.zip.remove(item);
    this.removeOverride(item);
    const wbDir = dirOf(this.workbook);
    await this.editRels(this.workbook, (xml, rels) => {
      let out = xml;
      for (const r of rels) {
        if (r.type === REL_CUSTOM_XML && resolveTarget(wbDir, r.target).toLowerCase() === item.toLowerCase()) out = out.replace(r.element, '');
      }
      return out;
    });
  }

  /** `customXml/itemN.xml` with the smallest N whose item, properties and rels names are all free. */
  freeItem(): string {
    for (let n = 1; ; n++) {
      const names = [`customXml/item${n}.xml`, `customXml/itemProps${n}.xml`, `customXml/_rels/item${n}.xml.rels`];
      if (names.every((p) => findEntry(this.zip, p) === null)) return names[0];
    }
  }

  private freeName(prefix: string, preferred: string): string {
    if (preferred !== '' && findEntry(this.zip, `${prefix}${preferred}.xml`) === null) return `${prefix}${preferred}.xml`;
    for (let n = 1; ; n++) if (findEntry(this.zip, `${prefix}${n}.xml`) === null) return `${prefix}${n}.xml`;
  }

  async bytes(): Promise<Uint8Array> {
    if (this.contentTypesDirty) this.zip.file(this.contentTypesName, this.contentTypes, NO_FOLDERS);
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

/**
 * A copy of the .xlsx package with `record` (the seal's JSON text) stored as its Plankoll custom XML part,
 * replacing any seal it had. Throws when the data is not an .xlsx package.
 */
export async function writeSealToXlsx(data: ArrayBuffer | Uint8Array, record: string): Promise<Uint8Array> {
  const pkg = await Package.open(data);
  const existing = await sealParts(pkg.zip);
  const item = existing.length > 0 ? existing[0].name : pkg.freeItem();
  for (const extra of existing.slice(1)) await pkg.unwire(extra.name);
  pkg.zip.file(item, sealToXml(record), NO_FOLDERS);
  await pkg.wire(item);
  return pkg.bytes();
}

/** A copy of the package without its seal (for tests and for `plankoll` tools that unseal). */
export async function removeSealFromXlsx(data: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const pkg = await Package.open(data);
  for (const part of await sealParts(pkg.zip)) await pkg.unwire(part.name);
  return pkg.bytes();
}
