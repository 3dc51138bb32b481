/** How the harness shows a cell value: text stays text; numbers follow their number format roughly as Excel would. */
import type { Lang } from '../../domain/finding';
import type { CellValue } from '../../domain/snapshot';
import { isExcelError, isNoResult } from '../../domain/snapshot';
import { serialToIso } from '../../domain/dates';

export function formatCell(value: CellValue, format: string | undefined, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isExcelError(value)) return value.error;
  // A formula saved without its result (S006): show the formula, as text.
  if (isNoResult(value)) return `=${value.formula}`;
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const f = (format ?? '').toLowerCase();
  const plain = f.replace(/"[^"]*"/g, '');
  if (/y{2,4}|d{1,2}[-/.]m{1,2}|m{1,2}[-/.]d{1,2}/.test(plain)) {
    const day = serialToIso(value);
    if (day === null) return String(value);
    if (!/h{1,2}:m{1,2}/.test(plain)) return day;
    const minutes = Math.min(1439, Math.round((value - Math.floor(value)) * 24 * 60));
    return `${day} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  const section = plain.split(';')[0];
  const places = decimalPlaces(section);
  const digits = places === null ? { maximumFractionDigits: 2 } : { minimumFractionDigits: places, maximumFractionDigits: places };
  if (section.includes('%')) {
    // Excel's `0.0 %` keeps the space before the sign; `0.0%` has none (Intl's sv percent always adds one).
    const number = new Intl.NumberFormat(locale, { useGrouping: true, ...digits }).format(value * 100);
    return `${number}${/\s%/.test(section) || (places === null && lang === 'sv') ? '\u00a0' : ''}%`;
  }
  const grouping = places === null || /[#0?],[#0?]/.test(section);
  const text = new Intl.NumberFormat(locale, { useGrouping: grouping, ...digits }).format(value);
  return f.includes('kr') ? `${text} kr` : text;
}

/** Decimal places a format code's first section shows (`#,##0` 0, `0.0 %` 1), or null for General. */
function decimalPlaces(section: string): number | null {
  const fraction = /\.([0#?]+)/.exec(section);
  if (fraction !== null) return fraction[1].length;
  return /[0#?]/.test(section) ? 0 : null;
}
