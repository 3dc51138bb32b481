/**
 * The command table: every verb of `plankoll`, its operands, options and what it does. The parser,
 * the help text and each usage line are made from it. Adding a verb is one entry here and one module
 * in commands/ (see README.md in this folder).
 */
import type { CommandArgs, CommandContext, CommandSpec } from './spec';

// Every verb loads its module (and the libraries it uses) only when it runs: the zip-level writer
// (jszip), exceljs and pdfmake cost `validate` CPU at startup it should not pay (about 40 ms for the
// verbs' modules and jszip alone, 0.25 s more for exceljs).
const lazy = (load: () => Promise<{ run: CommandSpec['run'] }>): CommandSpec['run'] =>
  async (args: CommandArgs, ctx: CommandContext): Promise<number> => (await load()).run(args, ctx);
const validate = lazy(() => import('./commands/validate'));
const summary = lazy(() => import('./commands/summary'));
const seal = lazy(() => import('./commands/seal'));
const verify = lazy(() => import('./commands/verify'));
const diff = lazy(() => import('./commands/diff'));
const example = lazy(() => import('./commands/example'));
const report = lazy(() => import('./commands/report'));
const record = lazy(() => import('./commands/record'));
const template = lazy(() => import('./commands/template'));

const FILE = { sv: 'FIL', en: 'FILE' } as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate',
    operands: [FILE],
    options: ['json', 'reportDate'],
    summary: { sv: 'granskar en handlingsplan (slutkod 0: inga fel, 1: fel)', en: 'checks an action-plan workbook (exit 0: no errors, 1: errors)' },
    run: validate,
  },
  {
    name: 'summary',
    operands: [FILE],
    options: ['json', 'reportDate'],
    summary: {
      sv: 'lägesrapport: totaler, per kommun, mål och status, försenade åtgärder',
      en: 'status summary: totals, per municipality, goal and status, overdue actions',
    },
    run: summary,
  },
  {
    name: 'report',
    operands: [FILE],
    options: ['output', 'reportDate', 'force'],
    required: [{ option: 'output', what: { sv: 'PDF-filen som skrivs', en: 'the PDF file to write' } }],
    summary: {
      sv: 'mötesunderlaget som PDF (A4): läget, per kommun och mål, avvikelser, diagram',
      en: 'the meeting handout as PDF (A4): status, per municipality and goal, deviations, charts',
    },
    run: report,
  },
  {
    name: 'seal',
    operands: [FILE],
    options: ['by', 'output', 'force', 'catalog'],
    required: [{ option: 'by', what: { sv: 'vem som förseglar', en: 'who seals the workbook' } }],
    summary: { sv: 'förseglar en arbetsbok utan fel (på plats, eller till UT)', en: 'seals a workbook that has no errors (in place, or to OUT)' },
    run: seal,
  },
  {
    name: 'record',
    operands: [FILE],
    options: ['period', 'reportDate', 'output', 'replace', 'force'],
    summary: {
      sv: 'sparar uppföljningen på bladet Uppföljning (Spara uppföljning; på plats, eller till UT)',
      en: 'records the follow-up into Uppföljning (Spara uppföljning; in place, or to OUT)',
    },
    run: record,
  },
  {
    name: 'verify',
    operands: [FILE],
    options: ['json'],
    summary: { sv: 'kontrollerar förseglingen (slutkod 0: oförändrad, 1: ändrad eller saknas)', en: 'checks the seal (exit 0: intact, 1: changed or absent)' },
    run: verify,
  },
  {
    name: 'diff',
    operands: [
      { sv: 'GAMMAL', en: 'OLD' },
      { sv: 'NY', en: 'NEW' },
    ],
    options: ['json'],
    summary: { sv: 'jämför två arbetsböckers planer värde för värde (slutkod 0: inga ändringar, 1: ändringar)', en: "compares two workbooks' plans value by value (exit 0: no changes, 1: changes)" },
    run: diff,
  },
  {
    name: 'example',
    operands: [],
    options: ['output', 'withProblems', 'force'],
    required: [{ option: 'output', what: { sv: 'filen som skrivs', en: 'the file to write' } }],
    summary: { sv: 'skriver exemplet: handlingsplanen för IS/IT 2011', en: 'writes the example workbook of the 2011 IS/IT plan' },
    run: example,
  },
  {
    name: 'template',
    operands: [],
    options: ['output', 'municipalities', 'force'],
    required: [{ option: 'output', what: { sv: 'filen som skrivs', en: 'the file to write' } }],
    summary: { sv: 'skriver en tom handlingsplan (Ny handlingsplan)', en: 'writes an empty action-plan workbook (Ny handlingsplan)' },
    run: template,
  },
];
