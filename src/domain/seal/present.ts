/**
 * Changes as a controller reads them, in Swedish or English: table and field by the names on the sheet,
 * values as in the workbook (`156 400 kr → 157 400 kr`, ISO dates, statuses in words), and the cell.
 * The CLI's `verify`/`diff` (text and --json) and the task pane's director view all use this.
 */
import type { Lang } from '../finding';
import { formatAmount, formatPercent } from '../messages';
import type { Canon } from './canonical';
import type { ChangeKind, SealChange, SealRowChange } from './compare';
import type { FieldKind, SealTableId } from './rows';
import { fieldKind } from './rows';
import { tableName } from './tables';

type Label = Readonly<Record<Lang, string>>;

const FIELDS: Readonly<Record<SealTableId, Readonly<Record<string, Label>>>> = {
  plan: { value: { sv: 'Värde', en: 'Value' } },
  financing: {
    name: { sv: 'Kommun', en: 'Municipality' },
    share: { sv: 'Andel (kr)', en: 'Share' },
    percent: { sv: 'Andel (%)', en: 'Share %' },
  },
  goals: { id: { sv: 'MålID', en: 'GoalID' }, name: { sv: 'Mål', en: 'Goal' } },
  roles: {
    role: { sv: 'Roll', en: 'Role' },
    name: { sv: 'Namn', en: 'Name' },
    organisation: { sv: 'Organisation', en: 'Organisation' },
    limit: { sv: 'Beslutsrätt (kr)', en: 'Decision limit' },
  },
  actions: {
    id: { sv: 'ID', en: 'ID' },
    name: { sv: 'Åtgärd', en: 'Action' },
    goalId: { sv: 'MålID', en: 'GoalID' },
    responsible: { sv: 'Ansvarig', en: 'Responsible' },
    decisionMaker: { sv: 'Beslutsfattare', en: 'Decision maker' },
    start: { sv: 'Start', en: 'Start' },
    end: { sv: 'Slut', en: 'End' },
    status: { sv: 'Status', en: 'Status' },
    budget: { sv: 'Budget (kr)', en: 'Budget' },
    spent: { sv: 'Utfall (kr)', en: 'Spent' },
    forecast: { sv: 'Prognos (kr)', en: 'Forecast' },
    comment: { sv: 'Kommentar', en: 'Comment' },
  },
  followUps: {
    period: { sv: 'Period', en: 'Period' },
    date: { sv: 'Datum', en: 'Date' },
    id: { sv: 'ID', en: 'ID' },
    spent: { sv: 'Utfall (kr)', en: 'Spent' },
    forecast: { sv: 'Prognos (kr)', en: 'Forecast' },
    status: { sv: 'Status', en: 'Status' },
    comment: { sv: 'Kommentar', en: 'Comment' },
  },
};

const PLAN_PROPERTIES: Readonly<Record<string, Label>> = {
  name: { sv: 'Namn', en: 'Name' },
  decisionDate: { sv: 'Beslutsdatum', en: 'Decision date' },
  decidedBy: { sv: 'Beslutsorgan', en: 'Decided by' },
  totalBudget: { sv: 'Total budget (kr)', en: 'Total budget' },
  reportDate: { sv: 'Rapportdatum', en: 'Report date' },
  tolerance: { sv: 'Tolerans fördelning (%-enheter)', en: 'Allocation tolerance (pp)' },
  followUpPeriod: { sv: 'Uppföljningsperiod', en: 'Follow-up period' },
};

/** A field's header in the language (a municipality's share column is the municipality's name). */
export function fieldLabel(table: SealTableId, field: string, lang: Lang): string {
  if (field.startsWith('share:')) return field.slice('share:'.length);
  return FIELDS[table][field]?.[lang] ?? field;
}

/** A row's key as a person names it: a Plan property by its label, a key made for a blank one in words. */
export function keyLabel(table: SealTableId, key: string, lang: Lang): string {
  if (table === 'plan') return PLAN_PROPERTIES[key]?.[lang] ?? key;
  const blank = /^#(\d+)$/.exec(key);
  if (blank) return lang === 'sv' ? `(tom nyckel ${blank[1]})` : `(blank key ${blank[1]})`;
  return key;
}

const EMPTY: Label = { sv: '(tom)', en: '(empty)' };
const BOOL: Readonly<Record<Lang, readonly [string, string]>> = { sv: ['FALSKT', 'SANT'], en: ['FALSE', 'TRUE'] };

function plainNumber(n: number, lang: Lang): string {
  const text = String(n);
  return lang === 'sv' ? text.replace('.', ',') : text;
}

