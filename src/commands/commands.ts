/**
 * Function file of the ribbon commands (manifest FunctionFile → commands.html). The same page doubles as
 * the message dialog of a command (see messageDialog.ts), told apart by its query string.
 */
import { createExcelGateway } from '../excel/gateway';
import { localIsoDate } from '../domain/dates';
import { generateSummary } from '../domain/summary/generate';
import { langFromDisplayLanguage } from '../i18n/lang';
import { runCreateSummary } from './createSummary';
import { closeFromDialog, dialogMessage, renderMessagePage, showMessageDialog } from './messageDialog';
import { createTemplateInExcel } from '../excel/templateWriter';
import { newPlanFailureMessage } from '../domain/template/failureMessage';

/** The `createSummary` button (manifest `<FunctionName>createSummary</FunctionName>`). */
export async function createSummary(event: Office.AddinCommands.Event): Promise<void> {
  const lang = langFromDisplayLanguage(Office.context.displayLanguage);
  const now = new Date();
  await runCreateSummary(event, {
    lang,
    generate: () => generateSummary(createExcelGateway(lang), { today: localIsoDate(now), now, lang }),
    showError: (message) => showMessageDialog(window.location.href, message, lang),
  });
}

/** The `newPlan` button "Ny handlingsplan" (manifest `<FunctionName>newPlan</FunctionName>`): adds the plan's sheets. */
export async function newPlan(event: Office.AddinCommands.Event): Promise<void> {
  const lang = langFromDisplayLanguage(Office.context.displayLanguage);
  try {
    await createTemplateInExcel({}, lang);
  } catch (e) {
    // A refusal (the workbook already has a plan) or Excel's error, shown as text in the message dialog.
    await showMessageDialog(window.location.href, newPlanFailureMessage(e, lang), lang).catch((d: unknown) => console.error(d));
  } finally {
    event.completed();
  }
}

void Office.onReady(() => {
  const dialog = dialogMessage(window.location.search);
  if (dialog !== null) {
    renderMessagePage(document, dialog.message, dialog.lang, closeFromDialog);
    return;
  }
  Office.actions.associate('createSummary', createSummary);
  Office.actions.associate('newPlan', newPlan);
});
