/**
 * The failures of the host, as data: a gateway operation that Excel (or the page's in-memory workbook)
 * refused, and office.js that never became ready. The adapters throw them; the one mapping to words a
 * controller reads is src/i18n/failure.ts. Pure: no office-js here, only what the adapters found out.
 */

/** Every WorkbookGateway operation, by what it does for the user. */
export type GatewayOperation =
  | 'read'
  | 'writeSummary'
  | 'writeFindings'
  | 'highlight'
  | 'clear'
  | 'select'
  | 'writeSeal'
  | 'writeFollowUp'
  | 'createPlan'
  | 'readSeal'
  | 'readAutoOpen'
  | 'setAutoOpen';

/**
 * A gateway operation that failed in the host. `message` is one line, in the pane's language, naming what
 * failed and the host's own words (kept for logs and tests); `code` is office-js's error code
 * (`ItemNotFound`, `AccessDenied`, … or null when the host gave none) and `detail` the host's text with it.
 */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';

  constructor(
    readonly operation: GatewayOperation,
    message: string,
    readonly code: string | null,
    readonly detail: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * office.js did not give the pane a host: it could not be loaded at all (`unavailable`: offline, a proxy
 * or a content filter refused it), it did not arrive in time (`slow`: the CDN or a proxy hangs), or it
 * loaded but `Office.onReady` never answered in time (`timeout`).
 */
export type OfficeLoadFailure = 'unavailable' | 'slow' | 'timeout';

export class OfficeLoadError extends Error {
  override readonly name = 'OfficeLoadError';

  constructor(
    readonly failure: OfficeLoadFailure,
    /** What was tried: the script's URL, or how long the pane waited. */
    readonly detail: string,
  ) {
    super(failure === 'timeout' ? `Office did not become ready: ${detail}` : `office.js could not be loaded: ${detail}`);
  }
}

/** The code office-js gives an error (OfficeExtension.Error's `code`), or null. */
export function officeErrorCode(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : null;
}

/** A refusal the pane's own code says in the user's words (e.g. "the workbook changed since the validation"): shown as it is. */
export class NoticeError extends Error {
  override readonly name = 'NoticeError';
}
