/**
 * Every sentence the CLI says, in Swedish and English: usage errors, file errors, refusals and results.
 * The verbs' own report texts (findings, summary, seal state) come from the domain in the same language.
 */
import type { Lang } from '../domain/finding';
import type { XlsxErrorReason } from '../xlsx/errors';
import type { Localized } from './io';
import { FILE_REASONS } from '../i18n/failure';
import { formatNumber } from '../domain/numbers';

/** Counts grouped as each language writes them (`3 000`, `3,000`). */
const sv = (n: number): string => formatNumber(n, 'sv');
const en = (n: number): string => formatNumber(n, 'en');

export interface CliMessages {
  // Usage
  readonly usageHead: string;
  readonly commandsHead: string;
  readonly optionsHead: string;
  readonly commonOptions: string;
  readonly exitCodes: string;
  readonly sealNote: string;
  readonly moreHelp: (command: string) => string;
  readonly usageLine: (usage: string) => string;
  readonly missingCommand: (commands: string) => string;
  readonly unknownCommand: (verb: string) => string;
  readonly unknownOption: (option: string) => string;
  readonly needsValue: (option: string) => string;
  readonly takesNoValue: (option: string) => string;
  readonly missingOperand: (operand: string, usage: string) => string;
  readonly tooManyOperands: (count: number, operands: string, usage: string) => string;
  readonly missingOption: (option: string, what: string, usage: string) => string;
  readonly badLang: (value: string) => string;
  readonly badDate: (option: string, value: string) => string;
  readonly emptyValue: (option: string) => string;
  readonly badCatalog: (value: string) => string;
  // Reading and writing files
  readonly cannotRead: (path: string, why: string) => string;
  /** Why the file adapter could not read a workbook (`XlsxError.reason`). */
  readonly readReasons: Readonly<Record<XlsxErrorReason, string>>;
  readonly cannotWrite: (path: string, why: string) => string;
  readonly exists: string;
  readonly symlink: (real: string) => string;
  readonly isDirectory: string;
  readonly notRegular: string;
  readonly readOnly: string;
  readonly permissionDenied: string;
  readonly noDirectory: string;
  readonly folderNotWritable: string;
  readonly diskFull: string;
  readonly tooLarge: string;
  readonly readOnlyFileSystem: string;
  readonly interrupted: string;
  readonly stdoutFailed: (why: string) => string;
  readonly unexpected: (detail: string) => string;
  // Results
  readonly notAPlan: (file: string) => string;
  readonly wroteExample: (withProblems: boolean, file: string) => string;
  readonly wroteReport: (file: string) => string;
  readonly wroteTemplate: (file: string, sheets: string, municipalities: string) => string;
  readonly sealRefused: (file: string, errors: number) => string;
  readonly sealed: (file: string) => string;
  readonly sealedBy: (by: string, at: string, period: string | null, warnings: number) => string;
  readonly sealHistory: (earlier: number) => string;
  readonly sealSheetTaken: (sheet: string) => string;
  readonly municipalitiesOption: (problem: string) => string;
  readonly recordRefused: (file: string, errors: number) => string;
  readonly recordNoPeriod: string;
  readonly recordNoActions: (file: string) => string;
  readonly recordExists: (period: string, rows: number, date: string | null) => string;
  readonly recordNotXlsx: (file: string) => string;
  readonly sealNotXlsx: (file: string) => string;
  readonly recordCannot: (file: string, why: string) => string;
  readonly recorded: (period: string, date: string, file: string, rows: number) => string;
  readonly recordReplaced: (rows: number) => string;
  readonly recordCreated: string;
  readonly recordSealBroken: string;
}

