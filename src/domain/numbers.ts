/**
 * Numbers and plurals as people read them, one helper for the pane, the ribbon commands, the CLI's messages and
 * the summary (sheet and handout) — in the domain, so that every layer may use it:
 * Swedish digit grouping (`3 000`, `1 047 575`, no-break spaces as sv-SE has them, so a number never
 * breaks over two lines), a true minus sign (U+2212, not a hyphen), and the word's plural chosen by the
 * number (`1 varning`, `2 varningar`; `1 match`, `3 000 matches`).
 */
import type { Lang } from './finding';

/** Made on first use: a formatter costs tens of milliseconds to make, and a run without findings needs none. */
const FORMAT: Partial<Record<Lang, Intl.NumberFormat>> = {};

function formatter(lang: Lang): Intl.NumberFormat {
  return (FORMAT[lang] ??= new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 4 }));
}

/** The true minus sign: Intl gives it for sv-SE, not for en-GB; the pane writes it in both. */
export const MINUS = '\u2212';

/** `3000` → sv `3 000`, en `3,000`; `-450.5` → sv `−450,5`, en `−450.5`. Non-finite numbers as text. */
export function formatNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = formatter(lang).format(Math.abs(n));
  // Below zero and not rounded to zero: the minus sign (never "−0").
  return n < 0 && /[1-9]/.test(digits) ? `${MINUS}${digits}` : digits;
}

/** A word's two forms: the singular for exactly 1, the plural otherwise (`0 varningar`, `1 varning`). */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

export function pluralForm(n: number, forms: PluralForms): string {
  return n === 1 ? forms.one : forms.other;
}

/** `3 000 varningar`, `1 fel`, `1 match`: the grouped number and the form of the word it takes. */
export function countOf(n: number, lang: Lang, forms: PluralForms): string {
  return `${formatNumber(n, lang)} ${pluralForm(n, forms)}`;
}
