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
  {
    code: 'U005', sheet: 'Åtgärder', cell: 'M3', actionId: 'A02',
    description: 'Följd av samma fel: utfallet har gått från 98 500 kr vid Tertial 2 till inget alls nu.',
    descriptionEn: 'Follows from the same error: spent has gone from 98 500 kr at Tertial 2 to nothing now.',
  },
  {
    code: 'U007', sheet: 'Åtgärder', cell: 'H6', actionId: 'A05',
    description: 'Åtgärden var Klar vid Tertial 2 men har status Pågår nu.',
    descriptionEn: 'The action was done at Tertial 2 but is in progress now.',
  },
  {
    code: 'B011', sheet: 'Åtgärder', cell: 'N6', actionId: 'A05',
    description: 'Prognosen 300 000 kr överstiger budgeten 260 000 kr: ett befarat budgetöverskridande (förklarat i Kommentar).',
    descriptionEn: 'The forecast 300 000 kr exceeds the budget of 260 000 kr: an expected overrun (explained in Kommentar).',
  },
  {
    code: 'U006', sheet: 'Åtgärder', cell: 'O12', actionId: 'A11',
    description: 'Följd av P007: den försenade åtgärden har ingen förklaring i Kommentar.',
    descriptionEn: 'Follows from P007: the overdue action has no explanation in Kommentar.',
  },
  {
    code: 'B012', sheet: 'Åtgärder', cell: 'N13', actionId: 'A12',
    description: 'Prognosen 80 000 kr är lägre än utfallet 95 000 kr.',
    descriptionEn: 'The forecast 80 000 kr is below the 95 000 kr already spent.',
  },
  {
    code: 'U004', sheet: 'Uppföljning', cell: 'B15',
    description: 'En rad har flyttats till en egen uppföljning, Delår 2012, daterad 2012-04-30: efter rapportdatum 2011-12-31.',
    descriptionEn: 'One row was moved to a follow-up of its own, Delår 2012, dated 2012-04-30: after the report date 2011-12-31.',
  },
  {
    code: 'U003', sheet: 'Uppföljning', cell: 'C17', actionId: 'A19',
    description: 'Tertial 1 har en rad för A19, som inte finns i Åtgärder (A16 felskriven).',
    descriptionEn: 'Tertial 1 has a row for A19, which is not in Åtgärder (A16 mistyped).',
  },
  {
    code: 'U005', sheet: 'Uppföljning', cell: 'D22', actionId: 'A03',
    description: 'Utfallet för A03 har minskat från 26 500 kr vid Tertial 1 till 20 000 kr vid Tertial 2.',
    descriptionEn: "A03's spent went down from 26 500 kr at Tertial 1 to 20 000 kr at Tertial 2.",
  },
  {
    code: 'U002', sheet: 'Uppföljning', cell: 'C26', actionId: 'A06',
    description: 'A06 står två gånger i Tertial 2 (A07:s rad felskriven).',
    descriptionEn: 'A06 appears twice in Tertial 2 (A07’s row mistyped).',
  },
  {
    code: 'U001', sheet: 'Uppföljning', cell: 'B28', actionId: 'A09',
    description: 'En rad i Tertial 2 är daterad 2011-09-01, de andra 2011-08-31: en uppföljning har ett datum.',
    descriptionEn: 'One row of Tertial 2 is dated 2011-09-01, the others 2011-08-31: a follow-up has one date.',
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
