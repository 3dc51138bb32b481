/** The words of the summary sheet and text report, in Swedish and English. */
import type { Lang } from '../finding';
import { countOf } from '../numbers';
import type { ActionChangeLine, Light, SummaryStatus, Trend } from './types';

export interface SummaryLabels {
  readonly untitledPlan: string;
  readonly reportDate: string;
  readonly generatedAt: string;
  readonly decision: string;
  readonly validation: string;
  readonly seal: string;
  readonly totals: string;
  readonly budget: string;
  readonly spent: string;
  readonly remaining: string;
  readonly percentSpent: string;
  readonly actions: string;
  readonly done: string;
  readonly overdue: string;
  readonly byMunicipality: string;
  readonly municipality: string;
  readonly byGoal: string;
  readonly goalId: string;
  readonly goal: string;
  readonly light: string;
  readonly noGoal: string;
  readonly byStatus: string;
  readonly status: string;
  readonly count: string;
  readonly overdueList: string;
  readonly noOverdue: string;
  readonly id: string;
  readonly action: string;
  readonly responsible: string;
  readonly end: string;
  readonly daysLate: string;
  readonly history: string;
  readonly period: string;
  readonly forecast: string;
  readonly date: string;
  readonly deviation: string;
  readonly trend: string;
  /** A trend as word and arrow (`↑ Bättre`): never colour alone. */
  readonly trends: Readonly<Record<Trend, string>>;
  /** No trend: the goal had no action at the previous follow-up, or there is none. */
  readonly noTrend: string;
  readonly sincePrevious: string;
  readonly previousFollowUp: string;
  readonly noPrevious: string;
  readonly spentBefore: string;
  readonly spentNow: string;
  readonly change: string;
  readonly lightBefore: string;
  readonly lightNow: string;
  readonly actionChanges: string;
  readonly noActionChanges: string;
  readonly changeKind: string;
  readonly from: string;
  readonly to: string;
  readonly changeKinds: Readonly<Record<ActionChangeLine['kind'], string>>;
  readonly statuses: Readonly<Record<SummaryStatus, string>>;
  readonly lights: Readonly<Record<Light, string>>;
  readonly validationText: (error: number, warning: number, info: number) => string;
  /** `Sida 1 av 3`, with the page and count given (Excel's `&P` and `&N` in a printed footer). */
  readonly pageOf: (page: string, pages: string) => string;
}

const SV: SummaryLabels = {
  untitledPlan: '(namnlös plan)',
  reportDate: 'Rapportdatum',
  generatedAt: 'Skapad',
  decision: 'Beslut',
  validation: 'Validering',
  seal: 'Försegling',
  totals: 'Totalt',
  budget: 'Budget',
  spent: 'Utfall',
  remaining: 'Kvar',
  percentSpent: 'Förbrukat',
  actions: 'Åtgärder',
  done: 'Klara',
  overdue: 'Passerat slutdatum',
  byMunicipality: 'Per kommun',
  municipality: 'Kommun',
  byGoal: 'Per mål',
  goalId: 'MålID',
  goal: 'Mål',
  light: 'Läge',
  noGoal: '(utan mål)',
  byStatus: 'Per status',
  status: 'Status',
  count: 'Antal',
  overdueList: 'Åtgärder som passerat slutdatum',
  noOverdue: 'Inga åtgärder har passerat slutdatum.',
  id: 'ID',
  action: 'Åtgärd',
  responsible: 'Ansvarig',
  end: 'Slut',
  daysLate: 'Dagar försenad',
  history: 'Uppföljningar',
  period: 'Period',
  forecast: 'Prognos',
  date: 'Datum',
  deviation: 'Avvikelse',
  trend: 'Trend',
  trends: { better: '↑ Bättre', same: '→ Oförändrad', worse: '↓ Sämre' },
  noTrend: '–',
  sincePrevious: 'Sedan förra uppföljningen',
  previousFollowUp: 'Förra uppföljningen',
  noPrevious: 'Bladet Uppföljning har ingen uppföljning före rapportdatum.',
  spentBefore: 'Utfall då',
  spentNow: 'Utfall nu',
  change: 'Förändring',
  lightBefore: 'Läge då',
  lightNow: 'Läge nu',
  actionChanges: 'Förändrade åtgärder',
  noActionChanges: 'Inga åtgärder har ändrat status, passerat slutdatum, tillkommit eller tagits bort.',
  changeKind: 'Förändring',
  from: 'Från',
  to: 'Till',
  changeKinds: { status: 'Ny status', newlyOverdue: 'Har passerat slutdatum', added: 'Tillagd', removed: 'Borttagen' },
  statuses: {
    notStarted: 'Ej påbörjad',
    inProgress: 'Pågår',
    done: 'Klar',
    delayed: 'Försenad',
    cancelled: 'Avbruten',
    unknown: 'Okänd',
  },
  lights: { green: 'Grön', amber: 'Gul', red: 'Röd' },
  pageOf: (page, pages) => `Sida ${page} av ${pages}`,
  validationText: (e, w, i) =>
    `${countOf(e, 'sv', { one: 'fel', other: 'fel' })}, ${countOf(w, 'sv', { one: 'varning', other: 'varningar' })}` +
    (i > 0 ? `, ${countOf(i, 'sv', { one: 'upplysning', other: 'upplysningar' })}` : ''),
};

