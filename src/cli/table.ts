/**
 * The command table: every verb of `plankoll`, its operands, options and what it does. The parser,
 * the help text and each usage line are made from it. Adding a verb is one entry here and one module
 * in commands/ (see README.md in this folder).
 */
import * as diff from './commands/diff';
import * as seal from './commands/seal';
import * as summary from './commands/summary';
import * as validate from './commands/validate';
import * as verify from './commands/verify';
import type { CommandArgs, CommandContext, CommandSpec } from './spec';

// The verbs that write workbooks (exceljs, or the zip-level writer) or render a PDF load their libraries (and themselves) only
// when they run: requiring exceljs alone costs about 0.25 s of CPU that `validate` should not pay.
const example = {
  run: async (args: CommandArgs, ctx: CommandContext): Promise<number> => (await import('./commands/example')).run(args, ctx),
};
const report = {
  run: async (args: CommandArgs, ctx: CommandContext): Promise<number> => (await import('./commands/report')).run(args, ctx),
};
const record = {
  run: async (args: CommandArgs, ctx: CommandContext): Promise<number> => (await import('./commands/record')).run(args, ctx),
};
const template = {
  run: async (args: CommandArgs, ctx: CommandContext): Promise<number> => (await import('./commands/template')).run(args, ctx),
};

const FILE = { sv: 'FIL', en: 'FILE' } as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate',
    operands: [FILE],
    options: ['json', 'reportDate'],
    summary: { sv: 'granskar en handlingsplan (slutkod 0: inga fel, 1: fel)', en: 'checks an action-plan workbook (exit 0: no errors, 1: errors)' },
    run: validate.run,
  },
  {
    name: 'summary',
    operands: [FILE],
    options: ['json', 'reportDate'],
    summary: {
      sv: 'lägesrapport: totaler, per kommun, mål och status, försenade åtgärder',
      en: 'status summary: totals, per municipality, goal and status, overdue actions',
    },
    run: summary.run,
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
    run: report.run,
  },
  {
    name: 'seal',
    operands: [FILE],
    options: ['by', 'output', 'force', 'catalog'],
    required: [{ option: 'by', what: { sv: 'vem som förseglar', en: 'who seals the workbook' } }],
    summary: { sv: 'förseglar en arbetsbok utan fel (på plats, eller till UT)', en: 'seals a workbook that has no errors (in place, or to OUT)' },
    run: seal.run,
  },
  {
    name: 'record',
    operands: [FILE],
    options: ['period', 'reportDate', 'output', 'replace', 'force'],
    summary: {
      sv: 'sparar uppföljningen i Uppföljning (Spara uppföljning; på plats, eller till UT)',
      en: 'records the follow-up into Uppföljning (Spara uppföljning; in place, or to OUT)',
    },
    run: record.run,
  },
  {
    name: 'verify',
    operands: [FILE],
    options: ['json'],
    summary: { sv: 'kontrollerar förseglingen (slutkod 0: oförändrad, 1: ändrad eller saknas)', en: 'checks the seal (exit 0: intact, 1: changed or absent)' },
    run: verify.run,
  },
  {
    name: 'diff',
    operands: [
      { sv: 'GAMMAL', en: 'OLD' },
      { sv: 'NY', en: 'NEW' },
    ],
    options: ['json'],
    summary: { sv: 'jämför två arbetsböckers planer värde för värde (slutkod 0: inga ändringar, 1: ändringar)', en: "compares two workbooks' plans value by value (exit 0: no changes, 1: changes)" },
    run: diff.run,
  },
  {
    name: 'example',
    operands: [],
    options: ['output', 'withProblems', 'force'],
    required: [{ option: 'output', what: { sv: 'filen som skrivs', en: 'the file to write' } }],
    summary: { sv: 'skriver exemplet: handlingsplanen för IS/IT 2011', en: 'writes the example workbook of the 2011 IS/IT plan' },
    run: example.run,
  },
  {
    name: 'template',
    operands: [],
    options: ['output', 'municipalities', 'force'],
    required: [{ option: 'output', what: { sv: 'filen som skrivs', en: 'the file to write' } }],
    summary: { sv: 'skriver en tom handlingsplan (Ny handlingsplan)', en: 'writes an empty action-plan workbook (Ny handlingsplan)' },
    run: template.run,
  },
];
