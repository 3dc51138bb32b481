/** The words of the meeting handout (SPEC §8) beyond the summary's own, in Swedish and English. */
import type { Lang } from '../finding';
import type { DeviationReason } from './deviations';

export interface HandoutLabels {
  readonly kind: string;
  readonly period: string;
  readonly decidedBy: string;
  readonly forecast: string;
  readonly deviation: string;
  readonly deviationNote: string;
  readonly charts: string;
  readonly sincePrevious: string;
  readonly previous: (period: string, date: string) => string;
  readonly noPrevious: string;
  readonly spentBefore: string;
  readonly spentNow: string;
  readonly change: string;
  readonly trend: string;
  /** `var` in `Sämre (var grön)`. */
  readonly was: string;
  readonly statusChanges: string;
  readonly from: string;
  readonly to: string;
  readonly newlyOverdue: string;
  readonly added: string;
  readonly removed: string;
  readonly none: string;
  readonly deviations: string;
  readonly deviationsIntro: string;
  readonly noDeviations: string;
  readonly reason: string;
  readonly comment: string;
  readonly noComment: string;
  readonly reasons: Readonly<Record<DeviationReason, string>>;
  readonly trends: Readonly<Record<'better' | 'same' | 'worse', string>>;
  readonly page: (page: number, pages: number) => string;
}

const SV: HandoutLabels = {
  kind: 'Mötesunderlag – uppföljning av handlingsplan',
  period: 'Period',
  decidedBy: 'Beslut',
  forecast: 'Prognos',
  deviation: 'Avvikelse',
  deviationNote: 'Avvikelse = budget − prognos; negativ avvikelse betyder väntad överskridning.',
  charts: 'Diagram',
  sincePrevious: 'Sedan föregående uppföljning',
  previous: (period, date) => `Jämfört med ${period} (${date}).`,
  noPrevious: 'Ingen tidigare uppföljning finns i arbetsboken.',
  spentBefore: 'Utfall då',
  spentNow: 'Utfall nu',
  change: 'Förändring',
  trend: 'Trend',
  was: 'var',
  statusChanges: 'Ändrad status',
  from: 'Från',
  to: 'Till',
  newlyOverdue: 'Nya åtgärder som passerat slutdatum',
  added: 'Tillkomna åtgärder',
  removed: 'Borttagna åtgärder',
  none: 'Inga.',
  deviations: 'Avvikelser och kommentarer',
  deviationsIntro: 'Åtgärder som passerat slutdatum, är försenade eller har utfall eller prognos över budget, med controllerns kommentar.',
  noDeviations: 'Inga avvikelser.',
  reason: 'Avvikelse',
  comment: 'Kommentar',
  noComment: 'Kommentar saknas',
  reasons: { overdue: 'Passerat slutdatum', delayed: 'Försenad', overspent: 'Utfall över budget', forecast: 'Prognos över budget' },
  trends: { better: 'Bättre', same: 'Oförändrad', worse: 'Sämre' },
  page: (page, pages) => `Sida ${page} av ${pages}`,
};

const EN: HandoutLabels = {
  kind: 'Meeting papers – action plan follow-up',
  period: 'Period',
  decidedBy: 'Decision',
  forecast: 'Forecast',
  deviation: 'Deviation',
  deviationNote: 'Deviation = budget − forecast; a negative deviation is an expected overrun.',
  charts: 'Charts',
  sincePrevious: 'Since the previous follow-up',
  previous: (period, date) => `Compared with ${period} (${date}).`,
  noPrevious: 'The workbook has no earlier follow-up.',
  spentBefore: 'Spent then',
  spentNow: 'Spent now',
  change: 'Change',
  trend: 'Trend',
  was: 'was',
  statusChanges: 'Status changes',
  from: 'From',
  to: 'To',
  newlyOverdue: 'Newly past their end date',
  added: 'Added actions',
  removed: 'Removed actions',
  none: 'None.',
  deviations: 'Deviations and comments',
  deviationsIntro: 'Actions past their end date, delayed, or with spent or forecast over budget, with the controller’s comment.',
  noDeviations: 'No deviations.',
  reason: 'Deviation',
  comment: 'Comment',
  noComment: 'No comment given',
  reasons: { overdue: 'Past end date', delayed: 'Delayed', overspent: 'Spent over budget', forecast: 'Forecast over budget' },
  trends: { better: 'Better', same: 'Same', worse: 'Worse' },
  page: (page, pages) => `Page ${page} of ${pages}`,
};

export function handoutLabels(lang: Lang = 'sv'): HandoutLabels {
  return lang === 'en' ? EN : SV;
}