const EN: SummaryLabels = {
  untitledPlan: '(untitled plan)',
  reportDate: 'Report date',
  generatedAt: 'Generated',
  decision: 'Decision',
  validation: 'Validation',
  seal: 'Seal',
  totals: 'Totals',
  budget: 'Budget',
  spent: 'Spent',
  remaining: 'Remaining',
  percentSpent: 'Spent (%)',
  actions: 'Actions',
  done: 'Done',
  overdue: 'Past end date',
  byMunicipality: 'By municipality',
  municipality: 'Municipality',
  byGoal: 'By goal',
  goalId: 'GoalID',
  goal: 'Goal',
  light: 'Light',
  noGoal: '(no goal)',
  byStatus: 'By status',
  status: 'Status',
  count: 'Count',
  overdueList: 'Actions past their end date',
  noOverdue: 'No action is past its end date.',
  id: 'ID',
  action: 'Action',
  responsible: 'Responsible',
  end: 'End',
  daysLate: 'Days late',
  history: 'Follow-ups',
  period: 'Period',
  forecast: 'Forecast',
  date: 'Date',
  deviation: 'Deviation',
  trend: 'Trend',
  trends: { better: '↑ Better', same: '→ Same', worse: '↓ Worse' },
  noTrend: '–',
  sincePrevious: 'Since the previous follow-up',
  previousFollowUp: 'Previous follow-up',
  noPrevious: 'The Uppföljning sheet has no follow-up before the report date.',
  spentBefore: 'Spent then',
  spentNow: 'Spent now',
  change: 'Change',
  lightBefore: 'Light then',
  lightNow: 'Light now',
  actionChanges: 'Changed actions',
  noActionChanges: 'No action changed status, passed its end date, was added or removed.',
  changeKind: 'Change',
  from: 'From',
  to: 'To',
  changeKinds: { status: 'New status', newlyOverdue: 'Past its end date', added: 'Added', removed: 'Removed' },
  statuses: {
    notStarted: 'Not started',
    inProgress: 'In progress',
    done: 'Done',
    delayed: 'Delayed',
    cancelled: 'Cancelled',
    unknown: 'Unknown',
  },
  lights: { green: 'Green', amber: 'Amber', red: 'Red' },
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  validationText: (e, w, i) =>
    `${countOf(e, 'en', { one: 'error', other: 'errors' })}, ${countOf(w, 'en', { one: 'warning', other: 'warnings' })}` +
    (i > 0 ? `, ${countOf(i, 'en', { one: 'info', other: 'info' })}` : ''),
};

export function summaryLabels(lang: Lang = 'sv'): SummaryLabels {
  return lang === 'en' ? EN : SV;
}
