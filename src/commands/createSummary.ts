/**
 * The ribbon button "Skapa sammanfattning": generate the summary sheet in one click, without the task
 * pane. On success the new sheet is active and its heading states the validation counts; on failure
 * (including a workbook that is not a plan: NotAPlanError, nothing written) the user gets the message in a
 * small dialog, worded by the one mapping (src/i18n/failure.ts) with the technical detail behind "Visa
 * detaljer". `event.completed()` is always called, last, so Excel knows the command is over (and keeps
 * the function file alive while the dialog is open).
 */
import type { Lang } from '../domain/finding';
import { failureText } from '../i18n/failure';

export interface CommandDeps {
  /** Makes and writes the summary. */
  readonly generate: () => Promise<unknown>;
  /** Shows `message` (and its technical `detail`) and resolves when the user has closed it (or it could not be shown). */
  readonly showError: (message: string, detail: string | null) => Promise<void>;
  readonly lang: Lang;
}

export interface CompletableEvent {
  completed(): void;
}

const FAILED: Readonly<Record<Lang, string>> = {
  sv: 'Sammanfattningen kunde inte skapas.',
  en: 'The summary could not be created.',
};

/** A ribbon command's failure for its dialog: what failed (`failed`), what happened and what to do, as one paragraph; the technical detail apart. */
export function commandFailure(failed: Readonly<Record<Lang, string>>, e: unknown, lang: Lang): { readonly message: string; readonly detail: string | null } {
  const f = failureText(e, lang);
  return { message: [failed[lang], f.what, f.todo].filter((s) => s !== '').join(' '), detail: f.detail };
}

/** Skapa sammanfattning's failure (commandFailure). */
export function failureMessage(e: unknown, lang: Lang): { readonly message: string; readonly detail: string | null } {
  return commandFailure(FAILED, e, lang);
}

export async function runCreateSummary(event: CompletableEvent, deps: CommandDeps): Promise<void> {
  try {
    await deps.generate();
  } catch (e) {
    const { message, detail } = failureMessage(e, deps.lang);
    try {
      await deps.showError(message, detail);
    } catch (dialogError) {
      // Nothing is left to show the message with; the log is the last place it can go.
      console.error(message, detail, dialogError);
    }
  } finally {
    event.completed();
  }
}
