/**
 * Numbers typed as text, as Swedish controllers write them: `2 290 000 kr`, `2 290 000,50`, `1234.5`,
 * `-1 000 SEK`, with normal, no-break, figure or thin spaces between groups of three digits, a decimal
 * comma or point, and an optional `kr`/`SEK`/`:-` suffix. Ambiguous forms (`1,234.5`, `1 23`) are not numbers.
 */

const SPACES = /[ \u00a0\u2007\u2009\u202f]/g;
const MONEY_SUFFIX = /\s*(kr\.?|sek|kronor|:-)$/i;
const GROUPED = /^[+-]?\d{1,3}( \d{3})+([.,]\d+)?$/;
const PLAIN = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** The number a text reads as, or null. `suffix` says which unit suffixes may follow. */
export function readNumberText(text: string, suffix: 'money' | 'percent' | 'none' = 'money'): number | null {
  let t = text.replace(SPACES, ' ').replace(/\u2212/g, '-').trim();
  if (suffix === 'money') t = t.replace(MONEY_SUFFIX, '');
  if (suffix === 'percent') t = t.replace(/\s*%$/, '');
  t = t.trim();
  if (!GROUPED.test(t) && !PLAIN.test(t)) return null;
  const n = Number(t.replace(/ /g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}
