/**
 * Focus back to the control that opened a dialog, when the dialog closes — by Esc, by its buttons, or by
 * the work it started (sealing, saving). Fluent's Dialog restores focus only for its own DialogTrigger; the
 * pane's dialogs are opened by the pane's state, so without this focus fell to <body>.
 *
 * The opener is taken from the click (or key press) that led to the dialog — `remember` in its handler —
 * since a click does not focus a button on every platform (Safari, Excel on Mac).
 */
import { useCallback, useEffect, useRef } from 'react';

export function useReturnFocus(open: boolean): (e: { readonly currentTarget: EventTarget }) => void {
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (open) return;
    const el = opener.current;
    opener.current = null;
    if (el !== null && el.isConnected) el.focus();
  }, [open]);
  return useCallback((e: { readonly currentTarget: EventTarget }) => {
    if (e.currentTarget instanceof HTMLElement) opener.current = e.currentTarget;
  }, []);
}
