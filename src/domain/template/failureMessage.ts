/** What the "Ny handlingsplan" button tells the user when it could not create the plan. */
import { errorText } from '../errorText';
import type { Lang } from '../finding';
import { TemplateConflictError } from './placement';

const FAILED: Readonly<Record<Lang, string>> = {
  sv: 'Ny handlingsplan kunde inte skapas',
  en: 'The new action plan could not be created',
};

/** A refusal keeps its own explanation; any other error becomes one line, prefixed by what failed. */
export function newPlanFailureMessage(e: unknown, lang: Lang): string {
  if (e instanceof TemplateConflictError) return e.message;
  const line = errorText(e);
  return line === '' ? `${FAILED[lang]}.` : `${FAILED[lang]}: ${line}`;
}
