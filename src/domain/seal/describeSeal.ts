/** A short human text for a seal check, for the task pane, the summary sheet and the CLI. */
import type { Lang } from '../finding';
import type { SealCheck } from './checkSeal';
import type { SealInvalidReason } from './record';
import { isBlankIdKey } from './actionKeys';
import { tableName, tableOfName } from './tables';
import { displayTime } from './time';

/** At most this many action IDs are named per kind of change; the rest are counted. */
const MAX_IDS = 5;

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

function idLabel(key: string, lang: Lang): string {
  if (!isBlankIdKey(key)) return key;
  return lang === 'sv' ? `(utan ID ${key})` : `(no ID ${key})`;
}

function idList(keys: readonly string[], kind: 'changed' | 'added' | 'removed', lang: Lang): string | null {
  if (keys.length === 0) return null;
  const shown = keys.slice(0, MAX_IDS).map((k) => idLabel(k, lang)).join(', ');
  const more = keys.length - MAX_IDS;
  const rest = more > 0 ? (lang === 'sv' ? ` och ${more} till` : ` and ${more} more`) : '';
  return `${shown}${rest} ${WORDS[lang][kind][keys.length === 1 ? 0 : 1]}`;
}

export function describeSeal(check: SealCheck, lang: Lang): string {
  switch (check.state) {
    case 'absent':
      return lang === 'sv' ? 'Ej förseglad' : 'Not sealed';
    case 'invalid': {
      const reason = REASONS[check.reason][lang];
      return lang === 'sv' ? `Förseglingen kan inte läsas (${reason})` : `The seal cannot be read (${reason})`;
    }
    case 'intact':
      return lang === 'sv'
        ? `Validerad av ${check.by} ${displayTime(check.at)}, oförändrad`
        : `Validated by ${check.by} on ${displayTime(check.at)}, unchanged`;
    case 'changed': {
      const parts = check.tables.map((name) => {
        const table = tableOfName(name);
        const label = table === null ? name : tableName(table, lang);
        if (table !== 'actions') return label;
        const details = [
          idList(check.changed, 'changed', lang),
          idList(check.added, 'added', lang),
          idList(check.removed, 'removed', lang),
          check.reordered ? (lang === 'sv' ? 'rader i annan ordning' : 'rows reordered') : null,
        ].filter((d): d is string => d !== null);
        return details.length > 0 ? `${label} (${details.join('; ')})` : label;
      });
      const who = `${check.by} ${displayTime(check.at)}`;
      return lang === 'sv'
        ? `Ändrad sedan valideringen (${who}): ${parts.join(', ')}`
        : `Changed since validation (${who}): ${parts.join(', ')}`;
    }
  }
}
