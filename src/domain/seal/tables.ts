/** The tables the seal covers, with the names people see. */
import type { Lang } from '../finding';
import type { SealTableId } from './rows';

/** The five tables a version-1 record covers. */
export const SEAL_TABLES = ['plan', 'financing', 'goals', 'roles', 'actions'] as const;
export type SealTable = (typeof SEAL_TABLES)[number];

const NAMES: Readonly<Record<SealTableId, Readonly<Record<Lang, string>>>> = {
  plan: { sv: 'Plan', en: 'Plan' },
  financing: { sv: 'Finansiering', en: 'Financing' },
  goals: { sv: 'Mål', en: 'Goals' },
  roles: { sv: 'Roller', en: 'Roles' },
  actions: { sv: 'Åtgärder', en: 'Actions' },
  followUps: { sv: 'Uppföljning', en: 'Follow-up' },
};

export function tableName(table: SealTableId, lang: Lang): string {
  return NAMES[table][lang];
}
