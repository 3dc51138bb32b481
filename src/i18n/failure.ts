/**
 * The one mapping from a failure to what a controller reads (STYLE §14): every failure the pane, the
 * browser page and the ribbon commands can meet — a workbook file that cannot be read (XlsxError,
 * UnreadableWorkbook), a gateway operation Excel refused (GatewayError with office-js's code), office.js
 * that could not be loaded or never became ready (OfficeLoadError), a refusal that is already the user's
 * message, and anything unexpected — becomes what happened and what to do, in Swedish or English. The
 * technical detail (the library's or Excel's own text, its code) is kept apart, for a "Visa detaljer"
 * disclosure; it never reaches the main line.
 *
 * File errors are recognised by shape (`name` and their fields): they are defined in src/xlsx, which the
 * pane and the ribbon commands may not import.
 */
import { errorText } from '../domain/errorText';
import type { FileReason } from '../domain/fileReason';
import type { Lang } from '../domain/finding';
import type { GatewayOperation, OfficeLoadFailure } from '../domain/hostErrors';
import { GatewayError, OfficeLoadError } from '../domain/hostErrors';

export interface FailureText {
  /** What happened, as one sentence. */
  readonly what: string;
  /** What to do about it; '' when `what` already says it. */
  readonly todo: string;
  /** The technical detail (the host's or library's own words and code), or null when there is none worth showing. */
  readonly detail: string | null;
}

/** Where the failure happened, when the caller knows more than the error does. */
export interface FailureContext {
  /** The file being opened (the browser page's file picker). */
  readonly file?: string;
}

/** Why a workbook file cannot be read (XlsxError's `reason`), said to the user. */
export type { FileReason };

export const FILE_REASONS: Readonly<Record<Lang, Readonly<Record<FileReason, string>>>> = {
  sv: {
    notFound: 'filen finns inte',
    directory: 'det är en mapp, inte en .xlsx-fil',
    permission: 'behörighet saknas',
    io: 'filen kunde inte läsas',
    empty: 'filen är tom',
    encrypted: 'arbetsboken är lösenordsskyddad (krypterad); spara den i Excel som .xlsx utan lösenord',
    oldXls: 'en gammal .xls-arbetsbok; spara den i Excel som .xlsx',
    notWorkbook: 'inte en Excel-arbetsbok (.xlsx/.xlsm) eller ett .ods-kalkylark',
    damaged: 'arbetsboken är skadad; öppna och spara den i Excel',
    beyondLimits: 'en cell ligger utanför Excels rutnät; arbetsboken är skadad',
    tooLarge: 'arbetsboken är för stor för att läsas',
  },
  en: {
    notFound: 'no such file',
    directory: 'it is a directory, not an .xlsx file',
    permission: 'permission denied',
    io: 'the file could not be read',
    empty: 'the file is empty',
    encrypted: 'the workbook is password-protected (encrypted); save it in Excel as .xlsx without a password',
    oldXls: 'an old .xls workbook; save it in Excel as .xlsx',
    notWorkbook: 'not an Excel workbook (.xlsx/.xlsm) or an .ods spreadsheet',
    damaged: 'the workbook is damaged; open and save it in Excel',
    beyondLimits: "a cell lies beyond Excel's grid; the workbook is damaged",
    tooLarge: 'the workbook is too large to read',
  },
};

/** office-js error codes a controller can do something about, grouped by what to do. */
type CodeAdvice = 'editing' | 'protected' | 'changed' | 'tooLarge' | 'busy' | 'oldExcel' | 'signIn' | 'other';

const CODE_ADVICE: Readonly<Record<string, CodeAdvice>> = {
  InvalidOperationInCellEditMode: 'editing',
  AccessDenied: 'protected',
  ItemNotFound: 'changed',
  ItemAlreadyExists: 'changed',
  Conflict: 'changed',
  InsertDeleteConflict: 'changed',
  InvalidReference: 'changed',
  RequestPayloadSizeLimitExceeded: 'tooLarge',
  ResponsePayloadSizeLimitExceeded: 'tooLarge',
  RangeExceedsLimit: 'tooLarge',
  ActivityLimitReached: 'busy',
  ServiceNotAvailable: 'busy',
  Timeout: 'busy',
  RequestAborted: 'busy',
  ApiNotFound: 'oldExcel',
  NotImplemented: 'oldExcel',
  UnsupportedOperation: 'oldExcel',
  Unauthenticated: 'signIn',
};

interface Words {
  readonly operation: Readonly<Record<GatewayOperation, string>>;
  readonly advice: Readonly<Record<CodeAdvice, string>>;
  readonly office: Readonly<Record<OfficeLoadFailure, { readonly what: string; readonly todo: string }>>;
  readonly cannotOpen: (file: string | undefined, why: string) => string;
  readonly fileTodo: string;
  /** A part of Plankoll fetched when first needed (a dialog, the summary) did not arrive. */
  readonly partMissing: { readonly what: string; readonly todo: string };
  readonly unexpected: string;
  readonly unexpectedTodo: string;
  /** The disclosure that shows `detail`. */
  readonly showDetails: string;
}

