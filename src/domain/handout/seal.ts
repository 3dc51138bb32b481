/** The seal state as the handout and the printed sheet say it: the seal's sentence and its fingerprint's first 12 hex digits. */
import type { Lang } from '../finding';
import type { SealCheck } from '../seal/checkSeal';
import { describeSeal } from '../seal/describeSeal';

export const FINGERPRINT_DIGITS = 12;

/** `Validerad av Anna Berg 2011-12-31 10:15, oförändrad · fingeravtryck 3f2a9c0d41be`. */
export function sealState(check: SealCheck, lang: Lang): string {
  const text = describeSeal(check, lang);
  if (check.state !== 'intact' && check.state !== 'changed') return text;
  const word = lang === 'sv' ? 'fingeravtryck' : 'fingerprint';
  return `${text} · ${word} ${check.record.digest.slice(0, FINGERPRINT_DIGITS)}`;
}

/**
 * The seal in a few words, for a printed page's footer: `Validerad av Anna Berg 2011-12-31 14:05,
 * oförändrad · 41fbb9dac39c`, `Ändrad sedan valideringen · 41fbb9dac39c`, `Ej förseglad`.
 */
export function sealFooter(check: SealCheck, lang: Lang): string {
  const digits = (c: { readonly record: { readonly digest: string } }): string => c.record.digest.slice(0, FINGERPRINT_DIGITS);
  switch (check.state) {
    case 'intact':
      return `${describeSeal(check, lang)} · ${digits(check)}`;
    case 'changed':
      return `${lang === 'sv' ? 'Ändrad sedan valideringen' : 'Changed since validation'} · ${digits(check)}`;
    default:
      return describeSeal(check, lang);
  }
}
