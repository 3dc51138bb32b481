/**
 * Auto-open at the zip level (src/domain/autoOpen.ts): the web-extension parts Office reads to open
 * Plankoll's task pane with the workbook, as Office itself writes them when the pane sets the document
 * setting (learn.microsoft.com "Automatically open a task pane with a document"):
 *
 * - `xl/webextensions/webextensionN.xml`: `<we:webextension>` with the add-in's reference (its manifest id,
 *   version and the catalog it comes from) and the property `Office.AutoShowTaskpaneWithDocument` = `true`
 *   (the setting's JSON text);
 * - `xl/webextensions/taskpanes.xml`: `<wetp:taskpanes>`, one `<wetp:taskpane visibility="0">` per pane,
 *   pointing at its web extension through `xl/webextensions/_rels/taskpanes.xml.rels`;
 * - the package relationship (`_rels/.rels`) to the taskpanes part and the two content-type overrides.
 *
 * Plankoll's web extension is found by its reference id; another add-in's parts are never touched. Turning
 * auto-open on again updates Plankoll's part in place (never a second one). Every other part stays
 * byte-for-byte as it was. No Node imports: the browser harness may use this module too.
 */
import type { AddinCatalog } from '../../domain/autoOpen';
import { AUTO_OPEN_SETTING, CENTRAL_CATALOG, PLANKOLL_ADDIN_ID, PLANKOLL_ADDIN_VERSION, isPlankollId, settingText } from '../../domain/autoOpen';
import type { XlsxPackage } from './package';
import { dirOf, findEntry, insertBefore, relsPathOf, resolveTarget } from './package';
import { newGuid } from './guid';
import { attr, escapeXmlAttr } from './xml';

export const REL_TASKPANES = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';
export const REL_WEBEXTENSION = 'http://schemas.microsoft.com/office/2011/relationships/webextension';
export const CT_TASKPANES = 'application/vnd.ms-office.webextensiontaskpanes+xml';
export const CT_WEBEXTENSION = 'application/vnd.ms-office.webextension+xml';
export const NS_WEBEXTENSION = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
export const NS_TASKPANES = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DEFAULT_TASKPANES = 'xl/webextensions/taskpanes.xml';
/** The pane's width in points when Office first opens it (Office keeps what the user sets after that). */
const PANE_WIDTH = 350;

/** A web extension the taskpanes part lists: the relationship id, its part, and the `<taskpane>` element. */
interface Pane {
  readonly relId: string;
  readonly part: string;
}

/** The prefix (with its colon, or '') of the root element `local` in `xml`. */
function prefixOf(xml: string, local: string): string {
  return new RegExp(`<(\\w+:)?${local}\\b`).exec(xml)?.[1] ?? '';
}

/** The add-in id of a web-extension part: its first `<reference id>` (alternate references come after it). */
function referenceId(xml: string): string | null {
  const m = /<(?:\w+:)?reference\b[^>]*>/.exec(xml);
  return m === null ? null : attr(m[0], 'id');
}

/** The taskpanes part the package points at, or null. */
async function taskpanesPart(pkg: XlsxPackage): Promise<string | null> {
  return (await pkg.targetsOf('', REL_TASKPANES)).find((p) => pkg.has(p)) ?? null;
}

/** Plankoll's web extensions among the task panes. */
async function plankollPanes(pkg: XlsxPackage, taskpanes: string): Promise<Pane[]> {
  const panes: Pane[] = [];
  for (const r of await pkg.relationshipsOf(taskpanes)) {
    if (r.type !== REL_WEBEXTENSION || r.external) continue;
    const part = findEntry(pkg.zip, resolveTarget(dirOf(taskpanes), r.target));
    if (part === null) continue;
    const id = referenceId((await pkg.text(part)) ?? '');
    if (id !== null && isPlankollId(id)) panes.push({ relId: r.id, part });
  }
  return panes;
}

