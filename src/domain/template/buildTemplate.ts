/**
 * "Ny handlingsplan": the five sheets and Excel tables of SPEC §1 and the Uppföljning of §7 (empty until the
 * first follow-up is recorded), Swedish headers, formats and lists.
 *
 * Municipality columns default to Mora, Orsa and Älvdalen — the partners of the joint IS/IT plan the
 * product was made for; another group of municipalities passes its own names (CLI `--kommuner`), and a
 * controller can rename them later as long as Finansiering's `Kommun` and the Åtgärder headers agree
 * (S005 says when they do not).
 */
import { COLUMNS, DEFAULT_TOLERANCE_PP, PLAN_PROPERTIES, SHEET_NAME, TABLE_NAME } from '../names';
import type { Lang } from '../finding';
import type { ObjectKind } from '../names';
import { ACTION_ID_LIST, DECISION_MAKER_LIST, GOAL_LIST, RESPONSIBLE_LIST, STATUS_LIST } from './validations';
import type { ColumnFormat, ListValidation, PlanTemplate, TemplateCell, TemplateColumn, TemplateTable } from './types';

export const DEFAULT_MUNICIPALITIES: readonly string[] = ['Mora', 'Orsa', 'Älvdalen'];

export interface TemplateOptions {
  /** Municipalities that share the cost, in Finansiering's order. */
  readonly municipalities?: readonly string[];
  /** Data rows per table (e.g. a filled-in plan); by default the template's own rows. */
  readonly rows?: Partial<Readonly<Record<ObjectKind, readonly (readonly TemplateCell[])[]>>>;
}

const OPTION_PROBLEMS = {
  sv: {
    none: 'minst en kommun behövs',
    empty: 'ett kommunnamn är tomt',
    column: (name: string) => `kommunen "${name}" har samma namn som en kolumn i Åtgärder`,
    twice: (name: string) => `kommunen "${name}" finns två gånger`,
    character: (name: string) => `kommunen "${name}" innehåller ett tecken som inte får stå i en tabellrubrik ([ ] # ' @)`,
  },
  en: {
    none: 'at least one municipality is needed',
    empty: 'a municipality name is empty',
    column: (name: string) => `municipality "${name}" has the name of an Åtgärder column`,
    twice: (name: string) => `municipality "${name}" is named twice`,
    character: (name: string) => `municipality "${name}" contains a character not allowed in a table header ([ ] # ' @)`,
  },
} as const;

