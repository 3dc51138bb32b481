/**
 * The example plan: Mora, Orsa and Älvdalen's action plan for the governance of IS/IT, adopted by
 * Mora's municipal executive board on 22 February 2011 (see shared/seed). The cost 3 910 000 kr and its
 * split 2 290 000 / 790 000 / 830 000 and the nine goals are the real ones; the actions, people and
 * dates are invented but plausible. Followed up on 2011-12-31.
 *
 * Every action's shares sum to its budget, every municipality's column to its share, and each split
 * is within 0.07 percentage points of the allocation key, so the plan validates with no findings.
 */

export interface ExampleRole {
  readonly role: string;
  readonly name: string;
  readonly organisation: string;
  /** kronor; null = no decision authority; 'obegränsad' = no limit. */
  readonly limit: number | null | 'obegränsad';
}

export interface ExampleAction {
  readonly id: string;
  readonly name: string;
  readonly goalId: string;
  readonly responsible: string;
  readonly decisionMaker: string;
  readonly start: string;
  readonly end: string;
  readonly status: 'Ej påbörjad' | 'Pågår' | 'Klar' | 'Försenad' | 'Avbruten';
  readonly budget: number;
  /** Mora, Orsa, Älvdalen. */
  readonly shares: readonly [number, number, number];
  /** null = nothing spent yet (a blank cell). */
  readonly spent: number | null;
  /** Prognos (kr): the expected total cost; null = blank (worked out: Utfall when Klar, else the budget). */
  readonly forecast?: number | null;
  readonly comment: string;
}

export const PLAN_INFO = {
  name: 'Handlingsplan för styrning av IS/IT',
  decisionDate: '2011-02-22',
  decidedBy: 'Kommunstyrelsen, Mora kommun',
  totalBudget: 3_910_000,
  reportDate: '2011-12-31',
  tolerance: 0.5,
} as const;

export const MUNICIPALITIES = ['Mora', 'Orsa', 'Älvdalen'] as const;

export const FINANCING: readonly { readonly municipality: string; readonly share: number; readonly percent: number }[] = [
  { municipality: 'Mora', share: 2_290_000, percent: 0.5857 },
  { municipality: 'Orsa', share: 790_000, percent: 0.202 },
  { municipality: 'Älvdalen', share: 830_000, percent: 0.2123 },
];

/** The nine goals of the plan, as adopted. */
export const GOALS: readonly { readonly id: string; readonly name: string }[] = [
  { id: 'M1', name: 'Tydliga ansvarsroller' },
  { id: 'M2', name: 'Befogenhetsfördelningar' },
  { id: 'M3', name: 'Beskrivning av IT-verksamheten för övriga intressenter' },
  { id: 'M4', name: 'Ökad kontroll, styrning, samordning och uppföljning' },
  { id: 'M5', name: 'Ökad tydlighet och ökat ansvar mellan verksamhet och IS/IT-enhet' },
  { id: 'M6', name: 'Ökad tydlighet i funktioner' },
  { id: 'M7', name: 'Struktur, metoder och modeller för ökad kontroll och ökade nyttor i verksamheten' },
  {
    id: 'M8',
    name: 'Att samtliga kommuner och dess verksamheter involveras och engageras i hur verksamhetsnytta skapas genom IS/IT',
  },
  { id: 'M9', name: 'Hållbar, säker och stabil driftsmiljö' },
];

export const ROLES: readonly ExampleRole[] = [
  { role: 'Kommunstyrelsens ordförande', name: 'Göran Ersson', organisation: 'Mora kommun', limit: 'obegränsad' },
  { role: 'Kommundirektör', name: 'Karin Lindqvist', organisation: 'Mora kommun', limit: 500_000 },
  { role: 'Kommunchef Orsa', name: 'Per Mattsson', organisation: 'Orsa kommun', limit: 300_000 },
  { role: 'Kommunchef Älvdalen', name: 'Anna Björklund', organisation: 'Älvdalens kommun', limit: 300_000 },
  {
    role: 'Ordförande servicenämnden för IT',
    name: 'Lars Olsson',
    organisation: 'Gemensam servicenämnd för IT',
    limit: 1_000_000,
  },
  { role: 'IT-chef', name: 'Mikael Sundberg', organisation: 'IS/IT-enheten, Mora kommun', limit: 300_000 },
  { role: 'Ekonomichef', name: 'Eva Hedlund', organisation: 'Mora kommun', limit: 200_000 },
  { role: 'IS/IT-strateg', name: 'Sofia Nilsson', organisation: 'Mora kommun', limit: null },
  { role: 'Projektledare IS/IT-styrning', name: 'Johan Andersson', organisation: 'Mora kommun', limit: null },
  { role: 'Driftchef IT', name: 'Erik Holm', organisation: 'IS/IT-enheten, Mora kommun', limit: 150_000 },
  { role: 'Informationssäkerhetssamordnare', name: 'Maria Eriksson', organisation: 'IS/IT-enheten, Mora kommun', limit: null },
  { role: 'Kommunikationschef', name: 'Helena Berg', organisation: 'Mora kommun', limit: 100_000 },
  { role: 'Verksamhetsutvecklare Orsa', name: 'Nils Jonsson', organisation: 'Orsa kommun', limit: null },
  { role: 'IT-samordnare Älvdalen', name: 'Karl Persson', organisation: 'Älvdalens kommun', limit: null },
];

