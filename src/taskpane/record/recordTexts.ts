/** *Spara uppföljning*'s words, in Swedish and English. */
import type { Lang } from '../../domain/finding';

export interface RecordTexts {
  readonly heading: string;
  readonly help: string;
  readonly periodLabel: string;
  readonly periodFromPlan: string;
  readonly periodHint: string;
  readonly save: string;
  readonly saving: string;
  readonly notValidated: string;
  readonly hasErrors: (errors: number) => string;
  readonly needsPeriod: string;
  readonly refusedErrors: (errors: number) => string;
  readonly noActions: string;
  readonly saved: (period: string, date: string, rows: number, sheet: string) => string;
  readonly replaced: (rows: number) => string;
  readonly confirmTitle: string;
  readonly confirmBody: (period: string, rows: number, date: string | null) => string;
  readonly replace: string;
  readonly cancel: string;
  readonly errorTitle: string;
  readonly dismiss: string;
}

const sv: RecordTexts = {
  heading: 'Spara uppföljning',
  help: 'Sparar varje åtgärds utfall, prognos, status och kommentar just nu på bladet Uppföljning, med perioden och rapportdatumet. Nästa uppföljning jämförs med den. Inget annat i arbetsboken ändras.',
  periodLabel: 'Uppföljningsperiod',
  periodFromPlan: 'Hämtad från Uppföljningsperiod på bladet Plan.',
  periodHint: 'Till exempel Tertial 2 eller Helår 2011.',
  save: 'Spara uppföljning',
  saving: 'Sparar uppföljningen…',
  notValidated: 'Validera arbetsboken först.',
  hasErrors: (n) => `Arbetsboken har ${n} fel. Rätta dem och validera igen innan uppföljningen sparas.`,
  needsPeriod: 'Skriv uppföljningens namn.',
  refusedErrors: (n) => `Arbetsboken har ${n} fel nu, så uppföljningen sparades inte. Validera igen och rätta felen.`,
  noActions: 'Arbetsboken har inga åtgärder att spara.',
  saved: (period, date, rows, sheet) => `Uppföljningen ${period} (${date}) är sparad: ${rows} ${rows === 1 ? 'åtgärd' : 'åtgärder'} på bladet ${sheet}.`,
  replaced: (rows) => `${rows === 1 ? 'Den tidigare raden' : `De ${rows} tidigare raderna`} för perioden ersattes.`,
  confirmTitle: 'Ersätta en sparad uppföljning?',
  confirmBody: (period, rows, date) =>
    `${period} är redan sparad (${rows} ${rows === 1 ? 'rad' : 'rader'}${date === null ? '' : `, ${date}`}). Om du ersätter den skrivs just de raderna om med dagens värden; andra perioder och resten av arbetsboken ändras inte.`,
  replace: 'Ersätt',
  cancel: 'Avbryt',
  errorTitle: 'Uppföljningen sparades inte',
  dismiss: 'Stäng',
};

const en: RecordTexts = {
  heading: 'Save follow-up',
  help: "Saves each action's spent, forecast, status and comment as they are now on the Uppföljning sheet, with the period and the report date. The next follow-up is compared with it. Nothing else in the workbook changes.",
  periodLabel: 'Follow-up period',
  periodFromPlan: "From the Plan's Uppföljningsperiod.",
  periodHint: 'For example Tertial 2 or Helår 2011.',
  save: 'Save follow-up',
  saving: 'Saving the follow-up…',
  notValidated: 'Validate the workbook first.',
  hasErrors: (n) => `The workbook has ${n} error${n === 1 ? '' : 's'}. Fix them and validate again before saving the follow-up.`,
  needsPeriod: 'Name the follow-up.',
  refusedErrors: (n) => `The workbook now has ${n} error${n === 1 ? '' : 's'}, so the follow-up was not saved. Validate again and fix them.`,
  noActions: 'The workbook has no actions to save.',
  saved: (period, date, rows, sheet) => `Follow-up ${period} (${date}) saved: ${rows} action${rows === 1 ? '' : 's'} on the sheet ${sheet}.`,
  replaced: (rows) => `The period's ${rows} earlier row${rows === 1 ? ' was' : 's were'} replaced.`,
  confirmTitle: 'Replace a saved follow-up?',
  confirmBody: (period, rows, date) =>
    `${period} is already saved (${rows} row${rows === 1 ? '' : 's'}${date === null ? '' : `, ${date}`}). Replacing it rewrites just those rows with today's values; other periods and the rest of the workbook do not change.`,
  replace: 'Replace',
  cancel: 'Cancel',
  errorTitle: 'The follow-up was not saved',
  dismiss: 'Close',
};

export function recordTexts(lang: Lang): RecordTexts {
  return lang === 'sv' ? sv : en;
}
