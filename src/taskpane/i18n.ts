/** Task pane text in Swedish and English. Identifiers are English; what users read is here. */
import type { Lang, Severity } from '../domain/finding';
import { FINDINGS_PER_CODE } from '../domain/validate';
import type { RuleFamily } from './findings/group';
import type { PaneTab } from './App';
import { countOf, formatNumber } from '../domain/numbers';
import type { PluralForms } from '../domain/numbers';

/** `1 047 575` (no-break spaces) / `1,047,575`. */
const groupSv = (n: number): string => formatNumber(n, 'sv');
const groupEn = (n: number): string => formatNumber(n, 'en');
const FEL = { one: 'fel', other: 'fel' };
const VARNING = { one: 'varning', other: 'varningar' };
const TRAFF = { one: 'träff', other: 'träffar' };
const AVVIKELSE = { one: 'avvikelse', other: 'avvikelser' };
const ERROR = { one: 'error', other: 'errors' };
const WARNING = { one: 'warning', other: 'warnings' };
const MATCH = { one: 'match', other: 'matches' };
const FINDING = { one: 'finding', other: 'findings' };

export interface Strings {
  readonly lang: Lang;
  /** The severities' words after a count (`1 varning`, `3 000 varningar`). */
  readonly countWords: Readonly<Record<Severity, PluralForms>>;
  readonly appTitle: string;
  readonly tabs: Readonly<Record<PaneTab, string>>;
  readonly validate: string;
  readonly validating: string;
  readonly notValidated: string;
  readonly counts: (error: number, warning: number, info: number) => string;
  readonly noFindings: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly severityPlural: Readonly<Record<Severity, string>>;
  readonly family: Readonly<Record<RuleFamily, string>>;
  readonly filterLabel: string;
  readonly filterPlaceholder: string;
  readonly showSeverity: string;
  /** How many are listed, of how many that pass the filter, of how many in all. */
  readonly shownOf: (shown: number, matching: number, total: number) => string;
  /** A severity or family with its count (`Varningar (3 000)`). */
  readonly withCount: (label: string, n: number) => string;
  readonly collapse: (group: string) => string;
  readonly noneMatch: string;
  readonly showMore: (n: number) => string;
  readonly reportDate: (iso: string) => string;
  /** The per-code cap (SPEC §2): `total` findings of `codes` (`P003 1 047 575, P006 12`) are not listed. */
  readonly omitted: (total: number, codes: string) => string;
  readonly findingsHeading: string;
  readonly expected: string;
  readonly actual: string;
  readonly action: string;
  readonly goToCell: (address: string) => string;
  /** Marks the finding chosen last. */
  readonly currentFinding: string;
  readonly noSheetToGoTo: (sheet: string) => string;
  readonly highlight: string;
  readonly exportGroup: string;
  readonly copyFindings: string;
  readonly writeFindings: string;
  readonly findingsCopied: (n: number) => string;
  readonly findingsWritten: (n: number, sheet: string) => string;
  readonly summaryHeading: string;
  readonly createSummary: string;
  readonly creatingSummary: string;
  readonly summaryWritten: (sheet: string) => string;
  readonly dismiss: string;
  readonly outsideTitle: string;
  readonly outsideBody: string;
  readonly outsideDemo: string;
  readonly starting: string;
  readonly notStarted: string;
}

const sv: Strings = {
  lang: 'sv',
  countWords: { error: FEL, warning: VARNING, info: { one: 'info', other: 'info' } },
  appTitle: 'Plankoll',
  tabs: { findings: 'Avvikelser', summary: 'Sammanfattning och uppföljning', seal: 'Försegling' },
  validate: 'Validera',
  validating: 'Validerar arbetsboken…',
  notValidated: 'Arbetsboken är inte validerad ännu. Välj Validera.',
  counts: (e, w, i) => `${countOf(e, 'sv', FEL)}, ${countOf(w, 'sv', VARNING)}, ${groupSv(i)} info`,
  noFindings: 'Inga avvikelser: handlingsplanen håller ihop.',
  severity: { error: 'Fel', warning: 'Varning', info: 'Info' },
  severityPlural: { error: 'Fel', warning: 'Varningar', info: 'Info' },
  family: {
    structure: 'Struktur',
    budget: 'Budgetfördelning',
    responsibility: 'Ansvar och beslutsrätt',
    plan: 'Plan och tidplan',
    followup: 'Uppföljning',
  },
  filterLabel: 'Filtrera avvikelser',
  filterPlaceholder: 'Text, kod, cell eller åtgärds-ID',
  showSeverity: 'Visa allvarlighetsgrad',
  shownOf: (shown, matching, total) => {
    if (matching === total) return shown === total ? `Visar alla ${groupSv(total)}` : `Visar ${groupSv(shown)} av ${groupSv(total)}`;
    const of = shown === matching ? countOf(matching, 'sv', TRAFF) : `${groupSv(shown)} av ${countOf(matching, 'sv', TRAFF)}`;
    return `Visar ${of} (${groupSv(total)} totalt)`;
  },
  withCount: (label, n) => `${label} (${groupSv(n)})`,
  collapse: (group) => `Visa eller dölj ${group}`,
  noneMatch: 'Inga avvikelser passar filtret.',
  showMore: (n) => `Visa ${groupSv(n)} till`,
  reportDate: (iso) => `Rapportdatum ${iso}`,
  omitted: (total, codes) =>
    `Högst ${groupSv(FINDINGS_PER_CODE)} avvikelser per kod listas: ytterligare ${groupSv(total)} listas inte (${codes}). Antalen ovan räknar med alla.`,
  findingsHeading: 'Avvikelser',
  expected: 'Förväntat',
  actual: 'Faktiskt',
  action: 'Åtgärd',
  goToCell: (address) => `Gå till ${address}`,
  currentFinding: 'Vald',
  noSheetToGoTo: (sheet) => `Arbetsboken har inget blad som heter ${sheet}, så det finns ingen cell att gå till. Lägg till bladet eller öppna handlingsplanen.`,
  highlight: 'Färgmarkera avvikelser i arbetsboken',
  exportGroup: 'Exportera avvikelserna',
  copyFindings: 'Kopiera avvikelser',
  writeFindings: 'Skriv till blad',
  findingsCopied: (n) => `${countOf(n, 'sv', AVVIKELSE)} har kopierats som en tabell. Klistra in ${n === 1 ? 'den' : 'dem'} i Excel eller Word.`,
  findingsWritten: (n, sheet) => `${countOf(n, 'sv', AVVIKELSE)} finns nu på bladet ${sheet}.`,
  summaryHeading: 'Sammanfattning',
  createSummary: 'Skapa sammanfattning',
  creatingSummary: 'Skapar sammanfattning…',
  summaryWritten: (sheet) => `Sammanfattningen finns på bladet ${sheet}.`,
  dismiss: 'Stäng',
  outsideTitle: 'Öppna Plankoll i Excel',
  outsideBody:
    'Plankoll är ett tillägg för Excel. Öppna en handlingsplan i Excel och starta Plankoll från fliken Start.',
  outsideDemo: 'Prova demoversionen i webbläsaren',
  starting: 'Startar Plankoll…',
  notStarted: 'Plankoll kunde inte starta',
};

