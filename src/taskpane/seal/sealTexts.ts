/** The seal panel's words, Swedish and English. Honest about what a seal is (docs/seal.md). */
import type { Lang } from '../../domain/finding';

export interface SealTexts {
  readonly heading: string;
  readonly help: string;
  readonly checking: string;
  readonly seal: string;
  readonly sealing: string;
  readonly notValidated: string;
  readonly hasErrors: (n: number) => string;
  readonly sealsAs: (name: string) => string;
  readonly changeName: string;
  readonly nameTitle: string;
  readonly nameLabel: string;
  readonly nameHint: string;
  readonly nameRequired: string;
  readonly confirm: string;
  readonly save: string;
  readonly cancel: string;
  readonly sealed: string;
  readonly staleValidation: string;
  readonly errorTitle: string;
  readonly readErrorTitle: string;
  readonly dismiss: string;
  readonly sealAgain: string;
  /** `Godkänd för Helår 2011: förseglad av Anna Berg 2011-12-31 14:05.` */
  readonly approved: (period: string | null, by: string, when: string) => string;
  readonly changesHeading: string;
  readonly governing: string;
  readonly other: string;
  readonly added: string;
  readonly removed: string;
  readonly reordered: string;
  readonly more: (n: number) => string;
  readonly goTo: (where: string) => string;
  readonly historyHeading: string;
  readonly historyItem: (when: string, by: string, period: string | null, errors: number, warnings: number) => string;
  readonly notStuck: string;
  readonly sheetOnly: string;
  readonly partOnly: string;
  readonly navigateError: string;
  /** The switch: *Öppna Plankoll när arbetsboken öppnas*. */
  readonly autoOpen: string;
  readonly autoOpenHint: string;
  readonly autoOpenErrorTitle: string;
}

const SV: SealTexts = {
  heading: 'Försegling',
  help:
    'Förseglingen visar att de värden Plankoll kontrollerar är oförändrade sedan en validering utan fel. ' +
    'Den är ingen underskrift: namnet är det som skrevs in vid förseglingen och bevisar inte vem som förseglade.',
  checking: 'Kontrollerar förseglingen…',
  seal: 'Försegla',
  sealing: 'Förseglar…',
  notValidated: 'Validera arbetsboken först. Bara en arbetsbok utan fel kan förseglas.',
  hasErrors: (n) => `Arbetsboken har ${n} fel och kan inte förseglas.`,
  sealsAs: (name) => `Förseglas i namnet ${name}.`,
  changeName: 'Byt namn',
  nameTitle: 'Vem förseglar?',
  nameLabel: 'Ditt namn',
  nameHint: 'Namnet sparas i förseglingen, och den här datorn kommer ihåg det till nästa gång.',
  nameRequired: 'Skriv ditt namn.',
  confirm: 'Försegla',
  save: 'Spara',
  cancel: 'Avbryt',
  sealed: 'Arbetsboken är förseglad. Spara arbetsboken för att behålla förseglingen.',
  staleValidation: 'Arbetsboken har ändrats sedan valideringen. Validera igen innan du förseglar.',
  errorTitle: 'Förseglingen misslyckades',
  readErrorTitle: 'Kunde inte läsa förseglingen',
  dismiss: 'Stäng',
  sealAgain: 'Försegla igen',
  approved: (period, by, when) => `Godkänd${period === null ? '' : ` för ${period}`}: förseglad av ${by} ${when}.`,
  changesHeading: 'Ändringar sedan förseglingen',
  governing: 'Styrande ändringar',
  other: 'Övriga ändringar',
  added: 'Tillagda rader',
  removed: 'Borttagna rader',
  reordered: 'Ordning',
  more: (n) => `… och ${n} till (alla finns i plankoll verify).`,
  goTo: (where) => `Gå till ${where}`,
  historyHeading: 'Tidigare förseglingar',
  historyItem: (when, by, period, errors, warnings) =>
    `${when} ${by}${period === null ? '' : `, ${period}`} (${errors} fel, ${warnings} ${warnings === 1 ? 'varning' : 'varningar'})`,
  notStuck:
    'Förseglingen sparades inte: när den lästes tillbaka fanns den varken som XML-del eller på det dolda bladet. Försök igen; fungerar det inte, försegla med plankoll seal.',
  sheetOnly:
    'Arbetsboken är förseglad, men Excel behöll inte förseglingens XML-del; förseglingen finns på det dolda bladet och gäller ändå. Spara arbetsboken för att behålla den.',
  partOnly:
    'Arbetsboken är förseglad, men förseglingens dolda blad kunde inte skrivas (ett eget blad har samma namn); förseglingen finns som XML-del. Spara arbetsboken för att behålla den.',
  navigateError: 'Kunde inte gå till cellen',
  autoOpen: 'Öppna Plankoll när arbetsboken öppnas',
  autoOpenHint: 'Den som öppnar arbetsboken ser förseglingen direkt, om Plankoll finns i hens Excel. Spara arbetsboken för att behålla valet.',
  autoOpenErrorTitle: 'Kunde inte ändra om Plankoll öppnas med arbetsboken',
};

