/** The five tables the seal covers, with the names people see. */
import type { Lang } from '../finding';

export const SEAL_TABLES = ['plan', 'financing', 'goals', 'roles', 'actions'] as const;
export type SealTable = (typeof SEAL_TABLES)[number];

const NAMES: Readonly<Record<SealTable, Readonly<Record<Lang, string>>>> = {
  plan: { sv: 'Plan', en: 'Plan' },
  financing: { sv: 'Finansiering', en: 'Financing' },
  goals: { sv: 'Mål', en: 'Goals' },
  roles: { sv: 'Roller', en: 'Roles' },
  actions: { sv: 'Åtgärder', en: 'Actions' },
};

export function tableName(table: SealTable, lang: Lang): string {
  return NAMES[table][lang];
}

/** The table key for a Swedish (or English) table name as `SealCheck.tables` lists them. */
export function tableOfName(name: string): SealTable | null {
  for (const t of SEAL_TABLES) if (NAMES[t].sv === name || NAMES[t].en === name) return t;
  return null;
}
