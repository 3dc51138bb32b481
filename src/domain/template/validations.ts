/** The drop-down lists of the template (Swedish prompts: the workbook is the controller's). */
import { STATUSES, STATUS_LABEL, TABLE_NAME } from '../names';
import type { ListSource, ListValidation } from './types';

export const STATUS_LIST: ListValidation = {
  source: { kind: 'values', values: STATUSES.map((s) => STATUS_LABEL[s].sv) },
  style: 'stop',
  prompt: { title: 'Status', message: 'Välj status: Ej påbörjad, Pågår, Klar, Försenad eller Avbruten.' },
  error: { title: 'Okänd status', message: 'Välj en status i listan.' },
};

function roleList(what: string): ListValidation {
  return {
    source: { kind: 'tableColumn', table: TABLE_NAME.roles, column: 'Roll' },
    style: 'warning',
    prompt: { title: what, message: 'Välj en roll från bladet Roller (en roll per åtgärd).' },
    error: { title: 'Okänd roll', message: 'Rollen finns inte i Roller. Lägg till den där, eller välj en roll i listan.' },
  };
}

export const RESPONSIBLE_LIST: ListValidation = roleList('Ansvarig');
export const DECISION_MAKER_LIST: ListValidation = roleList('Beslutsfattare');

export const GOAL_LIST: ListValidation = {
  source: { kind: 'tableColumn', table: TABLE_NAME.goals, column: 'MålID' },
  style: 'warning',
  prompt: { title: 'MålID', message: 'Välj ett mål från bladet Mål.' },
  error: { title: 'Okänt mål', message: 'MålID finns inte i Mål. Lägg till målet där, eller välj i listan.' },
};

/**
 * The list as an Excel data-validation formula (invariant notation, without the leading `=`):
 * `"Ej påbörjad,Pågår,…"` or `INDIRECT("Roller[Roll]")` — a structured reference must go through
 * INDIRECT in a validation rule, and then follows the table as it grows.
 */
export function listFormula(source: ListSource): string {
  if (source.kind === 'values') return `"${source.values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
  return `INDIRECT("${source.table}[${source.column}]")`;
}

/**
 * The list as office-js `DataValidationRule.list.source` takes it: literal values comma-separated without
 * quotes, or a formula starting with `=`.
 */
export function listSourceForExcel(source: ListSource): string {
  return source.kind === 'values' ? source.values.join(',') : `=${listFormula(source)}`;
}

/** Uppföljning's ID: the actions of Åtgärder. A warning, not a stop: history may name an action since removed (U003). */
export const ACTION_ID_LIST: ListValidation = actionIdList({ kind: 'tableColumn', table: TABLE_NAME.actions, column: 'ID' });

/** The ID list over another source (the workbook's own Åtgärder table and ID header, when recording). */
export function actionIdList(source: ListSource): ListValidation {
  return {
    source,
    style: 'warning',
    prompt: { title: 'ID', message: 'Välj en åtgärd från bladet Åtgärder.' },
    error: { title: 'Okänd åtgärd', message: 'ID finns inte i Åtgärder. Historik om en borttagen åtgärd får stå kvar.' },
  };
}