const EN: SealTexts = {
  heading: 'Seal',
  help:
    'The seal shows that the values Plankoll checks are unchanged since a validation without errors. ' +
    'It is not a signature: the name is what was typed when sealing and proves nothing about who sealed.',
  checking: 'Checking the seal…',
  seal: 'Seal',
  sealing: 'Sealing…',
  notValidated: 'Validate the workbook first. Only a workbook without errors can be sealed.',
  hasErrors: (n) => `The workbook has ${n} error${n === 1 ? '' : 's'} and cannot be sealed.`,
  sealsAs: (name) => `Sealed in the name of ${name}.`,
  changeName: 'Change name',
  nameTitle: 'Who is sealing?',
  nameLabel: 'Your name',
  nameHint: 'The name is stored in the seal and remembered on this computer for next time.',
  nameRequired: 'Enter your name.',
  confirm: 'Seal',
  save: 'Save',
  cancel: 'Cancel',
  sealed: 'The workbook is sealed. Save the workbook to keep the seal.',
  staleValidation: 'The workbook changed since it was validated. Validate again before sealing.',
  errorTitle: 'Sealing failed',
  readErrorTitle: 'Could not read the seal',
  dismiss: 'Close',
  sealAgain: 'Seal again',
  approved: (period, by, when) => `Approved${period === null ? '' : ` for ${period}`}: sealed by ${by} on ${when}.`,
  changesHeading: 'Changes since sealing',
  governing: 'Governing changes',
  other: 'Other changes',
  added: 'Added rows',
  removed: 'Removed rows',
  reordered: 'Order',
  more: (n) => `… and ${n} more (plankoll verify lists them all).`,
  goTo: (where) => `Go to ${where}`,
  historyHeading: 'Earlier seals',
  historyItem: (when, by, period, errors, warnings) =>
    `${when} ${by}${period === null ? '' : `, ${period}`} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`,
  notStuck:
    'The seal was not saved: reading it back found it neither as a custom XML part nor on the hidden sheet. Try again; if it still fails, seal with plankoll seal.',
  sheetOnly:
    'The workbook is sealed, but Excel did not keep the seal’s custom XML part; the seal is on the hidden sheet and still holds. Save the workbook to keep it.',
  partOnly:
    'The workbook is sealed, but the seal’s hidden sheet could not be written (a sheet of yours has its name); the seal is stored as a custom XML part. Save the workbook to keep it.',
  navigateError: 'Could not go to the cell',
  autoOpen: 'Open Plankoll when the workbook opens',
  autoOpenHint: 'Whoever opens the workbook sees the seal at once, if their Excel has Plankoll. Save the workbook to keep this choice.',
  autoOpenErrorTitle: 'Could not change whether Plankoll opens with the workbook',
};

export function sealTexts(lang: Lang): SealTexts {
  return lang === 'sv' ? SV : EN;
}
