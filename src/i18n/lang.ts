/**
 * Which language the user reads, shared by everything that talks to a person inside Office: the task pane
 * and the ribbon commands (which have no pane to ask). The texts themselves live beside their screens
 * (src/taskpane/i18n.ts, src/commands/messageDialog.ts); what they share lives here.
 */
import type { Lang } from '../domain/finding';

/** Office's display language (`sv-SE`, `en-US`, …) -> the user's language: Swedish for `sv*`, else English. */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  return typeof displayLanguage === 'string' && displayLanguage.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}
