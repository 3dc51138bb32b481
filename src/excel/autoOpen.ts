/**
 * Auto-open over office-js (src/domain/autoOpen.ts): the document setting `Office.AutoShowTaskpaneWithDocument`
 * in `Office.context.document.settings`, which Office keeps in the workbook (in Plankoll's web-extension
 * part, where `plankoll seal` writes it too). Setting or removing it changes the add-in's copy only;
 * `saveAsync` stores it in the document, which the user then saves with the workbook. No `Excel.run`, no sync:
 * the settings are the Common API's (requirement set Settings 1.1, in every Excel that runs Plankoll).
 */
import { AUTO_OPEN_SETTING } from '../domain/autoOpen';

function settings(): Office.Settings {
  return Office.context.document.settings;
}

/** True when the setting is `true` (Office gives the value JSON-decoded). */
export function readAutoOpenFromOffice(): boolean {
  return settings().get(AUTO_OPEN_SETTING) === true;
}

/** Sets (on) or removes (off) the setting and saves the settings into the document; rejects with Office's error. */
export function writeAutoOpenToOffice(on: boolean): Promise<void> {
  const s = settings();
  if (on) s.set(AUTO_OPEN_SETTING, true);
  else s.remove(AUTO_OPEN_SETTING);
  return new Promise((resolve, reject) => {
    s.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      // Office.Error is no Error: keep its message and name for the pane's line.
      else reject(Object.assign(new Error(result.error?.message ?? 'saveAsync failed'), { code: result.error?.name }));
    });
  });
}