const en: Strings = {
  lang: 'en',
  countWords: { error: ERROR, warning: WARNING, info: { one: 'info', other: 'info' } },
  appTitle: 'Plankoll',
  tabs: { findings: 'Findings', summary: 'Summary and follow-up', seal: 'Seal' },
  validate: 'Validate',
  validating: 'Validating the workbook…',
  notValidated: 'The workbook has not been validated yet. Choose Validate.',
  counts: (e, w, i) => `${countOf(e, 'en', ERROR)}, ${countOf(w, 'en', WARNING)}, ${groupEn(i)} info`,
  noFindings: 'No findings: the action plan adds up.',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  severityPlural: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  family: {
    structure: 'Structure',
    budget: 'Budget shares',
    responsibility: 'Responsibility and authority',
    plan: 'Plan and schedule',
    followup: 'Follow-up',
  },
  filterLabel: 'Filter findings',
  filterPlaceholder: 'Text, code, cell or action ID',
  showSeverity: 'Show severity',
  shownOf: (shown, matching, total) => {
    if (matching === total) return shown === total ? `Showing all ${groupEn(total)}` : `Showing ${groupEn(shown)} of ${groupEn(total)}`;
    const of = shown === matching ? countOf(matching, 'en', MATCH) : `${groupEn(shown)} of ${countOf(matching, 'en', MATCH)}`;
    return `Showing ${of} (${groupEn(total)} in all)`;
  },
  withCount: (label, n) => `${label} (${groupEn(n)})`,
  collapse: (group) => `Show or hide ${group}`,
  noneMatch: 'No findings match the filter.',
  showMore: (n) => `Show ${groupEn(n)} more`,
  reportDate: (iso) => `Report date ${iso}`,
  omitted: (total, codes) =>
    `At most ${groupEn(FINDINGS_PER_CODE)} findings per code are listed: ${groupEn(total)} more are not (${codes}). The counts above include them all.`,
  findingsHeading: 'Findings',
  expected: 'Expected',
  actual: 'Actual',
  action: 'Action',
  goToCell: (address) => `Go to ${address}`,
  currentFinding: 'Selected',
  noSheetToGoTo: (sheet) => `The workbook has no sheet named ${sheet}, so there is no cell to go to. Add the sheet or open the action plan.`,
  highlight: 'Highlight findings in the workbook',
  exportGroup: 'Export the findings',
  copyFindings: 'Copy findings',
  writeFindings: 'Write to sheet',
  findingsCopied: (n) => `${countOf(n, 'en', FINDING)} ${n === 1 ? 'is' : 'are'} copied as a table. Paste ${n === 1 ? 'it' : 'them'} into Excel or Word.`,
  findingsWritten: (n, sheet) => `${countOf(n, 'en', FINDING)} ${n === 1 ? 'is' : 'are'} on the sheet ${sheet}.`,
  summaryHeading: 'Summary',
  createSummary: 'Create summary',
  creatingSummary: 'Creating the summary…',
  summaryWritten: (sheet) => `The summary is on the sheet ${sheet}.`,
  dismiss: 'Dismiss',
  outsideTitle: 'Open Plankoll in Excel',
  outsideBody: 'Plankoll is an Excel add-in. Open an action plan in Excel and start Plankoll from the Home tab.',
  outsideDemo: 'Try the demo in the browser',
  starting: 'Starting Plankoll…',
  notStarted: 'Plankoll could not start',
};

export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : sv;
}