const SV: CliMessages = {
  usageHead: 'Användning: plankoll <kommando> [flaggor]',
  commandsHead: 'Kommandon:',
  optionsHead: 'Flaggor:',
  commonOptions: 'Alla kommandon tar --lang sv|en (språk, svenska om inget anges) och --help.',
  exitCodes: 'Slutkoder: 0 ok, 1 fel i planen / förseglingen bruten eller saknas, 2 filen kan inte läsas eller skrivas, eller fel användning.',
  sealNote: 'Förseglingen visar att uppgifterna är oförändrade sedan en validering; den är ingen underskrift.',
  moreHelp: (command) => `Mer om ett kommando: plankoll ${command} --help`,
  usageLine: (usage) => `Användning: ${usage}`,
  missingCommand: (commands) => `kommando saknas: ${commands} (se plankoll --help)`,
  unknownCommand: (verb) => `okänt kommando '${verb}' (se plankoll --help)`,
  unknownOption: (option) => `okänd flagga ${option}`,
  needsValue: (option) => `flaggan ${option} behöver ett värde`,
  takesNoValue: (option) => `flaggan ${option} tar inget värde`,
  missingOperand: (operand, usage) => `${operand} saknas (användning: ${usage})`,
  tooManyOperands: (count, operands, usage) => `för många argument (${count}): ${operands} (användning: ${usage})`,
  missingOption: (option, what, usage) => `${option} saknas: ${what} (användning: ${usage})`,
  badLang: (value) => `--lang ska vara sv eller en, inte '${value}'`,
  badDate: (option, value) => `${option} ska vara ett datum ÅÅÅÅ-MM-DD, inte '${value}'`,
  emptyValue: (option) => `${option} får inte vara tomt`,
  badCatalog: (value) => `--catalog ska vara central, developer, en nätverksdelning (\\\\server\\delning) eller none, inte '${value}'`,
  cannotRead: (path, why) => `kan inte läsa ${path}: ${why}`,
  cannotWrite: (path, why) => `kan inte skriva ${path}: ${why}`,
  readReasons: FILE_REASONS.sv,
  exists: 'filen finns redan (ersätt den med --force)',
  symlink: (real) => `det är en symbolisk länk (till ${real}); plankoll skriver inte genom länkar, ange filens egen sökväg`,
  isDirectory: 'det är en mapp',
  notRegular: 'det är ingen vanlig fil',
  readOnly: 'filen är skrivskyddad',
  permissionDenied: 'behörighet saknas',
  noDirectory: 'mappen finns inte',
  folderNotWritable: 'mappen är skrivskyddad (plankoll skriver först en tillfällig fil bredvid filen)',
  diskFull: 'disken är full (eller kvoten är slut)',
  tooLarge: 'filen blir större än vad som tillåts (filstorleksgräns)',
  readOnlyFileSystem: 'filsystemet är skrivskyddat',
  interrupted: 'avbruten',
  stdoutFailed: (why) => `kan inte skriva till standard output: ${why}`,
  unexpected: (detail) => `ett oväntat fel (${detail})`,
  notAPlan: (file) => `Ingen sammanfattning: ${file} saknar handlingsplanens tabeller (se ovan).`,
  wroteReport: (file) => `Skrev mötesunderlaget till ${file}`,
  wroteExample: (withProblems, file) => `Skrev ${withProblems ? 'exemplet med fel' : 'exemplet'} (Handlingsplan för styrning av IS/IT 2011) till ${file}`,
  wroteTemplate: (file, sheets, municipalities) => `Skrev en tom handlingsplan till ${file}: ${sheets} (kommuner: ${municipalities})`,
  recordRefused: (file, errors) => `${file} har ${sv(errors)} fel; uppföljningen sparas inte (se plankoll validate ${file})`,
  recordNoPeriod: '--period saknas, och bladet Plan har ingen Uppföljningsperiod: ange uppföljningens namn, t.ex. --period "Tertial 2"',
  recordNoActions: (file) => `${file} har inga åtgärder att spara`,
  recordExists: (period, rows, date) =>
    `${period} finns redan på bladet Uppföljning (${sv(rows)} ${rows === 1 ? 'rad' : 'rader'}${date === null ? '' : `, ${date}`}); lägg till --replace för att ersätta just de raderna`,
  recordNotXlsx: (file) => `${file} är ingen .xlsx- eller .xlsm-arbetsbok; spara den i Excel-format för att spara uppföljningen`,
  sealNotXlsx: (file) => `${file} är ingen .xlsx- eller .xlsm-arbetsbok; spara den i Excel-format för att försegla den`,
  recordCannot: (file, why) => `kan inte spara uppföljningen i ${file}: ${why}`,
  recorded: (period, date, file, rows) => `Uppföljningen ${period} (${date}) sparad i ${file}: ${sv(rows)} ${rows === 1 ? 'åtgärd' : 'åtgärder'}.`,
  recordReplaced: (rows) => `${rows === 1 ? 'Den tidigare raden' : `De ${sv(rows)} tidigare raderna`} för perioden ersattes.`,
  recordCreated: 'Bladet Uppföljning skapades.',
  recordSealBroken: 'Arbetsboken var förseglad; förseglingen omfattar bladet Uppföljning, så försegla den igen (plankoll seal).',
  sealRefused: (file, errors) => `${file} har ${sv(errors)} fel och förseglas inte (se plankoll validate ${file})`,
  sealed: (file) => `Förseglad: ${file}`,
  sealedBy: (by, at, period, warnings) =>
    `Validerad av ${by} ${at}${period === null ? '' : ` för ${period}`}, inga fel, ${sv(warnings)} ${warnings === 1 ? 'varning' : 'varningar'}.`,
  sealHistory: (n) => `${sv(n)} tidigare ${n === 1 ? 'försegling' : 'förseglingar'} i historiken (plankoll verify visar dem).`,
  sealSheetTaken: (sheet) => `bladet ${sheet} finns redan och är inte Plankolls; förseglingen sparades bara som XML-del`,
  municipalitiesOption: (problem) => `--kommuner: ${problem}`,
};

