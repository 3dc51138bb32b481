/**
 * Loading office.js without blocking the page: the task pane and the ribbon's function file inject
 * Microsoft's script themselves (taskpane.html and commands.html have no blocking <script> in <head>, so
 * the pane paints at once), then wait for `Office.onReady` — with a time limit, so a CDN or proxy that
 * hangs gives a message instead of a blank pane. The outcomes are told apart: the script refused
 * (network, proxy: OfficeLoadError 'unavailable'), the script not arrived in time ('slow'), Office not
 * answering ('timeout'), and a page opened outside Office (resolves with host null — not a failure).
 */
import { OfficeLoadError } from '../domain/hostErrors';

/** Microsoft's CDN, as Office requires (an add-in may not serve its own copy). */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** How long the pane waits for office.js and Office.onReady together before it says so. */
export const OFFICE_READY_TIMEOUT_MS = 20_000;

function officeGlobal(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/** Adds the office.js script unless the page already has it; resolves when it ran, rejects when it could not load. */
function loadScript(doc: Document, url: string): Promise<void> {
  if (officeGlobal() !== undefined) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = url;
    script.async = true;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new OfficeLoadError('unavailable', `${url} could not be loaded`)));
    doc.head.appendChild(script);
  });
}

/**
 * Loads office.js and waits for Office: the host (`Excel`), or null when the page is not inside Office.
 * Rejects with OfficeLoadError when office.js cannot be loaded or Office does not answer in `timeoutMs`.
 */
export function startOffice(doc: Document = document, timeoutMs: number = OFFICE_READY_TIMEOUT_MS, url: string = OFFICE_JS_URL): Promise<Office.HostType | null> {
  let loaded = false;
  const seconds = Math.round(timeoutMs / 1000);
  const ready = loadScript(doc, url).then(async () => {
    loaded = true;
    const office = officeGlobal();
    if (office === undefined) throw new OfficeLoadError('unavailable', `${url} ran but defined no Office object`);
    const info = await office.onReady();
    return info.host ?? null;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          loaded
            ? new OfficeLoadError('timeout', `Office.onReady did not answer within ${seconds} s`)
            : new OfficeLoadError('slow', `${url} did not arrive within ${seconds} s`),
        ),
      timeoutMs,
    );
  });
  return Promise.race([ready, limit]).finally(() => clearTimeout(timer));
}
