/**
 * A short human text for a seal check (one line: the pane's message bar, the summary sheet, the CLI's
 * first line). The changes one by one are in present.ts.
 */
import type { Lang } from '../finding';
import type { SealCheck, SealCopy, SingleSealCheck } from './checkSeal';
import type { SealChange, SealRowChange } from './compare';
import type { SealInvalidReason } from './record';
import type { SealTableId } from './rows';
import { SEAL_TABLES_V2 } from './rows';
import { keyLabel } from './present';
import { tableName } from './tables';
import { displayTime } from './time';

/** At most this many keys are named per kind of change and table; the rest are counted. */
const MAX_KEYS = 5;

const REASONS: Readonly<Record<SealInvalidReason, Readonly<Record<Lang, string>>>> = {
  notJson: { sv: 'inte JSON', en: 'not JSON' },
  notARecord: { sv: 'inte en Plankoll-försegling', en: 'not a Plankoll seal' },
  unsupportedVersion: { sv: 'okänd version', en: 'unknown version' },
  malformed: { sv: 'felaktigt format', en: 'malformed' },
  inconsistent: { sv: 'förseglingen har ändrats för hand', en: 'the seal record was edited by hand' },
};

const WORDS = {
  sv: { changed: ['ändrad', 'ändrade'], added: ['tillagd', 'tillagda'], removed: ['borttagen', 'borttagna'] },
  en: { changed: ['changed', 'changed'], added: ['added', 'added'], removed: ['removed', 'removed'] },
} as const;

const COPY: Readonly<Record<SealCopy, Readonly<Record<Lang, string>>>> = {
  part: { sv: 'XML-delen', en: 'the custom XML part' },
  sheet: { sv: 'det dolda bladet', en: 'the hidden sheet' },
};

function keyList(table: SealTableId, keys: readonly string[], kind: 'changed' | 'added' | 'removed', lang: Lang): string | null {
  if (keys.length === 0) return null;
  const shown = keys.slice(0, MAX_KEYS).map((k) => keyLabel(table, k, lang)).join(', ');
  const more = keys.length - MAX_KEYS;
  const rest = more > 0 ? (lang === 'sv' ? ` och ${more} till` : ` and ${more} more`) : '';
  return `${shown}${rest} ${WORDS[lang][kind][keys.length === 1 ? 0 : 1]}`;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

function tablePart(
  table: SealTableId,
  changes: readonly SealChange[],
  added: readonly SealRowChange[],
  removed: readonly SealRowChange[],
  reordered: boolean,
  lang: Lang,
): string {
  const keysOf = (list: readonly { table: SealTableId; key: string | null }[]): string[] =>
    unique(list.filter((c) => c.table === table && c.key !== null).map((c) => c.key as string));
  const details = [
    keyList(table, keysOf(changes), 'changed', lang),
    keyList(table, keysOf(added), 'added', lang),
    keyList(table, keysOf(removed), 'removed', lang),
    reordered ? (lang === 'sv' ? 'rader i annan ordning' : 'rows reordered') : null,
  ].filter((d): d is string => d !== null);
  const label = tableName(table, lang);
  return details.length > 0 ? `${label} (${details.join('; ')})` : label;
}

/** Options of the description: `period` names the sealed period (sealLine.ts) where the record has one. */
export interface DescribeOptions {
  readonly period?: boolean;
}

function periodOf(check: { readonly record: { readonly v: number } & Partial<{ readonly period: string | null }> }, opts: DescribeOptions): string | null {
  return opts.period === true && check.record.v === 2 ? (check.record.period ?? null) : null;
}

function describeSingle(check: SingleSealCheck, lang: Lang, opts: DescribeOptions): string {
  switch (check.state) {
    case 'absent':
      return lang === 'sv' ? 'Ej förseglad' : 'Not sealed';
    case 'invalid': {
      const reason = REASONS[check.reason][lang];
      return lang === 'sv' ? `Förseglingen kan inte läsas (${reason})` : `The seal cannot be read (${reason})`;
    }
    case 'intact': {
      const period = periodOf(check, opts);
      return lang === 'sv'
        ? `Validerad av ${check.by} ${displayTime(check.at)}${period === null ? '' : ` för ${period}`}, oförändrad`
        : `Validated by ${check.by} on ${displayTime(check.at)}${period === null ? '' : ` for ${period}`}, unchanged`;
    }
    case 'changed': {
      const tables = SEAL_TABLES_V2.filter((t) => check.tables.includes(t));
      const parts = tables.map((t) => tablePart(t, check.changes, check.added, check.removed, check.reordered.includes(t), lang));
      const governing = check.changes.filter((c) => c.governing).length;
      const lead = governing === 0 ? '' : lang === 'sv' ? `${governing} styrande ${governing === 1 ? 'ändring' : 'ändringar'}; ` : `${governing} governing change${governing === 1 ? '' : 's'}; `;
      const period = periodOf(check, opts);
      const who = `${check.by} ${displayTime(check.at)}${period === null ? '' : `, ${period}`}`;
      return lang === 'sv'
        ? `Ändrad sedan valideringen (${who}): ${lead}${parts.join(', ')}`
        : `Changed since validation (${who}): ${lead}${parts.join(', ')}`;
    }
  }
}

export function describeSeal(check: SealCheck, lang: Lang, opts: DescribeOptions = {}): string {
  if (check.state !== 'inconsistent') return describeSingle(check, lang, opts);
  const part = describeSingle(check.part, lang, opts);
  const sheet = describeSingle(check.sheet, lang, opts);
  return lang === 'sv'
    ? `Förseglingens två kopior stämmer inte överens. XML-delen: ${part}. Det dolda bladet: ${sheet}.`
    : `The two copies of the seal disagree. The custom XML part: ${part}. The hidden sheet: ${sheet}.`;
}

/**
 * A note when the seal was read from one copy only (the other was lost: see docs/seal.md), else null.
 */
export function describeCopies(check: SealCheck, lang: Lang): string | null {
  if (check.state === 'absent' || check.state === 'inconsistent' || check.copies.length !== 1) return null;
  const left = check.copies[0];
  const lost: SealCopy = left === 'part' ? 'sheet' : 'part';
  return lang === 'sv'
    ? `Förseglingen lästes från ${COPY[left].sv}; ${COPY[lost].sv} saknas. Försegla igen för att återställa båda kopiorna.`
    : `The seal was read from ${COPY[left].en}; ${COPY[lost].en} is missing. Seal again to restore both copies.`;
}
