/**
 * The seal line: the seal's state in one sentence, the same words wherever Plankoll shows it — the pane's
 * seal view, the summary sheet's heading and the meeting handout (PDF) — so that what the director reads
 * in Excel is what the printed page says (issue 16). Who sealed, when and for which period, unchanged or
 * what changed, or why the seal cannot be trusted; with the fingerprint's first digits for a seal that
 * reads, so a printed page can be matched to the workbook.
 */
import type { Lang } from '../finding';
import type { SealCheck } from './checkSeal';
import { describeSeal } from './describeSeal';

/** How many hex digits of the fingerprint are shown (enough to tell two seals apart by eye). */
export const FINGERPRINT_DIGITS = 12;

/** `Validerad av Anna Berg 2011-12-31 14:05 för Helår 2011, oförändrad · fingeravtryck 3f2a9c0d41be`. */
export function sealLine(check: SealCheck, lang: Lang): string {
  const text = describeSeal(check, lang, { period: true });
  if (check.state !== 'intact' && check.state !== 'changed') return text;
  const word = lang === 'sv' ? 'fingeravtryck' : 'fingerprint';
  return `${text} · ${word} ${check.record.digest.slice(0, FINGERPRINT_DIGITS)}`;
}
