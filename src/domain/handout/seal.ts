/**
 * The seal on printed pages: the handout's seal state is the seal line (seal/sealLine.ts, the same words
 * as the pane and the summary sheet); a printed page's footer has the short form below.
 */
import type { Lang } from '../finding';
import type { SealCheck } from '../seal/checkSeal';
import { describeSeal } from '../seal/describeSeal';
import { FINGERPRINT_DIGITS } from '../seal/sealLine';

export { FINGERPRINT_DIGITS };

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