const SV: Words = {
  operation: {
    read: 'Plankoll kunde inte läsa arbetsboken.',
    writeSummary: 'Plankoll kunde inte skriva sammanfattningen.',
    writeFindings: 'Plankoll kunde inte skriva avvikelserna till bladet.',
    highlight: 'Plankoll kunde inte färgmarkera avvikelserna i arbetsboken.',
    clear: 'Plankoll kunde inte ta bort färgmarkeringarna.',
    select: 'Plankoll kunde inte gå till cellen.',
    writeSeal: 'Plankoll kunde inte spara förseglingen.',
    writeFollowUp: 'Plankoll kunde inte spara uppföljningen.',
    createPlan: 'Plankoll kunde inte skapa handlingsplanen.',
    readSeal: 'Plankoll kunde inte läsa tillbaka förseglingen.',
    readAutoOpen: 'Plankoll kunde inte läsa om tillägget öppnas med arbetsboken.',
    setAutoOpen: 'Plankoll kunde inte spara om tillägget ska öppnas med arbetsboken.',
  },
  advice: {
    editing: 'Excel redigerar en cell just nu. Tryck Enter eller Esc i cellen och försök igen.',
    protected: 'Arbetsboken eller bladet är skyddat eller skrivskyddat. Ta bort skyddet (fliken Granska) eller spara en egen kopia och försök igen.',
    changed: 'Arbetsboken har ändrats sedan Plankoll läste den, till exempel ett blad eller en tabell som bytt namn. Välj Validera och försök igen.',
    tooLarge: 'Arbetsboken är för stor för en enda överföring i Excel på webben. Försök i skrivbordsversionen av Excel.',
    busy: 'Excel hann inte svara. Vänta en stund och försök igen.',
    oldExcel: 'Den här versionen av Excel saknar något som Plankoll behöver. Uppdatera Excel eller använd Excel på webben.',
    signIn: 'Excel kräver att du loggar in igen. Logga in och försök igen.',
    other: 'Försök igen. Om felet kvarstår: spara arbetsboken, stäng den och öppna den igen.',
  },
  office: {
    unavailable: {
      what: 'Plankoll kunde inte ladda office.js, Microsofts bibliotek som kopplar tillägget till Excel.',
      todo: 'Kontrollera nätverksanslutningen. Bakom en proxy eller ett webbfilter måste appsforoffice.microsoft.com vara tillåten. Stäng sedan aktivitetsfönstret och öppna Plankoll igen.',
    },
    slow: {
      what: 'office.js, Microsofts bibliotek som kopplar tillägget till Excel, har inte kommit fram.',
      todo: 'Nätverket eller en proxy är långsam eller blockerar appsforoffice.microsoft.com. Kontrollera anslutningen, stäng sedan aktivitetsfönstret och öppna Plankoll igen.',
    },
    timeout: {
      what: 'Excel svarade inte när Plankoll startade.',
      todo: 'Stäng aktivitetsfönstret och öppna Plankoll igen. Om det inte hjälper: starta om Excel.',
    },
  },
  cannotOpen: (file, why) => (file === undefined ? `Filen kunde inte öppnas: ${why}.` : `${file} kunde inte öppnas: ${why}.`),
  fileTodo: 'Välj en annan fil, eller öppna filen i Excel och spara den som .xlsx.',
  partMissing: {
    what: 'En del av Plankoll kunde inte hämtas.',
    todo: 'Kontrollera nätverksanslutningen och försök igen. Om felet kvarstår: stäng aktivitetsfönstret (eller sidan) och öppna Plankoll igen.',
  },
  unexpected: 'Något oväntat gick fel i Plankoll.',
  unexpectedTodo: 'Försök igen. Om felet kvarstår: stäng aktivitetsfönstret och öppna Plankoll igen.',
  showDetails: 'Visa detaljer',
};