/** The `<taskpane>` elements of a taskpanes part, each with the relationship id of its web extension. */
function taskpaneElements(xml: string): { element: string; relId: string | null }[] {
  const re = /<(\w+:)?taskpane\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/\1taskpane>)/g;
  return [...xml.matchAll(re)].map((m) => {
    const ref = /<(?:\w+:)?webextensionref\b[^>]*>/.exec(m[0]);
    const id = ref === null ? null : (/\s\w+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(ref[0]) ?? null);
    return { element: m[0], relId: id === null ? null : (id[1] ?? id[2]) };
  });
}

/** The web-extension property `name` set to `value` (replaced when present, added otherwise). */
export function setProperty(xml: string, name: string, value: string): string {
  const p = prefixOf(xml, 'webextension');
  const property = `<${p}property name="${escapeXmlAttr(name)}" value="${escapeXmlAttr(value)}"/>`;
  for (const m of xml.matchAll(/<(?:\w+:)?property\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?property>)/g)) {
    if (attr(m[0], 'name') === name) return xml.replace(m[0], property);
  }
  const empty = /<(\w+:)?properties\s*\/>/.exec(xml);
  if (empty !== null) return xml.replace(empty[0], `<${empty[1] ?? ''}properties>${property}</${empty[1] ?? ''}properties>`);
  const closing = /<\/(\w+:)?properties>/.exec(xml);
  if (closing !== null) return insertBefore(xml, closing[0], property);
  // No property bag: it follows the reference and the alternate references.
  const after = /<(?:\w+:)?alternateReferences\s*\/>|<\/(?:\w+:)?alternateReferences>|<(?:\w+:)?reference\b[^>]*\/>/.exec(xml);
  const bag = `<${p}properties>${property}</${p}properties>`;
  if (after === null || after.index === undefined) return insertBefore(xml, `</${p}webextension>`, bag);
  const at = after.index + after[0].length;
  return xml.slice(0, at) + bag + xml.slice(at);
}

/** Plankoll's web-extension part, new: the reference to the add-in in `catalog` and auto-open on. */
export function webExtensionXml(catalog: AddinCatalog): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<we:webextension xmlns:we="${NS_WEBEXTENSION}" id="${newGuid()}">` +
    `<we:reference id="${PLANKOLL_ADDIN_ID}" version="${PLANKOLL_ADDIN_VERSION}" store="${escapeXmlAttr(catalog.store)}" storeType="${catalog.storeType}"/>` +
    '<we:alternateReferences/>' +
    `<we:properties><we:property name="${AUTO_OPEN_SETTING}" value="${escapeXmlAttr(settingText(true))}"/></we:properties>` +
    '<we:bindings/>' +
    `<we:snapshot xmlns:r="${NS_R}"/>` +
    '</we:webextension>'
  );
}

function emptyTaskpanes(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${NS_TASKPANES}"></wetp:taskpanes>`;
}

/** A taskpanes part's text with its root element open (`<x/>` becomes `<x></x>`), and the root's prefix. */
function openRoot(xml: string): { xml: string; prefix: string } {
  const prefix = prefixOf(xml, 'taskpanes');
  const selfClosing = new RegExp(`<${prefix}taskpanes\\b([^>]*?)\\s*/>`).exec(xml);
  if (selfClosing === null) return { xml, prefix };
  return { xml: xml.replace(selfClosing[0], `<${prefix}taskpanes${selfClosing[1]}></${prefix}taskpanes>`), prefix };
}

/**
 * Turns auto-open on in the package: Plankoll's web extension(s) get the property set to `true`; a package
 * without one gets the parts, the relationships and the types, its task pane `visibility="0"`. Not `1`: the
 * Office documentation says that with `visibility="1"` office-js can no longer turn auto-open on or off, and
 * the controller's switch and the pane's removal of a gone seal's setting must keep working. An entry Office
 * wrote keeps the visibility Office gave it.
 * `catalog` is where Office finds the add-in (only used for a new part: Office's own reference is kept).
 */
