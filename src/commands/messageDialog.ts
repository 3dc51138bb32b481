/**
 * A message for the user from a ribbon command: function commands have no UI of their own, so the
 * message opens in an Office dialog (Excel on the web and desktop alike). The dialog is this same page,
 * commands.html, with the message in its query string; it shows the text as text (never HTML) and a
 * close button that tells the command to close it.
 */
import type { Lang } from '../domain/finding';
import { failureWords } from '../i18n/failure';

export const MESSAGE_PARAM = 'message';
const DETAIL_PARAM = 'detail';
const CLOSE = 'close';
const MAX_MESSAGE = 1000;

const WORDS: Readonly<Record<Lang, { readonly title: string; readonly close: string }>> = {
  sv: { title: 'Plankoll', close: 'Stäng' },
  en: { title: 'Plankoll', close: 'Close' },
};

/** What the dialog shows: the message, and the technical detail behind "Visa detaljer" (or null). */
export interface DialogMessage {
  readonly message: string;
  readonly detail: string | null;
  readonly lang: Lang;
}

/** The dialog's URL: this page with the message, its detail and the language in the query string. */
export function dialogUrl(pageUrl: string, message: string, lang: Lang, detail: string | null = null): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set(MESSAGE_PARAM, message.slice(0, MAX_MESSAGE));
  if (detail !== null) url.searchParams.set(DETAIL_PARAM, detail.slice(0, MAX_MESSAGE));
  url.searchParams.set('lang', lang);
  return url.toString();
}

/** The message this page was opened to show, or null when it is the function file itself. */
export function dialogMessage(search: string): DialogMessage | null {
  const params = new URLSearchParams(search);
  const message = params.get(MESSAGE_PARAM);
  if (message === null) return null;
  return { message, detail: params.get(DETAIL_PARAM), lang: params.get('lang') === 'en' ? 'en' : 'sv' };
}

/**
 * Renders the page: heading, the message as text, the detail behind a "Visa detaljer" disclosure, and a
 * close button (none when `close` is null: the page cannot talk to Office, the dialog's ✕ closes it).
 */
export function renderMessagePage(doc: Document, message: string, lang: Lang, close: (() => void) | null, detail: string | null = null): void {
  const words = WORDS[lang];
  doc.documentElement.lang = lang;
  doc.title = words.title;
  const main = doc.createElement('main');
  const heading = doc.createElement('h1');
  heading.textContent = words.title;
  const text = doc.createElement('p');
  text.setAttribute('role', 'alert');
  text.textContent = message;
  main.append(heading, text);
  if (detail !== null && detail !== '') main.append(...detailDisclosure(doc, detail, lang));
  doc.body.replaceChildren(main);
  if (close !== null) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = words.close;
    button.addEventListener('click', close);
    main.append(button);
    button.focus();
  }
}

/** A button that shows and hides the detail (aria-expanded), and the detail as text. */
function detailDisclosure(doc: Document, detail: string, lang: Lang): [HTMLButtonElement, HTMLPreElement] {
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.textContent = failureWords(lang).showDetails;
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', 'plankoll-detail');
  const pre = doc.createElement('pre');
  pre.id = 'plankoll-detail';
  pre.hidden = true;
  pre.textContent = detail;
  toggle.addEventListener('click', () => {
    pre.hidden = !pre.hidden;
    toggle.setAttribute('aria-expanded', String(!pre.hidden));
  });
  return [toggle, pre];
}

/** Tells the command that opened this dialog to close it. */
export function closeFromDialog(): void {
  Office.context.ui.messageParent(CLOSE);
}

/**
 * Opens the message dialog and resolves once it is closed — by its button or by the user's ✕. Rejects,
 * with Office's message and code, if Office could not open it (e.g. another dialog is already open).
 */
export function showMessageDialog(pageUrl: string, message: string, lang: Lang, detail: string | null = null): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      dialogUrl(pageUrl, message, lang, detail),
      // In Excel on the web an iframe dialog is not stopped by a popup blocker; desktop ignores the flag.
      { height: 30, width: 35, displayInIframe: true },
      (result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          reject(new Error(`${result.error.message} (${result.error.code})`));
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        // Closed with ✕ (or navigation failed): the dialog is gone either way.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}
