/** The words of the charts, in Swedish and English. */
import type { Lang } from '../finding';

export interface ChartLabels {
  readonly municipalityTitle: string;
  readonly statusTitle: string;
  readonly goalTitle: string;
  readonly historyTitle: string;
  readonly municipality: string;
  readonly status: string;
  readonly goal: string;
  readonly followUp: string;
  readonly kronor: string;
  readonly actions: string;
  readonly budget: string;
  readonly spent: string;
  readonly forecast: string;
}

const SV: ChartLabels = {
  municipalityTitle: 'Budget och utfall per kommun',
  statusTitle: 'Åtgärder per status',
  goalTitle: 'Budget per mål',
  historyTitle: 'Budget, utfall och prognos per uppföljning',
  municipality: 'Kommun',
  status: 'Status',
  goal: 'Mål',
  followUp: 'Uppföljning',
  kronor: 'Kronor',
  actions: 'Antal åtgärder',
  budget: 'Budget',
  spent: 'Utfall',
  forecast: 'Prognos',
};

const EN: ChartLabels = {
  municipalityTitle: 'Budget and spent per municipality',
  statusTitle: 'Actions per status',
  goalTitle: 'Budget per goal',
  historyTitle: 'Budget, spent and forecast per follow-up',
  municipality: 'Municipality',
  status: 'Status',
  goal: 'Goal',
  followUp: 'Follow-up',
  kronor: 'Kronor',
  actions: 'Actions',
  budget: 'Budget',
  spent: 'Spent',
  forecast: 'Forecast',
};

export function chartLabels(lang: Lang = 'sv'): ChartLabels {
  return lang === 'en' ? EN : SV;
}
