/**
 * One clear, professional message per finding code, in Swedish (default) and English.
 * Amounts are written sv-SE style in both languages (`2 290 000 kr`, no-break spaces, decimal comma for
 * öre), dates ISO. A message names the action ID when there is one. A missing `detail` never breaks a
 * message: it falls back to what the finding itself says.
 *
 * Text from the workbook appears here as plain text; whoever shows it must not treat it as HTML.
 */
import type { Lang, RawFinding, RuleCode } from './finding';

const NBSP = '\u00a0';

/** `2290000` → `2 290 000 kr`; `1234.5` → `1 234,50 kr` (no-break spaces). */
export function formatAmount(kronor: number): string {
  if (!Number.isFinite(kronor)) return String(kronor);
  const ore = Math.round(Math.abs(kronor) * 100);
  // Beyond 2^53 öre a float has no öre (or even krona) precision left: whole kronor, in digits (not `1e+23`).
  const exact = Number.isSafeInteger(ore);
  const whole = exact ? Math.floor(ore / 100) : Math.abs(kronor);
  const rest = exact ? ore % 100 : 0;
  const digits = whole.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const sign = kronor < 0 && ore !== 0 ? '-' : '';
  return `${sign}${grouped}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`}${NBSP}kr`;
}

/** Percent with two decimals: sv `58,57 %`, en `58.57%`. */
export function formatPercent(points: number, lang: Lang): string {
  if (!Number.isFinite(points)) return String(points);
  const text = points.toFixed(2);
  return lang === 'sv' ? `${text.replace('.', ',')}${NBSP}%` : `${text}%`;
}

/** A plain number (tolerance, counts): sv decimal comma. */
function formatNumber(x: number, lang: Lang): string {
  const text = String(Math.round(x * 10_000) / 10_000);
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
};

/** Sheet/table names as the workbook has them, with the English name for English messages. */
const OBJECT_EN: Readonly<Record<string, string>> = {
  Plan: 'Plan',
  Finansiering: 'Finansiering (Financing)',
  Mål: 'Mål (Goals)',
  Roller: 'Roller (Roles)',
  Åtgärder: 'Åtgärder (Actions)',
};

/** What a message template sees: the finding, with formatting and fallbacks at hand. */
class View {
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
    return formatAmount((Math.round(actual * 100) - Math.round(expected * 100)) / 100);
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

type Template = (v: View) => string;

const q = (text: string, lang: Lang): string => (lang === 'sv' ? `”${text}”` : `"${text}"`);

const SV: Readonly<Record<RuleCode, Template>> = {
  S001: (v) => `Bladet eller tabellen ${v.object()} saknas. Den krävs för kontrollen.`,
  S002: (v) =>
    (v.d('object') || v.f.sheet) === 'Plan'
      ? `Bladet eller tabellen Plan saknas. Den är frivillig, men utan den hoppas B006 över, B004 jämför med summan i Finansiering, rapportdatum är dagens datum (om inget annat anges) och toleransen för fördelningen är 0,5 %-enheter.`
      : `Bladet eller tabellen ${v.object()} saknas. Den är frivillig, men kontroller som behöver den hoppas över${v.d('skipped') ? ` (${v.d('skipped')})` : ''}.`,
  S003: (v) => `Kolumnen ${q(v.d('column') || v.text(v.f.expected), 'sv')} saknas i ${v.object()}.`,
  S004: (v) =>
    `Kolumnen ${q(v.d('header') || v.text(v.f.actual), 'sv')} i ${v.object()} avser samma fält som en tidigare kolumn${v.d('column') ? ` (${v.d('column')})` : ''}; den första används.`,
  S005: (v) => `Kommunen ${v.d('municipality') || v.text(v.f.expected)} i Finansiering har ingen kolumn i ${v.d('object') || 'Åtgärder'}.`,
  S007: (v) => `${v.label() || 'Cellen'} innehåller felvärdet ${v.text(v.f.actual) || 'från Excel'}. Rätta formeln eller värdet.`,
  B001: (v) =>
    v.d('problem') === 'invalid'
      ? `${v.label('field', 'Beloppet')}${v.d('role') ? ` för ${v.d('role')}` : ''} är inte ett belopp: ${q(v.text(v.f.actual), 'sv')}.`
      : `${v.label('field', 'Beloppet')} saknas.`,
  B002: (v) => `${v.label('field', 'Beloppet')} är negativt: ${v.fieldValue(v.f.actual)}.`,
  B003: (v) =>
    `Kommunernas andelar summerar till ${v.amount(v.f.actual)} men budgeten är ${v.amount(v.f.expected)}${v.diff() ? ` (skillnad ${v.diff()})` : ''}.`,
  B004: (v) =>
    v.d('basis') === 'financing'
      ? `Åtgärdernas budgetar summerar till ${v.amount(v.f.actual)} men andelarna i Finansiering summerar till ${v.amount(v.f.expected)} (planen anger ingen total budget).`
      : `Åtgärdernas budgetar summerar till ${v.amount(v.f.actual)} men planens totala budget är ${v.amount(v.f.expected)}${v.diff() ? ` (skillnad ${v.diff()})` : ''}.`,
  B005: (v) =>
    `Kolumnen ${v.d('municipality') || '?'} summerar till ${v.amount(v.f.actual)} men kommunens andel i Finansiering är ${v.amount(v.f.expected)}${v.diff() ? ` (skillnad ${v.diff()})` : ''}.`,
  B006: (v) =>
    `Andelarna i Finansiering summerar till ${v.amount(v.f.actual)} men planens totala budget är ${v.amount(v.f.expected)}${v.diff() ? ` (skillnad ${v.diff()})` : ''}.`,
  B007: (v) =>
    `Andel (%) för ${v.d('municipality') || 'kommunen'} är ${v.percent(v.f.actual)} men andelen av totalen är ${v.percent(v.f.expected)} (mer än 0,05 %-enheter isär).`,
  B008: (v) =>
    `Fördelningen avviker från fördelningsnyckeln med mer än ${v.num(v.n('tolerance') ?? 0.5)} %-enheter för ${v.d('municipalities') || v.d('municipality') || 'någon kommun'}: ${v.d('municipality') || 'en kommun'} bär ${v.percent(v.f.actual)} mot nyckelns ${v.percent(v.f.expected)}.`,
  B009: (v) => `Utfallet ${v.amount(v.f.actual)} överstiger budgeten ${v.amount(v.f.expected)}.`,
  B010: (v) =>
    `${v.label('field', 'Beloppet')} är lagrat som text (${q(v.text(v.f.actual), 'sv')})${typeof v.f.expected === 'number' ? ` och läses som ${v.fieldValue(v.f.expected)}` : ''}. Skriv in det som ett tal.`,
  R001: () => `Ansvarig saknas.`,
  R002: (v) => `Ansvarig ${q(v.text(v.f.actual), 'sv')} finns inte som roll i Roller.`,
  R003: () => `Beslutsfattare saknas.`,
  R004: (v) => `Beslutsfattare ${q(v.text(v.f.actual), 'sv')} finns inte som roll i Roller.`,
  R005: (v) =>
    `Budgeten ${v.amount(v.f.actual)} överstiger beslutsrätten för ${v.d('role') || 'beslutsfattaren'} (${v.amount(v.f.expected)}): delegationen överskrids.`,
  R006: (v) => `Beslutsfattaren ${v.d('role') || v.text(v.f.actual)} har ingen beslutsrätt (Beslutsrätt är tom i Roller).`,
  R007: (v) => `Samma roll (${v.d('role') || v.text(v.f.actual)}) är både Ansvarig och Beslutsfattare: ingen oberoende prövning.`,
  R008: (v) =>
    `${v.label('field', 'Cellen')} anger flera roller (${v.d('roles') || v.text(v.f.actual)}). En åtgärd ska ha en enda ansvarig roll.`,
  R009: (v) =>
    `Rollen ${v.d('role') || '?'} saknar namngiven person (vakant)${v.d('actions') ? ` men används av ${v.d('actions')}` : ''}.`,
  R010: (v) => `Rollen ${v.d('role') || v.text(v.f.actual)} finns redan i Roller${v.d('first') ? ` (${v.d('first')})` : ''}.`,
  P001: (v) => `Åtgärden${v.d('row') ? ` på rad ${v.d('row')}` : ''} saknar ID.`,
  P002: (v) => `ID ${q(v.text(v.f.actual) || v.f.actionId || '', 'sv')} finns redan${v.d('first') ? ` (${v.d('first')})` : ''}. Varje åtgärd ska ha ett unikt ID.`,
  P003: (v) => (v.f.actual === undefined ? `MålID saknas.` : `MålID ${q(v.text(v.f.actual), 'sv')} finns inte i Mål.`),
  P004: (v) =>
    v.d('problem') === 'invalid' || (v.d('problem') === '' && v.f.actual !== undefined)
      ? `${v.label('field', 'Datumet')} är inget giltigt datum: ${q(v.text(v.f.actual), 'sv')}. Ange ÅÅÅÅ-MM-DD.`
      : `${v.label('field', 'Datumet')} saknas.`,
  P005: (v) => `Slut (${v.text(v.f.actual)}) är före Start (${v.text(v.f.expected)}).`,
  P006: (v) =>
    `${v.f.actual === undefined ? 'Status saknas' : `Okänd status ${q(v.text(v.f.actual), 'sv')}`}. Använd Ej påbörjad, Pågår, Klar, Försenad eller Avbruten.`,
  P007: (v) =>
    `Försenad: Slut var ${v.text(v.f.expected)}${v.n('daysLate') !== null ? `, ${v.n('daysLate')} ${v.n('daysLate') === 1 ? 'dag' : 'dagar'} före rapportdatum ${v.text(v.f.actual)}` : ''}, och åtgärden är varken Klar eller Avbruten.`,
  P008: (v) => `Målet ${v.text(v.f.actual)}${v.d('goal') ? ` (${v.d('goal')})` : ''} har ingen åtgärd.`,
  P009: () => `Åtgärden är Klar men saknar Utfall.`,
};

const EN: Readonly<Record<RuleCode, Template>> = {
  S001: (v) => `The sheet or table ${v.object()} is missing. It is required.`,
  S002: (v) =>
    (v.d('object') || v.f.sheet) === 'Plan'
      ? `The sheet or table Plan is missing. It is optional, but without it B006 is skipped, B004 compares with the Finansiering sum, the report date is today (unless given) and the allocation tolerance is 0.5 percentage points.`
      : `The sheet or table ${v.object()} is missing. It is optional, but the checks that need it are skipped${v.d('skipped') ? ` (${v.d('skipped')})` : ''}.`,
  S003: (v) => `Column ${q(v.d('column') || v.text(v.f.expected), 'en')} is missing from ${v.object()}.`,
  S004: (v) =>
    `Column ${q(v.d('header') || v.text(v.f.actual), 'en')} in ${v.object()} maps to the same field as an earlier column${v.d('column') ? ` (${v.d('column')})` : ''}; the first one is used.`,
  S005: (v) =>
    `Municipality ${v.d('municipality') || v.text(v.f.expected)} in Finansiering has no column in ${OBJECT_EN[v.d('object') || 'Åtgärder'] ?? v.d('object')}.`,
  S007: (v) => `${v.label() || 'The cell'} holds the Excel error ${v.text(v.f.actual) || 'value'}. Fix the formula or the value.`,
  B001: (v) =>
    v.d('problem') === 'invalid'
      ? `${v.label('field', 'The amount')}${v.d('role') ? ` of ${v.d('role')}` : ''} is not an amount: ${q(v.text(v.f.actual), 'en')}.`
      : `${v.label('field', 'The amount')} is missing.`,
  B002: (v) => `${v.label('field', 'The amount')} is negative: ${v.fieldValue(v.f.actual)}.`,
  B003: (v) =>
    `The municipalities' shares sum to ${v.amount(v.f.actual)} but the budget is ${v.amount(v.f.expected)}${v.diff() ? ` (difference ${v.diff()})` : ''}.`,
  B004: (v) =>
    v.d('basis') === 'financing'
      ? `The actions' budgets sum to ${v.amount(v.f.actual)} but the shares in Finansiering sum to ${v.amount(v.f.expected)} (the plan states no total budget).`
      : `The actions' budgets sum to ${v.amount(v.f.actual)} but the plan's total budget is ${v.amount(v.f.expected)}${v.diff() ? ` (difference ${v.diff()})` : ''}.`,
  B005: (v) =>
    `Column ${v.d('municipality') || '?'} sums to ${v.amount(v.f.actual)} but the municipality's share in Finansiering is ${v.amount(v.f.expected)}${v.diff() ? ` (difference ${v.diff()})` : ''}.`,
  B006: (v) =>
    `The shares in Finansiering sum to ${v.amount(v.f.actual)} but the plan's total budget is ${v.amount(v.f.expected)}${v.diff() ? ` (difference ${v.diff()})` : ''}.`,
  B007: (v) =>
    `Share % of ${v.d('municipality') || 'the municipality'} is ${v.percent(v.f.actual)} but its share of the total is ${v.percent(v.f.expected)} (more than 0.05 percentage points apart).`,
  B008: (v) =>
    `The split departs from the allocation key by more than ${v.num(v.n('tolerance') ?? 0.5)} percentage points for ${v.d('municipalities') || v.d('municipality') || 'a municipality'}: ${v.d('municipality') || 'one'} carries ${v.percent(v.f.actual)} against the key's ${v.percent(v.f.expected)}.`,
  B009: (v) => `Spent ${v.amount(v.f.actual)} exceeds the budget of ${v.amount(v.f.expected)}.`,
  B010: (v) =>
    `${v.label('field', 'The amount')} is stored as text (${q(v.text(v.f.actual), 'en')})${typeof v.f.expected === 'number' ? ` and is read as ${v.fieldValue(v.f.expected)}` : ''}. Enter it as a number.`,
  R001: () => `Responsible is empty.`,
  R002: (v) => `Responsible ${q(v.text(v.f.actual), 'en')} is not a role in Roller.`,
  R003: () => `Decision maker is empty.`,
  R004: (v) => `Decision maker ${q(v.text(v.f.actual), 'en')} is not a role in Roller.`,
  R005: (v) =>
    `The budget of ${v.amount(v.f.actual)} exceeds the decision limit of ${v.d('role') || 'the decision maker'} (${v.amount(v.f.expected)}): delegation exceeded.`,
  R006: (v) => `Decision maker ${v.d('role') || v.text(v.f.actual)} has no decision authority (Beslutsrätt is blank in Roller).`,
  R007: (v) => `The same role (${v.d('role') || v.text(v.f.actual)}) is both Responsible and Decision maker: no independent approval.`,
  R008: (v) => `${v.label('field', 'The cell')} names several roles (${v.d('roles') || v.text(v.f.actual)}). One action, one accountable role.`,
  R009: (v) => `Role ${v.d('role') || '?'} has no named person (vacant)${v.d('actions') ? ` but is used by ${v.d('actions')}` : ''}.`,
  R010: (v) => `Role ${v.d('role') || v.text(v.f.actual)} is already listed in Roller${v.d('first') ? ` (${v.d('first')})` : ''}.`,
  P001: (v) => `The action${v.d('row') ? ` on row ${v.d('row')}` : ''} has no ID.`,
  P002: (v) => `ID ${q(v.text(v.f.actual) || v.f.actionId || '', 'en')} is already used${v.d('first') ? ` (${v.d('first')})` : ''}. Each action needs a unique ID.`,
  P003: (v) => (v.f.actual === undefined ? `GoalID is empty.` : `GoalID ${q(v.text(v.f.actual), 'en')} is not in Mål.`),
  P004: (v) =>
    v.d('problem') === 'invalid' || (v.d('problem') === '' && v.f.actual !== undefined)
      ? `${v.label('field', 'The date')} is not a valid date: ${q(v.text(v.f.actual), 'en')}. Use YYYY-MM-DD.`
      : `${v.label('field', 'The date')} is missing.`,
  P005: (v) => `End (${v.text(v.f.actual)}) is before Start (${v.text(v.f.expected)}).`,
  P006: (v) =>
    `${v.f.actual === undefined ? 'Status is empty' : `Unknown status ${q(v.text(v.f.actual), 'en')}`}. Use Ej påbörjad, Pågår, Klar, Försenad or Avbruten (or Not started, In progress, Done, Delayed, Cancelled).`,
  P007: (v) =>
    `Overdue: the end date was ${v.text(v.f.expected)}${v.n('daysLate') !== null ? `, ${v.n('daysLate')} ${v.n('daysLate') === 1 ? 'day' : 'days'} before the report date ${v.text(v.f.actual)}` : ''}, and the action is neither Done nor Cancelled.`,
  P008: (v) => `Goal ${v.text(v.f.actual)}${v.d('goal') ? ` (${v.d('goal')})` : ''} has no action.`,
  P009: () => `The action is Done but has no spent amount (Utfall).`,
};

/** The finding's message in `lang`, prefixed by its action (`Åtgärd A3: …` / `Action A3: …`). */
export function renderMessage(raw: RawFinding, lang: Lang = 'sv'): string {
  const templates = lang === 'en' ? EN : SV;
  const template = templates[raw.code] as Template | undefined;
  const text = template !== undefined ? template(new View(raw, lang)) : `${raw.code}`;
  if (raw.actionId === undefined || raw.actionId === '') return text;
  return `${lang === 'en' ? 'Action' : 'Åtgärd'} ${raw.actionId}: ${text}`;
}