/** One value as a controller reads it. `precise` shows what an ordinary rendering would hide. */
export function formatValue(canon: Canon, kind: FieldKind, lang: Lang, precise = false): string {
  if (canon === null) return EMPTY[lang];
  const tag = canon.slice(0, 2);
  const body = canon.slice(2);
  switch (tag) {
    case 'n:': {
      const n = Number(body);
      if (precise) return plainNumber(n, lang);
      if (kind === 'amount' || kind === 'limit') return formatAmount(n);
      if (kind === 'percent') return formatPercent(n > 1 ? n : n * 100, lang);
      return plainNumber(n, lang);
    }
    case 's:': {
      if (precise) return JSON.stringify(body);
      if (kind === 'amount' || kind === 'date' || kind === 'percent') return lang === 'sv' ? `${body} (som text)` : `${body} (as text)`;
      return body;
    }
    case 'd:':
      return body;
    case 'b:':
      return BOOL[lang][body === '1' ? 1 : 0];
    case 'e:':
      return body;
    case 'f:':
      return lang === 'sv' ? `=${body} (inget beräknat värde)` : `=${body} (no calculated value)`;
    default:
      return canon;
  }
}

/** A change as the CLI's --json and the pane show it. */
export interface PresentedChange {
  readonly kind: ChangeKind;
  readonly table: string;
  readonly key: string | null;
  readonly field: string | null;
  readonly before: string | null;
  readonly after: string | null;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly governing: boolean;
}

export interface PresentedRow {
  readonly table: string;
  readonly key: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly governing: boolean;
}

export function presentChange(change: SealChange, lang: Lang): PresentedChange {
  let before: string | null = null;
  let after: string | null = null;
  if (change.kind === 'value' && change.field !== null) {
    const kind = fieldKind(change.table, change.field, change.key);
    before = formatValue(change.before, kind, lang);
    after = formatValue(change.after, kind, lang);
    if (before === after) {
      before = formatValue(change.before, kind, lang, true);
      after = formatValue(change.after, kind, lang, true);
    }
  }
  return {
    kind: change.kind,
    table: tableName(change.table, lang),
    key: change.key === null ? null : keyLabel(change.table, change.key, lang),
    field: change.field === null ? null : change.table === 'plan' && change.kind === 'value' ? fieldLabel('plan', 'value', lang) : fieldLabel(change.table, change.field, lang),
    before,
    after,
    sheet: change.ref?.sheet ?? null,
    cell: change.ref?.cell ?? null,
    governing: change.governing,
  };
}

export function presentRow(row: SealRowChange, lang: Lang): PresentedRow {
  return {
    table: tableName(row.table, lang),
    key: keyLabel(row.table, row.key, lang),
    sheet: row.ref?.sheet ?? null,
    cell: row.ref?.cell ?? null,
    governing: row.governing,
  };
}

const WORDS = {
  sv: {
    rowChanged: 'ändrad (värdena sparades inte i förseglingen)',
    tableChanged: 'ändrad',
    columnAdded: (f: string) => `kolumnen ${f} tillagd`,
    columnRemoved: (f: string) => `kolumnen ${f} borttagen`,
    added: 'tillagd',
    removed: 'borttagen',
    reordered: 'rader i annan ordning',
  },
  en: {
    rowChanged: 'changed (the seal kept no values for it)',
    tableChanged: 'changed',
    columnAdded: (f: string) => `column ${f} added`,
    columnRemoved: (f: string) => `column ${f} removed`,
    added: 'added',
    removed: 'removed',
    reordered: 'rows reordered',
  },
} as const;

function where(sheet: string | null, cell: string | null): string {
  return sheet !== null && cell !== null ? ` (${sheet}!${cell})` : '';
}

/** One line per change: `Åtgärder A03 · Budget (kr): 156 400 kr → 157 400 kr (Åtgärder!I4)`. */
export function changeLine(change: SealChange, lang: Lang): string {
  const p = presentChange(change, lang);
  const w = WORDS[lang];
  const subject = p.key === null ? p.table : `${p.table} ${p.key}`;
  switch (p.kind) {
    case 'value':
      return `${subject} · ${p.field ?? ''}: ${p.before ?? ''} → ${p.after ?? ''}${where(p.sheet, p.cell)}`;
    case 'row':
      return `${subject}: ${w.rowChanged}${where(p.sheet, p.cell)}`;
    case 'table':
      return `${subject}: ${w.tableChanged}`;
    case 'columnAdded':
      return `${subject}: ${w.columnAdded(p.field ?? '')}`;
    case 'columnRemoved':
      return `${subject}: ${w.columnRemoved(p.field ?? '')}`;
  }
}

export function rowLine(row: SealRowChange, kind: 'added' | 'removed', lang: Lang): string {
  const p = presentRow(row, lang);
  return `${p.table} ${p.key}: ${WORDS[lang][kind]}${where(p.sheet, p.cell)}`;
}

export function reorderedLine(table: SealTableId, lang: Lang): string {
  return `${tableName(table, lang)}: ${WORDS[lang].reordered}`;
}
