/**
 * An .xlsx package opened for a zip-level edit: find parts through the package's relationships (never by
 * file name), read and replace parts as text, and keep the two shared indexes — `[Content_Types].xml` and
 * the `.rels` parts — in step with what was added. Everything not explicitly replaced is written back
 * byte-for-byte (the workbook is never re-saved by a spreadsheet library, which would drop charts and more).
 *
 * Used by the seal (sealStore.ts) and by recording a follow-up (followUpStore.ts). No Node imports: the
 * browser harness uses it too.
 */
import JSZip from 'jszip';
import { errorText } from '../../domain/errorText';
import { dirOf, resolveTarget } from '../read/parts';
import { attr, decodeXmlBytes, escapeXmlAttr } from './xml';

// Part-name arithmetic is the reader's: one resolution of relationship targets for reading and writing.
export { dirOf, resolveTarget };

export const REL_OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
export const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
export const REL_STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
export const REL_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const NS_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = '[Content_Types].xml';
/** Parts only: no directory entries for the folders of new parts (OPC packages need none). */
const NO_FOLDERS = { createFolders: false } as const;

// ---------------------------------------------------------------------------------------------------------
// Part names (without the leading slash, compared case-insensitively as OPC says)

export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}


/** The relative target from a part in `fromDir` to `to`. */
export function relativeTarget(fromDir: string, to: string): string {
  const from = fromDir.split('/').filter((p) => p !== '');
  const dest = to.split('/');
  let common = 0;
  while (common < from.length && common < dest.length - 1 && from[common] === dest[common]) common++;
  return [...from.slice(common).map(() => '..'), ...dest.slice(common)].join('/');
}

export function relsPathOf(part: string): string {
  return `${dirOf(part)}_rels/${baseOf(part)}.rels`;
}

export function findEntry(zip: JSZip, path: string): string | null {
  const lower = path.toLowerCase();
  for (const name of Object.keys(zip.files)) if (name.toLowerCase() === lower && !zip.files[name].dir) return name;
  return null;
}

export async function readText(zip: JSZip, name: string): Promise<string | null> {
  const entry = findEntry(zip, name);
  return entry === null ? null : decodeXmlBytes(await zip.files[entry].async('uint8array'));
}

// ---------------------------------------------------------------------------------------------------------
// Relationships parts

export interface Relationship {
  readonly element: string;
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

const RELATIONSHIP = /<Relationship\b[^>]*?(?:\/>|>\s*<\/Relationship>)/g;

export function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(RELATIONSHIP)].map((m) => ({
    element: m[0],
    id: attr(m[0], 'Id') ?? '',
    type: attr(m[0], 'Type') ?? '',
    target: attr(m[0], 'Target') ?? '',
    external: (attr(m[0], 'TargetMode') ?? '').toLowerCase() === 'external',
  }));
}

/** Inserts `element` just before the last `closing` tag of `xml`. */
export function insertBefore(xml: string, closing: string, element: string): string {
  const i = xml.lastIndexOf(closing);
  if (i < 0) throw new Error(`malformed package part: no ${closing}`);
  return xml.slice(0, i) + element + xml.slice(i);
}

export function freeRelationshipId(rels: readonly Relationship[]): string {
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

export async function loadZip(data: ArrayBuffer | Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(data);
  } catch (e) {
    throw new Error(`not an .xlsx (zip) package: ${errorText(e)}`, { cause: e });
  }
}

/** The workbook part (`xl/workbook.xml` as a rule), from the package relationships. */
async function workbookPart(zip: JSZip): Promise<string> {
  const rels = await readText(zip, '_rels/.rels');
  const main = rels === null ? undefined : relationships(rels).find((r) => r.type === REL_OFFICE_DOCUMENT);
  const path = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
  const entry = findEntry(zip, path);
  if (entry === null) throw new Error('not an Excel workbook: no workbook part');
  return entry;
}

/** A worksheet as the workbook part lists it. */
export interface SheetEntry {
  readonly name: string;
  /** The worksheet part (`xl/worksheets/sheet3.xml`), or null when its relationship leads nowhere. */
  readonly part: string | null;
  readonly sheetId: number;
}

const SHEET_ELEMENT = /<(?:\w+:)?sheet\b[^>]*?\/?>/g;

export class XlsxPackage {
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

  static async open(data: ArrayBuffer | Uint8Array): Promise<XlsxPackage> {
    const zip = await loadZip(data);
    const ctName = findEntry(zip, CONTENT_TYPES);
    if (ctName === null) throw new Error('not an .xlsx package: no [Content_Types].xml');
    const ct = (await readText(zip, ctName)) ?? '';
    return new XlsxPackage(zip, ctName, ct, await workbookPart(zip));
  }

  /** A part's text, or null when the package has no such part. */
  text(part: string): Promise<string | null> {
    return readText(this.zip, part);
  }

  /** Writes (or replaces) a part; an existing part keeps the spelling of its name. */
  setText(part: string, xml: string): void {
    this.zip.file(findEntry(this.zip, part) ?? part, xml, NO_FOLDERS);
  }

  has(part: string): boolean {
    return findEntry(this.zip, part) !== null;
  }