export const ACTIONS: readonly ExampleAction[] = [
  {
    id: 'A01', name: 'Fastställa roll- och ansvarsbeskrivningar för styrningen av IS/IT', goalId: 'M1',
    responsible: 'Projektledare IS/IT-styrning', decisionMaker: 'Kommundirektör',
    start: '2011-03-01', end: '2011-06-30', status: 'Klar',
    budget: 180_000, shares: [105_400, 36_400, 38_200], spent: 172_400, comment: 'Antagen av styrgruppen i juni',
  },
  {
    id: 'A02', name: 'Utse systemägare och systemförvaltare för verksamhetssystemen', goalId: 'M1',
    responsible: 'IS/IT-strateg', decisionMaker: 'Kommundirektör',
    start: '2011-04-01', end: '2011-10-31', status: 'Klar',
    budget: 140_000, shares: [82_000, 28_300, 29_700], spent: 138_000, comment: '',
  },
  {
    id: 'A03', name: 'Revidera delegationsordningen för servicenämnden för IT', goalId: 'M2',
    responsible: 'IS/IT-strateg', decisionMaker: 'Ordförande servicenämnden för IT',
    start: '2011-03-15', end: '2011-09-30', status: 'Klar',
    budget: 120_000, shares: [70_300, 24_200, 25_500], spent: 114_500, comment: 'Beslutad i nämnden 2011-09-20',
  },
  {
    id: 'A04', name: 'Gemensam attestordning och beslutsrätt för IT-inköp', goalId: 'M2',
    responsible: 'Ekonomichef', decisionMaker: 'Kommundirektör',
    start: '2011-04-01', end: '2011-08-31', status: 'Klar',
    budget: 90_000, shares: [52_700, 18_200, 19_100], spent: 86_300, comment: '',
  },
  {
    id: 'A05', name: 'Tjänstekatalog som beskriver IT-verksamhetens tjänster', goalId: 'M3',
    responsible: 'IT-chef', decisionMaker: 'Ordförande servicenämnden för IT',
    start: '2011-04-01', end: '2012-03-31', status: 'Pågår',
    budget: 260_000, shares: [152_300, 52_500, 55_200], spent: 150_000, forecast: 240_000, comment: 'Version 1 publicerad på intranätet',
  },
  {
    id: 'A06', name: 'Informationsmaterial om IT-verksamheten till förvaltningarna', goalId: 'M3',
    responsible: 'Kommunikationschef', decisionMaker: 'Kommundirektör',
    start: '2011-09-01', end: '2012-02-29', status: 'Pågår',
    budget: 110_000, shares: [64_400, 22_200, 23_400], spent: 40_000, comment: '',
  },
  {
    id: 'A07', name: 'Månatlig ekonomisk uppföljning av IT-verksamheten', goalId: 'M4',
    responsible: 'Ekonomichef', decisionMaker: 'Kommundirektör',
    start: '2011-03-01', end: '2011-12-31', status: 'Klar',
    budget: 150_000, shares: [87_900, 30_300, 31_800], spent: 146_000, comment: 'Rapport varje månad till styrgruppen',
  },
  {
    id: 'A08', name: 'Styrgrupp för IS/IT med kommuncheferna i de tre kommunerna', goalId: 'M4',
    responsible: 'Projektledare IS/IT-styrning', decisionMaker: 'Kommundirektör',
    start: '2011-03-01', end: '2011-12-31', status: 'Klar',
    budget: 80_000, shares: [46_800, 16_200, 17_000], spent: 78_500, comment: '',
  },
  {
    id: 'A09', name: 'Överenskommelser om tjänstenivåer (SLA) mellan verksamheterna och IS/IT-enheten', goalId: 'M5',
    responsible: 'IT-chef', decisionMaker: 'Ordförande servicenämnden för IT',
    start: '2011-05-01', end: '2012-04-30', status: 'Pågår',
    budget: 240_000, shares: [140_600, 48_500, 50_900], spent: 120_000, comment: '',
  },
  {
    id: 'A10', name: 'Beställarroller för IS/IT i förvaltningarna', goalId: 'M5',
    responsible: 'Verksamhetsutvecklare Orsa', decisionMaker: 'Kommunchef Orsa',
    start: '2011-06-01', end: '2012-06-30', status: 'Försenad',
    budget: 160_000, shares: [93_700, 32_300, 34_000], spent: 35_000, forecast: 160_000, comment: 'Rekryteringen av beställare drog ut på tiden',
  },
  {
    id: 'A11', name: 'Organisationsöversyn av IS/IT-enheten med funktionsbeskrivningar', goalId: 'M6',
    responsible: 'IT-chef', decisionMaker: 'Kommundirektör',
    start: '2011-04-01', end: '2011-11-30', status: 'Klar',
    budget: 300_000, shares: [175_700, 60_600, 63_700], spent: 289_000, comment: '',
  },
  {
    id: 'A12', name: 'Gemensam servicedesk med en ingång för alla tre kommunerna', goalId: 'M6',
    responsible: 'Driftchef IT', decisionMaker: 'IT-chef',
    start: '2011-08-01', end: '2012-05-31', status: 'Pågår',
    budget: 280_000, shares: [164_000, 56_600, 59_400], spent: 95_000, forecast: 265_000, comment: '',
  },
  {
    id: 'A13', name: 'Projektmodell och nyttokalkyl för IS/IT-investeringar', goalId: 'M7',
    responsible: 'IS/IT-strateg', decisionMaker: 'Kommundirektör',
    start: '2011-05-01', end: '2012-03-31', status: 'Pågår',
    budget: 330_000, shares: [193_200, 66_700, 70_100], spent: 180_000, forecast: 330_000, comment: '',
  },
  {
    id: 'A14', name: 'Förvaltningsmodell för verksamhetssystemen', goalId: 'M7',
    responsible: 'Projektledare IS/IT-styrning', decisionMaker: 'Ordförande servicenämnden för IT',
    start: '2011-09-01', end: '2012-08-31', status: 'Pågår',
    budget: 310_000, shares: [181_600, 62_600, 65_800], spent: 60_000, comment: '',
  },
  {
    id: 'A15', name: 'Nätverk av IT-ombud i förvaltningarna i Mora, Orsa och Älvdalen', goalId: 'M8',
    responsible: 'IT-samordnare Älvdalen', decisionMaker: 'Kommunchef Älvdalen',
    start: '2011-09-01', end: '2012-06-30', status: 'Pågår',
    budget: 170_000, shares: [99_600, 34_300, 36_100], spent: 45_000, comment: 'Första träffen hölls i oktober',
  },
  {
    id: 'A16', name: 'Workshoppar om verksamhetsnytta med kommunernas ledningsgrupper', goalId: 'M8',
    responsible: 'IS/IT-strateg', decisionMaker: 'Kommunchef Orsa',
    start: '2012-01-16', end: '2012-04-30', status: 'Ej påbörjad',
    budget: 90_000, shares: [52_700, 18_200, 19_100], spent: null, comment: '',
  },
  {
    id: 'A17', name: 'Redundant serverhall med reservkraft', goalId: 'M9',
    responsible: 'Driftchef IT', decisionMaker: 'Ordförande servicenämnden för IT',
    start: '2011-05-01', end: '2012-06-30', status: 'Pågår',
    budget: 650_000, shares: [380_700, 131_400, 137_900], spent: 410_000, forecast: 650_000,
    comment: 'Upphandlad; driftsätts våren 2012. Reservkraften omförhandlad, prognosen åter inom budget',
  },
  {
    id: 'A18', name: 'Informationssäkerhetspolicy och kontinuitetsplan för IT-driften', goalId: 'M9',
    responsible: 'Informationssäkerhetssamordnare', decisionMaker: 'Kommundirektör',
    start: '2011-04-01', end: '2012-02-29', status: 'Pågår',
    budget: 250_000, shares: [146_400, 50_500, 53_100], spent: 130_000, comment: '',
  },
];
