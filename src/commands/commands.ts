/**
 * Function file of the ribbon commands (manifest FunctionFile → commands.html). The same page doubles as
 * the message dialog of a command (see messageDialog.ts), told apart by its query string.
 *
 * office.js is loaded by this script, not by a blocking tag in commands.html (src/excel/officeJs.ts), and
 * nothing here touches `Office` before it is ready: without office.js the dialog page still shows its
 * message, and the function file says what failed instead of throwing "Office is not defined".
 */
import { createExcelGateway } from '../excel/gateway';
import { startOffice } from '../excel/officeJs';
import { localIsoDate } from '../domain/dates';
import { langFromDisplayLanguage } from '../i18n/lang';
import { failureText } from '../i18n/failure';
import { commandFailure, runCreateSummary } from './createSummary';
import type { Lang } from '../domain/finding';
import { closeFromDialog, dialogMessage, renderMessagePage, showMessageDialog } from './messageDialog';

/** The `createSummary` button (manifest `<FunctionName>createSummary</FunctionName>`). */
export async function createSummary(event: Office.AddinCommands.Event): Promise<void> {
  const lang = langFromDisplayLanguage(Office.context.displayLanguage);
  const now = new Date();
  await runCreateSummary(event, {
    lang,
    // The generator is fetched on the click, as the pane's is (one chunk for both; a failed fetch is the one error line).
    generate: async () => {
      const { generateSummary } = await import(/* webpackChunkName: "summary" */ '../domain/summary/generate');
      return generateSummary(createExcelGateway(lang), { today: localIsoDate(now), now, lang });
    },
    showError: (message, detail) => showMessageDialog(window.location.href, message, lang, detail),
  });
}

const NEW_PLAN_FAILED: Readonly<Record<Lang, string>> = {
  sv: 'Ny handlingsplan kunde inte skapas.',
  en: 'The new action plan could not be created.',
};

/** The `newPlan` button "Ny handlingsplan" (manifest `<FunctionName>newPlan</FunctionName>`): adds the plan's sheets. */
export async function newPlan(event: Office.AddinCommands.Event): Promise<void> {
  const lang = langFromDisplayLanguage(Office.context.displayLanguage);
  try {
    await createExcelGateway(lang).createPlan({});
  } catch (e) {
    // A refusal (the workbook already has a plan) keeps its words; Excel's error is worded by the one mapping.
    const { message, detail } = commandFailure(NEW_PLAN_FAILED, e, lang);
    await showMessageDialog(window.location.href, message, lang, detail).catch((d: unknown) => console.error(message, detail, d));
  } finally {
    event.completed();
  }
}

const dialog = dialogMessage(window.location.search);
if (dialog !== null) {
  // The message needs no Office to be read: shown at once; the close button once Office can pass it on.
  renderMessagePage(document, dialog.message, dialog.lang, null, dialog.detail);
}

startOffice().then(
  () => {
    if (dialog !== null) {
      renderMessagePage(document, dialog.message, dialog.lang, closeFromDialog, dialog.detail);
      return;
    }
    Office.actions.associate('createSummary', createSummary);
    Office.actions.associate('newPlan', newPlan);
  },
  (e: unknown) => {
    // The buttons cannot work without office.js. Said on the page (seen when it is opened directly) and in the log.
    const lang = dialog?.lang ?? langFromDisplayLanguage(navigator.language);
    const f = failureText(e, lang);
    const message = f.todo === '' ? f.what : `${f.what} ${f.todo}`;
    console.error(message, f.detail);
    if (dialog === null) renderMessagePage(document, message, lang, null, f.detail);
  },
);
