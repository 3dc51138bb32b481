/**
 * Plankoll's document settings in an .xlsx package, as Office stores them: the properties of the add-in's
 * web-extension part (`xl/webextensions/webextensionN.xml`, reached from the package's taskpanes part),
 * each value the setting's JSON text. The browser page gives them to the pane, which reads auto-open
 * (src/domain/autoOpen.ts) from them as it does from office-js in Excel. Another add-in's parts are not read.
 *
 * No Node imports: the browser page uses this module too.
 */
import { isPlankollId } from '../../domain/autoOpen';
import { readRelationships } from './parts';
import { parsePart } from './xml';
import type { ZipPackage } from './zip';

/** The settings (name → JSON text) of Plankoll's web extension; empty when the workbook has none. */
export function readPlankollSettings(zip: ZipPackage): Map<string, string> {
  const settings = new Map<string, string>();
  for (const tp of readRelationships(zip, '').filter((r) => r.type === 'webextensiontaskpanes' && r.target !== '')) {
    if (zip.entry(tp.target) === undefined) continue;
    for (const we of readRelationships(zip, tp.target).filter((r) => r.type === 'webextension' && r.target !== '')) {
      const entry = zip.entry(we.target);
      if (entry === undefined) continue;
      let reference: string | null = null;
      const found = new Map<string, string>();
      parsePart(zip, entry, {
        open(name, a) {
          // The first reference is the add-in's own; alternate references follow it.
          if (name === 'reference' && reference === null) reference = a.id ?? '';
          else if (name === 'property' && a.name !== undefined && a.value !== undefined) found.set(a.name, a.value);
        },
      });
      if (reference !== null && isPlankollId(reference)) for (const [k, v] of found) if (!settings.has(k)) settings.set(k, v);
    }
  }
  return settings;
}
