/**
 * The ribbon button "Skapa sammanfattning": generate the summary sheet in one click, without the task
 * pane. On success the new sheet is active and its heading states the validation counts; on failure the
 * user gets the message in a small dialog. `event.completed()` is always called, last, so Excel knows the
 * command is over (and keeps the function file alive while the dialog is open).
 */
import { errorText } from '../domain/errorText';
import type { Lang } from '../domain/finding';

export interface CommandDeps {
  /** Makes and writes the summary; rejects with a message a person can read. */
  readonly generate: () => Promise<unknown>;
  /** Shows `message` and resolves when the user has closed it (or it could not be shown). */
  readonly showError: (message: string) => Promise<void>;
  readonly lang: Lang;
}

export interface CompletableEvent {
  completed(): void;
}

const FAILED: Readonly<Record<Lang, string>> = {
  sv: 'Sammanfattningen kunde inte skapas',
  en: 'The summary could not be created',
};

/** The first line of an error, prefixed by what failed. */
export function failureMessage(e: unknown, lang: Lang): string {
  const line = errorText(e);
  return line === '' ? `${FAILED[lang]}.` : `${FAILED[lang]}: ${line}`;
}

export async function runCreateSummary(event: CompletableEvent, deps: CommandDeps): Promise<void> {
  try {
    await deps.generate();
  } catch (e) {
    const message = failureMessage(e, deps.lang);
    try {
      await deps.showError(message);
    } catch (dialogError) {
      // Nothing is left to show the message with; the log is the last place it can go.
      console.error(message, dialogError);
    }
  } finally {
    event.completed();
  }
}