const EN: CliMessages = {
  usageHead: 'Usage: plankoll <command> [options]',
  commandsHead: 'Commands:',
  optionsHead: 'Options:',
  commonOptions: 'Every command takes --lang sv|en (language, Swedish by default) and --help.',
  exitCodes: 'Exit codes: 0 ok, 1 findings / seal broken or absent, 2 the file cannot be read or written, or wrong usage.',
  sealNote: 'The seal shows that the data is unchanged since a validation; it is not a signature.',
  moreHelp: (command) => `More about a command: plankoll ${command} --help`,
  usageLine: (usage) => `Usage: ${usage}`,
  missingCommand: (commands) => `missing command: ${commands} (see plankoll --help)`,
  unknownCommand: (verb) => `unknown command '${verb}' (see plankoll --help)`,
  unknownOption: (option) => `unknown option ${option}`,
  needsValue: (option) => `option ${option} needs a value`,
  takesNoValue: (option) => `option ${option} takes no value`,
  missingOperand: (operand, usage) => `missing ${operand} (usage: ${usage})`,
  tooManyOperands: (count, operands, usage) => `too many arguments (${count}): ${operands} (usage: ${usage})`,
  missingOption: (option, what, usage) => `missing ${option}: ${what} (usage: ${usage})`,
  badLang: (value) => `--lang must be sv or en, not '${value}'`,
  badDate: (option, value) => `${option} must be a date YYYY-MM-DD, not '${value}'`,
  emptyValue: (option) => `${option} must not be empty`,
  badCatalog: (value) => `--catalog must be central, developer, a network share (\\\\server\\share) or none, not '${value}'`,
  cannotRead: (path, why) => `cannot read ${path}: ${why}`,
  cannotWrite: (path, why) => `cannot write ${path}: ${why}`,
  readReasons: FILE_REASONS.en,
  exists: 'the file exists (use --force to replace it)',
  symlink: (real) => `it is a symbolic link (to ${real}); plankoll does not write through links, give the file's own path`,
  isDirectory: 'it is a directory',
  notRegular: 'it is not a regular file',
  readOnly: 'the file is read-only',
  permissionDenied: 'permission denied',
  noDirectory: 'no such directory',
  folderNotWritable: 'the folder is not writable (plankoll first writes a temporary file beside the file)',
  diskFull: 'the disk is full (or the quota is used up)',
  tooLarge: 'the file would exceed the file size limit',
  readOnlyFileSystem: 'the file system is read-only',
  interrupted: 'interrupted',
  stdoutFailed: (why) => `cannot write to standard output: ${why}`,
  unexpected: (detail) => `an unexpected error (${detail})`,
  notAPlan: (file) => `No summary: ${file} lacks the action plan's tables (see above).`,
  wroteReport: (file) => `Wrote the meeting handout to ${file}`,
  wroteExample: (withProblems, file) =>
    `Wrote ${withProblems ? 'the example with problems' : 'the example'} (Handlingsplan för styrning av IS/IT 2011) to ${file}`,
  wroteTemplate: (file, sheets, municipalities) => `Wrote an empty action plan to ${file}: ${sheets} (municipalities: ${municipalities})`,
  recordRefused: (file, errors) => `${file} has ${en(errors)} error${errors === 1 ? '' : 's'}; the follow-up is not recorded (see plankoll validate ${file})`,
  recordNoPeriod: 'missing --period, and the Plan sheet has no Uppföljningsperiod: name the follow-up, e.g. --period "Tertial 2"',
  recordNoActions: (file) => `${file} has no actions to record`,
  recordExists: (period, rows, date) =>
    `${period} is already recorded in Uppföljning (${en(rows)} row${rows === 1 ? '' : 's'}${date === null ? '' : `, ${date}`}); add --replace to replace just those rows`,
  recordNotXlsx: (file) => `${file} is not an .xlsx or .xlsm workbook; save it in Excel format to record the follow-up`,
  sealNotXlsx: (file) => `${file} is not an .xlsx or .xlsm workbook; save it in Excel format to seal it`,
  recordCannot: (file, why) => `cannot record the follow-up in ${file}: ${why}`,
  recorded: (period, date, file, rows) => `Follow-up ${period} (${date}) recorded in ${file}: ${en(rows)} action${rows === 1 ? '' : 's'}.`,
  recordReplaced: (rows) => `The period's ${en(rows)} earlier row${rows === 1 ? ' was' : 's were'} replaced.`,
  recordCreated: 'The Uppföljning sheet was created.',
  recordSealBroken: 'The workbook was sealed; the seal covers Uppföljning, so seal it again (plankoll seal).',
  sealRefused: (file, errors) => `${file} has ${en(errors)} error${errors === 1 ? '' : 's'} and is not sealed (see plankoll validate ${file})`,
  sealed: (file) => `Sealed: ${file}`,
  sealedBy: (by, at, period, warnings) =>
    `Validated by ${by} on ${at}${period === null ? '' : ` for ${period}`}, no errors, ${en(warnings)} warning${warnings === 1 ? '' : 's'}.`,
  sealHistory: (n) => `${en(n)} earlier seal${n === 1 ? '' : 's'} in the history (plankoll verify lists them).`,
  sealSheetTaken: (sheet) => `a sheet ${sheet} exists that Plankoll did not make; the seal is stored as a custom XML part only`,
  municipalitiesOption: (problem) => `--municipalities: ${problem}`,
};

export const CLI_MESSAGES: Readonly<Record<Lang, CliMessages>> = { sv: SV, en: EN };

/** The same sentence in every language, for an error raised before the language is known. */
export function localize(sentence: (m: CliMessages, lang: Lang) => string): Localized {
  return { sv: sentence(SV, 'sv'), en: sentence(EN, 'en') };
}
