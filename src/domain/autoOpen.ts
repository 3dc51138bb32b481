/**
 * Auto-open: a sealed workbook opens Plankoll's task pane by itself (issue 16, docs/deployment.md). Office
 * does this for a workbook whose document setting `Office.AutoShowTaskpaneWithDocument` is `true`, with an
 * add-in whose manifest action names the task pane `Office.AutoShowTaskpaneWithDocument` (manifest.xml).
 *
 * The pane sets the setting through office-js (`Office.context.document.settings`); `plankoll seal` writes
 * the same setting into the file, as Office stores it: a property of Plankoll's web-extension part
 * (`xl/webextensions/webextensionN.xml`), whose value is the setting's JSON text. Both sides, and the
 * reader that gives the browser page the setting back, take the key, the add-in's identity and the
 * decisions from here.
 */

/** The document setting (and web-extension property) that makes Office open the pane with the workbook. */
export const AUTO_OPEN_SETTING = 'Office.AutoShowTaskpaneWithDocument';

/** The add-in's `<Id>` in manifest.xml: Office finds the add-in for a workbook's web-extension part by it. */
export const PLANKOLL_ADDIN_ID = '01d06644-3ada-4156-90a5-3346d420daa5';

/** The manifest's `<Version>` (a test keeps them equal): written into the web-extension part's reference. */
export const PLANKOLL_ADDIN_VERSION = '0.1.0.0';

/**
 * Where Office finds the add-in for a workbook: the web-extension reference's `store` and `storeType`
 * (learn.microsoft.com "Automatically open a task pane with a document"). Centralized deployment in the
 * Microsoft 365 admin center is `EXCatalog`; a shared-folder catalog is `FileSystem` with the share's path;
 * a sideloaded (developer) add-in is `Registry`/`developer`.
 */
export interface AddinCatalog {
  readonly storeType: 'EXCatalog' | 'FileSystem' | 'Registry';
  readonly store: string;
}

export const CENTRAL_CATALOG: AddinCatalog = { storeType: 'EXCatalog', store: 'EXCatalog' };
export const DEVELOPER_CATALOG: AddinCatalog = { storeType: 'Registry', store: 'developer' };

/**
 * The catalog a user names (`plankoll seal --catalog`): `central` (the default), `developer`, or a
 * network share (`\\server\share`); null for anything else.
 */
export function parseCatalog(text: string): AddinCatalog | null {
  const t = text.trim();
  if (t.toLowerCase() === 'central') return CENTRAL_CATALOG;
  if (t.toLowerCase() === 'developer') return DEVELOPER_CATALOG;
  if (/^\\\\[^\\]+\\[^\\]/.test(t)) return { storeType: 'FileSystem', store: t };
  return null;
}

/** Office's add-in ids are GUIDs, written with or without braces, in either case. */
export function isPlankollId(id: string): boolean {
  return id.trim().replace(/^\{|\}$/g, '').toLowerCase() === PLANKOLL_ADDIN_ID;
}

/** A setting's value as Office stores it in the file: JSON text (`true` is `"true"`). */
export function settingText(value: boolean): string {
  return JSON.stringify(value);
}

/** Whether a stored setting value (JSON text, as in the file) turns auto-open on: only JSON `true` does. */
export function isAutoOpenValue(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return false;
  try {
    return JSON.parse(text) === true;
  } catch {
    // Not JSON: Office would not read it as true either.
    return false;
  }
}

/**
 * What the pane does with the setting when it has checked the seal: a sealed workbook keeps it as the
 * controller left it (on after sealing, off after the switch); a workbook whose seal is gone (`absent`)
 * has no seal to show, so auto-open is removed. `null`: leave it as it is.
 */
export function autoOpenOnCheck(sealState: 'absent' | 'present', autoOpen: boolean): false | null {
  return sealState === 'absent' && autoOpen ? false : null;
}
