/**
 * The deliberate problems of the example "med fel" (withProblems.ts), with the finding each one gives
 * and where. examples/README.md documents the same list; tests check that `validate` reports each.
 */
import type { RuleCode } from '../finding';

export interface ExampleProblem {
  readonly code: RuleCode;
  readonly sheet: string;
  readonly cell: string;
  readonly actionId?: string;
  /** Swedish. */
  readonly description: string;
  readonly descriptionEn: string;
}

export const EXAMPLE_PROBLEMS: readonly ExampleProblem[] = [
  {
    code: 'S007', sheet: 'Åtgärder', cell: 'M16', actionId: 'A15',
    description: 'Utfall innehåller felvärdet #REF! (en bruten referens).',
    descriptionEn: 'Spent holds the error value #REF! (a broken reference).',
  },
  {
    code: 'B010', sheet: 'Åtgärder', cell: 'I7', actionId: 'A06',
    description: 'Budgeten är inskriven som text, "110 000 kr"; beloppet används ändå.',
    descriptionEn: 'The budget is typed as text, "110 000 kr"; the amount is still used.',
  },
  {
    code: 'B003', sheet: 'Åtgärder', cell: 'I10', actionId: 'A09',
    description: 'Orsas andel har fått omkastade siffror (48 050 i stället för 48 500): andelarna summerar inte till budgeten.',
    descriptionEn: "Orsa's share has transposed digits (48 050, not 48 500): the shares do not sum to the budget.",
  },
  {
    code: 'B005', sheet: 'Åtgärder', cell: 'K2:K19',
    description: 'Följd av samma fel: Orsas kolumn summerar till 789 550 kr, inte 790 000 kr.',
    descriptionEn: "Follows from the same error: Orsa's column sums to 789 550 kr, not 790 000 kr.",
  },
  {
    code: 'B007', sheet: 'Finansiering', cell: 'C3',
    description: 'Orsas Andel (%) är 22,00 % men andelen 790 000 kr är 20,20 % av totalen.',
    descriptionEn: "Orsa's Share % is 22.00 % but its share 790 000 kr is 20.20 % of the total.",
  },
  {
    code: 'B009', sheet: 'Åtgärder', cell: 'M5', actionId: 'A04',
    description: 'Utfallet 96 300 kr överstiger budgeten 90 000 kr.',
    descriptionEn: 'Spent 96 300 kr exceeds the budget of 90 000 kr.',
  },
  {
    code: 'R005', sheet: 'Åtgärder', cell: 'E18', actionId: 'A17',
    description: 'IT-chefen (beslutsrätt 300 000 kr) står som beslutsfattare för en åtgärd på 650 000 kr.',
    descriptionEn: 'The IT manager (decision limit 300 000 kr) decides on a 650 000 kr action.',
  },
  {
    code: 'R007', sheet: 'Åtgärder', cell: 'E9', actionId: 'A08',
    description: 'Kommundirektören är både ansvarig och beslutsfattare: ingen oberoende prövning.',
    descriptionEn: 'The municipal director is both responsible and decision maker: no independent approval.',
  },
  {
    code: 'R008', sheet: 'Åtgärder', cell: 'D13', actionId: 'A12',
    description: 'Två roller står som ansvariga ("Driftchef IT och IS/IT-strateg"): en åtgärd, en ansvarig.',
    descriptionEn: 'Two roles are responsible ("Driftchef IT och IS/IT-strateg"): one action, one accountable.',
  },
  {
    code: 'R009', sheet: 'Roller', cell: 'B12',
    description: 'Rollen Informationssäkerhetssamordnare saknar namn (vakant) men är ansvarig för A18.',
    descriptionEn: 'The role Informationssäkerhetssamordnare has no name (vacant) but is responsible for A18.',
  },
  {
    code: 'P003', sheet: 'Åtgärder', cell: 'C15', actionId: 'A14',
    description: 'MålID M10 finns inte bland planens nio mål.',
    descriptionEn: "Goal ID M10 is not one of the plan's nine goals.",
  },
  {
    code: 'P004', sheet: 'Åtgärder', cell: 'G14', actionId: 'A13',
    description: 'Slutdatumet 2012-02-30 finns inte.',
    descriptionEn: 'The end date 2012-02-30 does not exist.',
  },
  {
    code: 'P007', sheet: 'Åtgärder', cell: 'G12', actionId: 'A11',
    description: 'Skulle vara klar 2011-11-30 men har status Pågår på rapportdagen 2011-12-31 (31 dagar sen).',
    descriptionEn: 'Due 2011-11-30 but still in progress on the report date 2011-12-31 (31 days late).',
  },
  {
    code: 'P009', sheet: 'Åtgärder', cell: 'M3', actionId: 'A02',
    description: 'Åtgärden är Klar men saknar utfall.',
    descriptionEn: 'The action is done but has no spent amount.',
  },
];

/** Traps in the example that must NOT give a finding (they check the tool, not the plan). */
export const EXAMPLE_TRAPS: readonly { readonly sheet: string; readonly cell: string; readonly description: string; readonly descriptionEn: string }[] = [
  {
    sheet: 'Åtgärder', cell: 'B17',
    description: 'Åtgärdens namn ser ut som en formel (=HYPERLINK(...)) men är text och ska förbli text.',
    descriptionEn: 'The action name looks like a formula (=HYPERLINK(...)) but is text and must stay text.',
  },
];