/** Problems with the options, as one line each in `lang` (empty when fine). */
export function templateOptionProblems(options: TemplateOptions, lang: Lang = 'en'): string[] {
  const words = OPTION_PROBLEMS[lang];
  const names = options.municipalities ?? DEFAULT_MUNICIPALITIES;
  const problems: string[] = [];
  if (names.length === 0) problems.push(words.none);
  const fixed = new Set(COLUMNS.actions.map((c) => c.header.toLowerCase()));
  const seen = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    if (name === '') problems.push(words.empty);
    else if (fixed.has(name.toLowerCase())) problems.push(words.column(name));
    else if (seen.has(name.toLowerCase())) problems.push(words.twice(name));
    else if (/[[\]#'@]/.test(name)) problems.push(words.character(name));
    seen.add(name.toLowerCase());
  }
  return problems;
}

const header = (kind: ObjectKind, field: string): string => {
  const spec = COLUMNS[kind].find((c) => c.field === field);
  if (!spec) throw new Error(`no column ${kind}.${field}`); // a bug in this module, not bad input
  return spec.header;
};

function column(kind: ObjectKind, field: string, format: ColumnFormat, width: number, validation?: TemplateColumn['validation']): TemplateColumn {
  return validation ? { header: header(kind, field), format, width, validation } : { header: header(kind, field), format, width };
}

const PLAN_VALUE_FORMAT: Readonly<Record<string, ColumnFormat>> = {
  name: 'text',
  decisionDate: 'date',
  decidedBy: 'text',
  totalBudget: 'amount',
  reportDate: 'date',
  tolerance: 'decimal',
  followUpPeriod: 'text',
};

function planTable(rows?: readonly (readonly TemplateCell[])[]): TemplateTable {
  const data = rows ?? PLAN_PROPERTIES.map((p): TemplateCell[] => [p.header, p.field === 'tolerance' ? DEFAULT_TOLERANCE_PP : null]);
  return {
    sheet: SHEET_NAME.plan,
    table: TABLE_NAME.plan,
    columns: [column('plan', 'key', 'text', 32), column('plan', 'value', 'general', 44)],
    rows: data,
    cellFormats: data.flatMap((row, i) => {
      const key = typeof row[0] === 'string' ? row[0] : '';
      const spec = PLAN_PROPERTIES.find((p) => p.header === key);
      return spec ? [{ row: i, col: 1, format: PLAN_VALUE_FORMAT[spec.field] }] : [];
    }),
  };
}

function financingTable(municipalities: readonly string[], rows?: readonly (readonly TemplateCell[])[]): TemplateTable {
  return {
    sheet: SHEET_NAME.financing,
    table: TABLE_NAME.financing,
    columns: [column('financing', 'municipality', 'text', 16), column('financing', 'share', 'amount', 16), column('financing', 'percent', 'percent', 11)],
    rows: rows ?? municipalities.map((m) => [m, null, null]),
  };
}

function goalsTable(rows?: readonly (readonly TemplateCell[])[]): TemplateTable {
  return {
    sheet: SHEET_NAME.goals,
    table: TABLE_NAME.goals,
    columns: [column('goals', 'id', 'text', 8), column('goals', 'name', 'text', 80)],
    rows: rows ?? [[null, null]],
  };
}

function rolesTable(rows?: readonly (readonly TemplateCell[])[]): TemplateTable {
  return {
    sheet: SHEET_NAME.roles,
    table: TABLE_NAME.roles,
    columns: [
      column('roles', 'role', 'text', 34),
      column('roles', 'name', 'text', 22),
      column('roles', 'organisation', 'text', 30),
      // A number, or the word `obegränsad` (text keeps its own `@` format when written).
      column('roles', 'limit', 'amount', 17),
    ],
    rows: rows ?? [[null, null, null, null]],
  };
}

/** Åtgärder's columns: the fixed ones of SPEC §1 with one amount column per municipality after Budget. */
export function actionColumns(municipalities: readonly string[]): TemplateColumn[] {
  return [
    column('actions', 'id', 'text', 7),
    column('actions', 'name', 'text', 50),
    column('actions', 'goalId', 'text', 9, GOAL_LIST),
    column('actions', 'responsible', 'text', 28, RESPONSIBLE_LIST),
    column('actions', 'decisionMaker', 'text', 28, DECISION_MAKER_LIST),
    column('actions', 'start', 'date', 12),
    column('actions', 'end', 'date', 12),
    column('actions', 'status', 'text', 13, STATUS_LIST),
    column('actions', 'budget', 'amount', 14),
    ...municipalities.map((m): TemplateColumn => ({ header: m.trim(), format: 'amount', width: Math.max(12, m.length + 2) })),
    column('actions', 'spent', 'amount', 14),
    column('actions', 'forecast', 'amount', 14),
    column('actions', 'comment', 'text', 40),
  ];
}

function actionsTable(municipalities: readonly string[], rows?: readonly (readonly TemplateCell[])[]): TemplateTable {
  const columns = actionColumns(municipalities);
  return {
    sheet: SHEET_NAME.actions,
    table: TABLE_NAME.actions,
    columns,
    rows: rows ?? [columns.map(() => null)],
  };
}

/**
 * Uppföljning (SPEC §7): one row per action per follow-up, written by Spara uppföljning / `plankoll record`.
 * The ID list offers Åtgärder's IDs (a warning, not a stop: history may name an action since removed, U003);
 * `idList` null leaves the list out (when Åtgärder is no Excel table to point at).
 */
export function followUpTable(rows?: readonly (readonly TemplateCell[])[], idList: ListValidation | null = ACTION_ID_LIST): TemplateTable {
  return {
    sheet: SHEET_NAME.followUp,
    table: TABLE_NAME.followUp,
    columns: [
      column('followUp', 'period', 'text', 16),
      column('followUp', 'date', 'date', 12),
      column('followUp', 'id', 'text', 7, idList ?? undefined),
      column('followUp', 'spent', 'amount', 14),
      column('followUp', 'forecast', 'amount', 14),
      column('followUp', 'status', 'text', 13, STATUS_LIST),
      column('followUp', 'comment', 'text', 50),
    ],
    rows: rows ?? [[null, null, null, null, null, null, null]],
  };
}

/** Pads or cuts every row to the table's width; an empty table gets one blank row. */
function normalizeRows(t: TemplateTable): TemplateTable {
  const width = t.columns.length;
  const rows = t.rows.length > 0 ? t.rows : [[]];
  return { ...t, rows: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)) };
}

/** The template, or with `options.rows` a filled-in plan in the template's shape. */
export function buildTemplate(options: TemplateOptions = {}): PlanTemplate {
  const municipalities = (options.municipalities ?? DEFAULT_MUNICIPALITIES).map((m) => m.trim());
  const rows = options.rows ?? {};
  return {
    tables: [
      planTable(rows.plan),
      financingTable(municipalities, rows.financing),
      goalsTable(rows.goals),
      rolesTable(rows.roles),
      actionsTable(municipalities, rows.actions),
      followUpTable(rows.followUp),
    ].map(normalizeRows),
    tableStyle: 'TableStyleMedium2',
    frozenRows: 1,
  };
}