  remove(part: string): void {
    const entry = findEntry(this.zip, part);
    if (entry !== null) this.zip.remove(entry);
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
    const element = `<Override PartName="/${escapeXmlAttr(part)}" ContentType="${contentType}"/>`;
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
  ensureXmlType(part: string, contentType: string): void {
    const hasDefault = [...this.contentTypes.matchAll(/<Default\b[^>]*>/g)].some((m) => (attr(m[0], 'Extension') ?? '').toLowerCase() === 'xml');
    if (!hasDefault) this.ensureOverride(part, contentType);
  }

  /** The relationships of a part (empty when it has no `.rels`). */
  async relationshipsOf(part: string): Promise<Relationship[]> {
    const xml = await this.text(relsPathOf(part));
    return xml === null ? [] : relationships(xml);
  }

  async editRels(part: string, edit: (xml: string, rels: Relationship[]) => string): Promise<void> {
    const path = findEntry(this.zip, relsPathOf(part)) ?? relsPathOf(part);
    const before = (await readText(this.zip, path)) ?? emptyRels();
    const after = edit(before, relationships(before));
    if (after !== before) this.zip.file(path, after, NO_FOLDERS);
  }

  /** Adds a relationship from `source` to the part `to` and returns its id. */
  async addRelationship(source: string, type: string, to: string): Promise<string> {
    let id = '';
    await this.editRels(source, (xml, rels) => {
      id = freeRelationshipId(rels);
      const target = relativeTarget(dirOf(source), to);
      return insertBefore(xml, '</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${escapeXmlAttr(target)}"/>`);
    });
    return id;
  }

  /** Internal parts that `source` points at with relationships of `type`. */
  async targetsOf(source: string, type: string): Promise<string[]> {
    return (await this.relationshipsOf(source))
      .filter((r) => r.type === type && !r.external)
      .map((r) => findEntry(this.zip, resolveTarget(dirOf(source), r.target)) ?? resolveTarget(dirOf(source), r.target));
  }

  /** The worksheets (and other sheets) the workbook lists, in tab order, with their parts. */
  async sheets(): Promise<SheetEntry[]> {
    const xml = (await this.text(this.workbook)) ?? '';
    const rels = await this.relationshipsOf(this.workbook);
    const byId = new Map(rels.map((r) => [r.id, r]));
    const sheetsBlock = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(xml)?.[1] ?? '';
    return [...sheetsBlock.matchAll(SHEET_ELEMENT)].map((m) => {
      const rel = byId.get(relationshipIdOf(m[0]) ?? '');
      const path = rel && !rel.external ? resolveTarget(dirOf(this.workbook), rel.target) : null;
      return {
        name: attr(m[0], 'name') ?? '',
        part: path === null ? null : (findEntry(this.zip, path) ?? null),
        sheetId: Number(attr(m[0], 'sheetId') ?? 0),
      };
    });
  }

  /**
   * Adds a worksheet part holding `xml` at the end of the tab order, named `name`: the part, its content
   * type, the workbook's relationship and `<sheet>` element. Returns the new part's name.
   */
  async addWorksheet(name: string, xml: string): Promise<string> {
    const part = this.freePart(`${dirOf(this.workbook)}worksheets/sheet`, '.xml');
    this.setText(part, xml);
    this.ensureOverride(part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
    const rId = await this.addRelationship(this.workbook, REL_WORKSHEET, part);
    const wb = (await this.text(this.workbook)) ?? '';
    const sheetIds = [...wb.matchAll(SHEET_ELEMENT)].map((m) => Number(attr(m[0], 'sheetId') ?? 0)).filter(Number.isFinite);
    const sheetId = Math.max(0, ...sheetIds) + 1;
    const prefix = relationshipsPrefix(wb);
    const closing = /<\/((?:\w+:)?)sheets>/.exec(wb);
    if (closing === null) throw new Error('malformed workbook part: no </sheets>');
    const element = `<${closing[1]}sheet name="${escapeXmlAttr(name)}" sheetId="${sheetId}" ${prefix}:id="${rId}"/>`;
    this.setText(this.workbook, insertBefore(wb, `</${closing[1]}sheets>`, element));
    return part;
  }

  /** `prefix` + the smallest N + `suffix` that names no part yet. */
  freePart(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) if (findEntry(this.zip, `${prefix}${n}${suffix}`) === null) return `${prefix}${n}${suffix}`;
  }

  /** Part names whose name matches `re` (files only), in natural order. */
  partsMatching(re: RegExp): string[] {
    return Object.keys(this.zip.files)
      .filter((n) => re.test(n) && !this.zip.files[n].dir)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  }

  /**
   * The package's bytes. Parts left alone keep their compressed bytes as they were; only the parts
   * written are deflated, at level 1: the seal's record (digests, ~0.5 MB at 20 000 actions, twice) packs
   * within 2 % of level 6 in half the time.
   */
  async bytes(): Promise<Uint8Array> {
    if (this.contentTypesDirty) this.zip.file(this.contentTypesName, this.contentTypes, NO_FOLDERS);
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
  }
}

const NS_OFFICE_RELATIONSHIPS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

/** The namespace prefix the workbook part binds to the relationships namespace (`r` as a rule). */
export function relationshipsPrefix(xml: string): string {
  for (const m of xml.matchAll(/\sxmlns:(\w+)\s*=\s*"([^"]*)"/g)) if (NS_OFFICE_RELATIONSHIPS.includes(m[2])) return m[1];
  return 'r';
}

/** The `r:id` of a `<sheet>` element, whatever its prefix. */
function relationshipIdOf(element: string): string | null {
  const m = /\s\w+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(element);
  return m ? (m[1] ?? m[2]) : null;
}
