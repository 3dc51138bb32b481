/**
 * The shared phrasing of finding messages; each rule's own sv/en message lives in its module (rules/).
 * Amounts are written sv-SE style in both languages (`2 290 000 kr`, no-break spaces, decimal comma for
 * öre), dates ISO. A message names the action ID when there is one (rules/index.ts `renderMessage`). A
 * missing `detail` never breaks a message: it falls back to what the finding itself says.
 *
 * Text from the workbook appears here as plain text; whoever shows it must not treat it as HTML.
 */
import type { Lang, RawFinding } from './finding';
import { fromOre, toOre } from './money';

const NBSP = '\u00a0';
/** The true minus sign (U+2212) in every message, not a hyphen. */
const MINUS = '\u2212';

/** `2290000` → `2 290 000 kr`; `1234.5` → `1 234,50 kr` (no-break spaces). */
export function formatAmount(kronor: number): string {
  if (!Number.isFinite(kronor)) return String(kronor);
  const ore = toOre(Math.abs(kronor));
  // Beyond 2^53 öre a float has no öre (or even krona) precision left: whole kronor, in digits (not `1e+23`).
  const exact = Number.isSafeInteger(ore);
  const whole = exact ? Math.floor(ore / 100) : Math.abs(kronor);
  const rest = exact ? ore % 100 : 0;
  // A safe integer prints as plain digits; toLocaleString (an Intl formatter per call, tens of µs) only for
  // the rest, which String would write as `1e+23`. A thousand U005 messages took 60 ms with it.
  const digits = exact ? String(whole) : whole.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const sign = kronor < 0 && ore !== 0 ? MINUS : '';
  return `${sign}${grouped}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`}${NBSP}kr`;
}

/** Percent with two decimals: sv `58,57 %`, en `58.57%`. */
export function formatPercent(points: number, lang: Lang): string {
  if (!Number.isFinite(points)) return String(points);
  const text = points.toFixed(2).replace('-', MINUS);
  return lang === 'sv' ? `${text.replace('.', ',')}${NBSP}%` : `${text}%`;
}

/** A plain number (tolerance, counts): sv decimal comma. */
function formatNumber(x: number, lang: Lang): string {
  const text = String(Math.round(x * 10_000) / 10_000).replace('-', MINUS);
  return lang === 'sv' ? text.replace('.', ',') : text;
}

/** Swedish column/property labels used in details, and their English names. */
const LABEL_EN: Readonly<Record<string, string>> = {
  Budget: 'Budget',
  Utfall: 'Spent',
  'Andel (kr)': 'Share',
  'Andel (%)': 'Share %',
  'Total budget': 'Total budget',
  'Tolerans fördelning': 'Allocation tolerance',
  Beslutsrätt: 'Decision limit',
  Start: 'Start',
  Slut: 'End',
  Beslutsdatum: 'Decision date',
  Rapportdatum: 'Report date',
  Ansvarig: 'Responsible',
  Beslutsfattare: 'Decision maker',
  Kommun: 'Municipality',
  MålID: 'GoalID',
  Mål: 'Goal',
  Roll: 'Role',
  Namn: 'Name',
  Organisation: 'Organisation',
  ID: 'ID',
  Åtgärd: 'Action',
  Status: 'Status',
  Kommentar: 'Comment',
  Prognos: 'Forecast',
  Period: 'Period',
  Datum: 'Date',
  Uppföljningsperiod: 'Follow-up period',
};

/** Sheet/table names as the workbook has them, with the English name for English messages. */
const OBJECT_EN: Readonly<Record<string, string>> = {
  Plan: 'Plan',
  Finansiering: 'Finansiering (Financing)',
  Mål: 'Mål (Goals)',
  Roller: 'Roller (Roles)',
  Åtgärder: 'Åtgärder (Actions)',
  Uppföljning: 'Uppföljning (Follow-up)',
};

/** What a message template sees: the finding, with formatting and fallbacks at hand. */
export class View {
  constructor(
    readonly f: RawFinding,
    readonly lang: Lang,
  ) {}

  /** A detail value as text ('' when absent). */
  d(key: string): string {
    const v = this.f.detail?.[key];
    return v === undefined ? '' : String(v);
  }

  /** A detail value as a number, or null. */
  n(key: string): number | null {
    const v = this.f.detail?.[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  }

  label(key = 'field', fallback = ''): string {
    const sv = this.d(key) || fallback;
    return this.lang === 'en' ? (LABEL_EN[sv] ?? sv) : sv;
  }

  object(fallback = this.f.sheet): string {
    const sv = this.d('object') || fallback;
    return this.lang === 'en' ? (OBJECT_EN[sv] ?? sv) : sv;
  }

  amount(v: string | number | undefined): string {
    return typeof v === 'number' ? formatAmount(v) : v === undefined ? '?' : v;
  }

  percent(v: string | number | undefined): string {
    return typeof v === 'number' ? formatPercent(v, this.lang) : v === undefined ? '?' : v;
  }

  num(v: number): string {
    return formatNumber(v, this.lang);
  }

  /** The difference actual − expected as an amount, when both are numbers. */
  diff(): string | null {
    const { expected, actual } = this.f;
    if (typeof expected !== 'number' || typeof actual !== 'number') return null;
    return formatAmount(fromOre(toOre(actual) - toOre(expected)));
  }

  text(v: string | number | undefined): string {
    return v === undefined ? '' : String(v);
  }

  /** A value of the given field: percent for Andel (%) (a fraction), points for the tolerance, else kronor. */
  fieldValue(v: string | number | undefined): string {
    if (typeof v !== 'number') return this.text(v);
    const field = this.d('field');
    if (field === 'Andel (%)') return formatPercent(v * 100, this.lang);
    if (field === 'Tolerans fördelning') return this.lang === 'sv' ? `${this.num(v)} %-enheter` : `${this.num(v)} pp`;
    return formatAmount(v);
  }
}

/** A rule's message in one language (each rule module holds its sv and en templates). */
export type MessageTemplate = (v: View) => string;

/** Quoted text: sv `”…”`, en `"…"`. */
export const q = (text: string, lang: Lang): string => (lang === 'sv' ? `”${text}”` : `"${text}"`);
