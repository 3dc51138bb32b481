/**
 * The one way to turn anything thrown into a line of text: an Error's (or an error-like object's, such as
 * OfficeExtension.Error) message, a thrown string itself, else `String(e)`; only its first line, trimmed.
 * '' when an error carries no message: the caller then says what failed without a detail.
 *
 * This is the technical detail, not yet a message for a controller: the user-facing mappings (the CLI's
 * error line, the pane's error bar, the ribbon's dialog) put it behind what failed, in the user's language.
 */
export function errorText(e: unknown): string {
  return (rawText(e).split('\n')[0] ?? '').trim();
}

function rawText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string') {
    return (e as { message: string }).message;
  }
  return String(e);
}