export async function writeAutoOpen(pkg: XlsxPackage, catalog: AddinCatalog = CENTRAL_CATALOG): Promise<void> {
  let taskpanes = await taskpanesPart(pkg);
  if (taskpanes === null) {
    taskpanes = pkg.has(DEFAULT_TASKPANES) ? pkg.freePart('xl/webextensions/taskpanes', '.xml') : DEFAULT_TASKPANES;
    pkg.setText(taskpanes, emptyTaskpanes());
    await pkg.addRelationship('', REL_TASKPANES, taskpanes);
  }
  pkg.ensureOverride(taskpanes, CT_TASKPANES);
  const panes = await plankollPanes(pkg, taskpanes);
  const opened = openRoot((await pkg.text(taskpanes)) ?? emptyTaskpanes());
  let xml = opened.xml;
  if (panes.length === 0) {
    const part = pkg.freePart(`${dirOf(taskpanes)}webextension`, '.xml');
    pkg.setText(part, webExtensionXml(catalog));
    pkg.ensureOverride(part, CT_WEBEXTENSION);
    const relId = await pkg.addRelationship(taskpanes, REL_WEBEXTENSION, part);
    const rows = taskpaneElements(xml).map((t) => Number(attr(t.element, 'row') ?? 0)).filter(Number.isFinite);
    const row = Math.max(0, ...rows) + 1;
    const p = opened.prefix;
    const element =
      `<${p}taskpane dockstate="right" visibility="0" width="${PANE_WIDTH}" row="${row}">` +
      `<${p}webextensionref xmlns:r="${NS_R}" r:id="${relId}"/></${p}taskpane>`;
    xml = insertBefore(xml, `</${p}taskpanes>`, element);
  } else {
    for (const pane of panes) {
      const text = (await pkg.text(pane.part)) ?? '';
      const next = setProperty(text, AUTO_OPEN_SETTING, settingText(true));
      if (next !== text) pkg.setText(pane.part, next);
      pkg.ensureOverride(pane.part, CT_WEBEXTENSION);
    }
  }
  if (xml !== (await pkg.text(taskpanes))) pkg.setText(taskpanes, xml);
}

/**
 * Turns auto-open off by taking Plankoll's web extension out of the package: its part, its task pane, the
 * relationship and type; the taskpanes part with its package relationship too when no pane is left.
 * Another add-in's parts stay as they are.
 */
export async function removeAutoOpen(pkg: XlsxPackage): Promise<void> {
  const taskpanes = await taskpanesPart(pkg);
  if (taskpanes === null) return;
  const panes = await plankollPanes(pkg, taskpanes);
  if (panes.length === 0) return;
  let xml = (await pkg.text(taskpanes)) ?? '';
  const gone = new Set(panes.map((p) => p.relId));
  for (const pane of panes) {
    pkg.remove(pane.part);
    pkg.removeOverride(pane.part);
    pkg.remove(relsPathOf(pane.part));
  }
  for (const t of taskpaneElements(xml)) if (t.relId !== null && gone.has(t.relId)) xml = xml.replace(t.element, '');
  await pkg.editRels(taskpanes, (rels, list) => list.filter((r) => gone.has(r.id)).reduce((out, r) => out.replace(r.element, ''), rels));
  if (taskpaneElements(xml).length > 0) {
    pkg.setText(taskpanes, xml);
    return;
  }
  pkg.remove(taskpanes);
  pkg.removeOverride(taskpanes);
  pkg.remove(relsPathOf(taskpanes));
  await pkg.editRels('', (rels, list) =>
    list
      .filter((r) => r.type === REL_TASKPANES && resolveTarget('', r.target).toLowerCase() === taskpanes.toLowerCase())
      .reduce((out, r) => out.replace(r.element, ''), rels),
  );
}

/** The auto-open property of Plankoll's web extension, as stored (JSON text), or null when it has none. */
export async function readAutoOpenSetting(pkg: XlsxPackage): Promise<string | null> {
  const taskpanes = await taskpanesPart(pkg);
  if (taskpanes === null) return null;
  for (const pane of await plankollPanes(pkg, taskpanes)) {
    const xml = (await pkg.text(pane.part)) ?? '';
    for (const m of xml.matchAll(/<(?:\w+:)?property\b[^>]*>/g)) if (attr(m[0], 'name') === AUTO_OPEN_SETTING) return attr(m[0], 'value');
  }
  return null;
}

