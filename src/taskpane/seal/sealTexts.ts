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
  nameHint: 'Namnet sparas i förseglingen och kommer ihåg till nästa gång på den här datorn.',
  nameRequired: 'Skriv ditt namn.',
  confirm: 'Försegla',
  save: 'Spara',
  cancel: 'Avbryt',
  sealed: 'Arbetsboken är förseglad. Spara arbetsboken för att behålla förseglingen.',
  staleValidation: 'Arbetsboken har ändrats sedan valideringen. Validera igen innan du förseglar.',
  errorTitle: 'Förseglingen misslyckades',
  readErrorTitle: 'Kunde inte läsa förseglingen',
  dismiss: 'Stäng',
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
};

export function sealTexts(lang: Lang): SealTexts {
  return lang === 'sv' ? SV : EN;
}
