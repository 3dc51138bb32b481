/** Text of the harness page around the task pane. */
import type { Lang } from '../../domain/finding';

export interface HarnessStrings {
  readonly title: string;
  readonly intro: string;
  readonly openFile: string;
  readonly language: string;
  readonly dark: string;
  readonly loading: (file: string) => string;
  readonly stillOpen: (file: string) => string;
  readonly nothingOpen: string;
  readonly opened: (file: string) => string;
  readonly sheets: string;
  readonly selection: string;
  readonly noSelection: string;
  readonly marked: (n: number) => string;
  readonly emptySheet: string;
  readonly truncated: (rows: number, cols: number) => string;
  readonly ownedSheet: string;
  readonly charts: string;
  readonly tables: string;
  readonly chartSource: (source: string) => string;
  readonly chartFailed: (why: string) => string;
  readonly downloadHandout: string;
  readonly makingHandout: string;
  readonly handoutReady: (file: string) => string;
  readonly handoutFailed: string;
  readonly pane: string;
  readonly workbook: string;
  readonly markWord: string;
  readonly sealStored: string;
}

const sv: HarnessStrings = {
  title: 'Plankoll — demo utan Excel',
  intro: 'Samma aktivitetsfönster som i Excel, över en arbetsbok i minnet. Inget lämnar webbläsaren.',
  openFile: 'Öppna en .xlsx-fil',
  language: 'Språk',
  dark: 'Mörkt tema',
  loading: (f) => `Öppnar ${f}…`,
  stillOpen: (f) => `${f} är fortfarande öppen i Plankoll.`,
  nothingOpen: 'Ingen arbetsbok är öppen.',
  opened: (f) => `Öppen arbetsbok: ${f}`,
  sheets: 'Blad',
  selection: 'Markerad cell',
  noSelection: 'ingen',
  marked: (n) => `${n} markerade celler`,
  emptySheet: 'Bladet är tomt.',
  truncated: (r, c) => `Visar de första ${r} raderna och ${c} kolumnerna.`,
  ownedSheet: 'Detta blad skapades av Plankoll.',
  charts: 'Diagram',
  tables: 'Tabeller',
  chartSource: (source) => `Data: ${source}`,
  chartFailed: (why) => `Diagrammet kunde inte ritas: ${why}`,
  downloadHandout: 'Ladda ner mötesunderlag (PDF)',
  makingHandout: 'Mötesunderlaget skapas…',
  handoutReady: (file) => `Mötesunderlaget är nedladdat: ${file}`,
  handoutFailed: 'Mötesunderlaget kunde inte skapas',
  pane: 'Aktivitetsfönster',
  workbook: 'Arbetsbok',
  markWord: 'markerad',
  sealStored: 'Arbetsboken har ett sigill.',
};

const en: HarnessStrings = {
  title: 'Plankoll — demo without Excel',
  intro: 'The same task pane as in Excel, over an in-memory workbook. Nothing leaves the browser.',
  openFile: 'Open an .xlsx file',
  language: 'Language',
  dark: 'Dark theme',
  loading: (f) => `Opening ${f}…`,
  stillOpen: (f) => `${f} is still open in Plankoll.`,
  nothingOpen: 'No workbook is open.',
  opened: (f) => `Open workbook: ${f}`,
  sheets: 'Sheets',
  selection: 'Selected cell',
  noSelection: 'none',
  marked: (n) => `${n} highlighted cells`,
  emptySheet: 'The sheet is empty.',
  truncated: (r, c) => `Showing the first ${r} rows and ${c} columns.`,
  ownedSheet: 'Plankoll created this sheet.',
  charts: 'Charts',
  tables: 'Tables',
  chartSource: (source) => `Data: ${source}`,
  chartFailed: (why) => `The chart could not be drawn: ${why}`,
  downloadHandout: 'Download meeting handout (PDF)',
  makingHandout: 'Making the meeting handout…',
  handoutReady: (file) => `The meeting handout is downloaded: ${file}`,
  handoutFailed: 'The meeting handout could not be made',
  pane: 'Task pane',
  workbook: 'Workbook',
  markWord: 'highlighted',
  sealStored: 'The workbook carries a seal.',
};

export function harnessStrings(lang: Lang): HarnessStrings {
  return lang === 'en' ? en : sv;
}