const EN: Words = {
  operation: {
    read: 'Plankoll could not read the workbook.',
    writeSummary: 'Plankoll could not write the summary.',
    writeFindings: 'Plankoll could not write the findings to the sheet.',
    highlight: 'Plankoll could not highlight the findings in the workbook.',
    clear: 'Plankoll could not remove the highlights.',
    select: 'Plankoll could not go to the cell.',
    writeSeal: 'Plankoll could not save the seal.',
    writeFollowUp: 'Plankoll could not save the follow-up.',
    createPlan: 'Plankoll could not create the action plan.',
    readSeal: 'Plankoll could not read the seal back.',
    readAutoOpen: 'Plankoll could not read whether it opens with the workbook.',
    setAutoOpen: 'Plankoll could not save whether it opens with the workbook.',
  },
  advice: {
    editing: 'Excel is editing a cell. Press Enter or Esc in the cell and try again.',
    protected: 'The workbook or sheet is protected or read-only. Remove the protection (Review tab) or save your own copy, and try again.',
    changed: 'The workbook has changed since Plankoll read it, for example a sheet or table was renamed. Choose Validate and try again.',
    tooLarge: 'The workbook is too large for a single transfer in Excel on the web. Try the desktop version of Excel.',
    busy: 'Excel did not answer in time. Wait a moment and try again.',
    oldExcel: 'This version of Excel lacks something Plankoll needs. Update Excel or use Excel on the web.',
    signIn: 'Excel needs you to sign in again. Sign in and try again.',
    other: 'Try again. If it keeps failing: save the workbook, close it and open it again.',
  },
  office: {
    unavailable: {
      what: "Plankoll could not load office.js, Microsoft's library that connects the add-in to Excel.",
      todo: 'Check the network connection. Behind a proxy or web filter, appsforoffice.microsoft.com must be allowed. Then close the task pane and open Plankoll again.',
    },
    slow: {
      what: "office.js, Microsoft's library that connects the add-in to Excel, has not arrived.",
      todo: 'The network or a proxy is slow or holding back appsforoffice.microsoft.com. Check the connection, then close the task pane and open Plankoll again.',
    },
    timeout: {
      what: 'Excel did not answer when Plankoll started.',
      todo: 'Close the task pane and open Plankoll again. If that does not help, restart Excel.',
    },
  },
  cannotOpen: (file, why) => (file === undefined ? `The file could not be opened: ${why}.` : `${file} could not be opened: ${why}.`),
  fileTodo: 'Choose another file, or open the file in Excel and save it as .xlsx.',
  partMissing: {
    what: 'A part of Plankoll could not be fetched.',
    todo: 'Check the network connection and try again. If it keeps failing, close the task pane (or the page) and open Plankoll again.',
  },
  unexpected: 'Something unexpected went wrong in Plankoll.',
  unexpectedTodo: 'Try again. If it keeps failing, close the task pane and open Plankoll again.',
  showDetails: 'Show details',
};

export function failureWords(lang: Lang): Words {
  return lang === 'en' ? EN : SV;
}

/** Refusals whose message is already written for the user, in their language. */
const USER_MESSAGES = new Set(['TemplateConflictError', 'FollowUpConflictError', 'NotAPlanError', 'NoticeError']);

function isUserMessage(e: unknown): e is Error {
  return e instanceof Error && USER_MESSAGES.has(e.name);
}

/** An unreadable file from src/xlsx, by shape: UnreadableWorkbook (`describe(lang)`) or XlsxError (`reason`, `detailIn`). */
function fileReason(e: unknown, lang: Lang): string | null {
  if (!(e instanceof Error)) return null;
  const shaped = e as Error & { describe?: unknown; reason?: unknown; detailIn?: { sv: string; en: string } | null };
  if (e.name === 'UnreadableWorkbook' && typeof shaped.describe === 'function') {
    return String((shaped.describe as (l: Lang) => unknown).call(e, lang));
  }
  if (e.name === 'XlsxError' && typeof shaped.reason === 'string') {
    if (shaped.detailIn) return shaped.detailIn[lang];
    const words = FILE_REASONS[lang] as Readonly<Record<string, string>>;
    return words[shaped.reason] ?? null;
  }
  return null;
}

/** The technical line of an error and, when different, of its cause: for the details, never the main line. */
function technical(e: unknown): string | null {
  const own = errorText(e);
  const cause = e instanceof Error && e.cause !== undefined ? errorText(e.cause) : '';
  const lines = [own, cause].filter((l, i, all) => l !== '' && all.indexOf(l) === i && !(i === 1 && own.includes(l)));
  return lines.length === 0 ? null : lines.join('\n');
}

/** What happened, what to do, and the technical detail, for any failure. */
export function failureText(e: unknown, lang: Lang, context: FailureContext = {}): FailureText {
  const w = failureWords(lang);
  if (isUserMessage(e)) return { what: e.message, todo: '', detail: null };
  if (e instanceof GatewayError) {
    if (isUserMessage(e.cause)) return { what: e.cause.message, todo: '', detail: null };
    const advice = e.code === null ? 'other' : (CODE_ADVICE[e.code] ?? 'other');
    return { what: w.operation[e.operation], todo: w.advice[advice], detail: e.detail === '' ? null : e.detail };
  }
  if (e instanceof OfficeLoadError) return { ...w.office[e.failure], detail: e.detail };
  // webpack's error for a script fetched on demand (a dialog, the summary, the charts) that did not arrive.
  if (e instanceof Error && e.name === 'ChunkLoadError') return { ...w.partMissing, detail: technical(e) };
  const why = fileReason(e, lang);
  if (why !== null) return { what: w.cannotOpen(context.file, why), todo: w.fileTodo, detail: technical(e) };
  return { what: w.unexpected, todo: w.unexpectedTodo, detail: technical(e) };
}

/** A message that is already in the user's words (a refusal the pane decides itself), as a FailureText. */
export function noticeText(text: string): FailureText {
  return { what: text, todo: '', detail: null };
}

/** The failure as one plain-text paragraph (a ribbon command's dialog, a log): what, then what to do. */
export function failureLine(e: unknown, lang: Lang, context: FailureContext = {}): string {
  const f = failureText(e, lang, context);
  return f.todo === '' ? f.what : `${f.what} ${f.todo}`;
}
