/**
 * Writes the .xlsx fixtures of the file tests (tests/files) to tests/fixtures/generated/ (gitignored).
 * Jest's globalSetup runs it; `npx tsx scripts/make-fixtures.ts` does the same by hand.
 *
 * One small plan (total 1 000 000 kr = Mora 600 000 + Orsa 200 000 + Älvdalen 200 000, report date
 * 2011-12-31) is written in different shapes — Swedish or English names, Excel tables or plain sheets,
 * at A1 or further in, columns shuffled, dates as serials or ISO text — and each fixture changes a
 * few cells to provoke the findings of one rule family. The cells each fixture must report are listed
 * in tests/files/*.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseA1 } from '../src/domain/a1';
import { isoToSerial } from '../src/domain/dates';

export const FIXTURES_DIR = join(__dirname, '..', 'tests', 'fixtures', 'generated');

type Lang = 'sv' | 'en';
/** A cell to write: a Date-less plain value, an ISO date to write as a real date, or an Excel error. */
type Cell = string | number | boolean | null | { readonly date: string } | { readonly error: string };
type Row = Record<string, Cell>;

interface Shape {
  readonly lang: Lang;
  /** Excel tables (named as SPEC §1) or plain sheets found by name. */
  readonly tables: boolean;
  /** Top-left cell of every block. */
  readonly at: string;
  /** Column keys of Åtgärder in the order to write them (default: the standard order). */
  readonly actionOrder?: readonly string[];
  /** Write dates as ISO text instead of real dates. */
  readonly isoTextDates?: boolean;
}

const NAMES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  sv: {
    Plan: 'Plan', Financing: 'Finansiering', Goals: 'Mål', Roles: 'Roller', Actions: 'Åtgärder',
    key: 'Egenskap', value: 'Värde', name: 'Namn', decisionDate: 'Beslutsdatum', decidedBy: 'Beslutsorgan',
    totalBudget: 'Total budget (kr)', reportDate: 'Rapportdatum',
    municipality: 'Kommun', share: 'Andel (kr)', percent: 'Andel (%)',
    goalId: 'MålID', goal: 'Mål',
    role: 'Roll', person: 'Namn', organisation: 'Organisation', limit: 'Beslutsrätt (kr)',
    id: 'ID', action: 'Åtgärd', responsible: 'Ansvarig', decisionMaker: 'Beslutsfattare', start: 'Start',
    end: 'Slut', status: 'Status', budget: 'Budget (kr)', spent: 'Utfall (kr)', comment: 'Kommentar',
    done: 'Klar', inProgress: 'Pågår', notStarted: 'Ej påbörjad', unlimited: 'obegränsad',
  },
  en: {
    Plan: 'Plan', Financing: 'Funding', Goals: 'Goals', Roles: 'Roles', Actions: 'Actions',
    key: 'Property', value: 'Value', name: 'Name', decisionDate: 'Decision date', decidedBy: 'Decided by',
    totalBudget: 'Total budget', reportDate: 'Report date',
    municipality: 'Municipality', share: 'Share', percent: 'Share %',
    goalId: 'GoalID', goal: 'Goal',
    role: 'Role', person: 'Name', organisation: 'Organisation', limit: 'Decision limit',
    id: 'ID', action: 'Action', responsible: 'Responsible', decisionMaker: 'Decision maker', start: 'Start',
    end: 'End', status: 'Status', budget: 'Budget', spent: 'Spent', comment: 'Comment',
    done: 'Done', inProgress: 'In progress', notStarted: 'Not started', unlimited: 'unlimited',
  },
};

const TABLE_NAMES = { Plan: 'Plan', Financing: 'Finansiering', Goals: 'Mal', Roles: 'Roller', Actions: 'Atgarder' } as const;
const MUNICIPALITIES = ['Mora', 'Orsa', 'Älvdalen'] as const;
export const STANDARD_ACTION_ORDER: readonly string[] = [
  'id', 'action', 'goalId', 'responsible', 'decisionMaker', 'start', 'end', 'status', 'budget', ...MUNICIPALITIES, 'spent', 'comment',
];

/** The plan's data, by field key; statuses and `unlimited` are translated when written. */
export interface FixturePlan {
  plan: Row[];
  financing: Row[];
  goals: Row[];
  roles: Row[];
  actions: Row[];
}

export function basePlan(): FixturePlan {
  return {
    plan: [
      { key: 'name', value: 'Testplan' },
      { key: 'decisionDate', value: { date: '2011-02-22' } },
      { key: 'decidedBy', value: 'Kommunstyrelsen' },
      { key: 'totalBudget', value: 1_000_000 },
      { key: 'reportDate', value: { date: '2011-12-31' } },
    ],
    financing: [
      { municipality: 'Mora', share: 600_000, percent: 0.6 },
      { municipality: 'Orsa', share: 200_000, percent: 0.2 },
      { municipality: 'Älvdalen', share: 200_000, percent: 0.2 },
    ],
    goals: [
      { goalId: 'G1', goal: 'Tydliga ansvarsroller' },
      { goalId: 'G2', goal: 'Stabil drift' },
    ],
    roles: [
      { role: 'Kommundirektör', person: 'Karin Lind', organisation: 'Mora kommun', limit: 'unlimited' },
      { role: 'IT-chef', person: 'Mikael Sund', organisation: 'IT-enheten', limit: 200_000 },
      { role: 'IS/IT-strateg', person: 'Sofia Nil', organisation: 'Mora kommun', limit: null },
    ],
    actions: [
      {
        id: 'A1', action: 'Rollbeskrivningar', goalId: 'G1', responsible: 'IS/IT-strateg', decisionMaker: 'Kommundirektör',
        start: { date: '2011-03-01' }, end: { date: '2011-06-30' }, status: 'done',
        budget: 300_000, Mora: 180_000, Orsa: 60_000, Älvdalen: 60_000, spent: 290_000, comment: null,
      },
      {
        id: 'A2', action: 'Servicedesk', goalId: 'G2', responsible: 'IS/IT-strateg', decisionMaker: 'IT-chef',
        start: { date: '2011-05-01' }, end: { date: '2012-03-31' }, status: 'inProgress',
        budget: 200_000, Mora: 120_000, Orsa: 40_000, Älvdalen: 40_000, spent: 50_000, comment: 'Upphandlad',
      },
      {
        id: 'A3', action: 'Serverhall', goalId: 'G2', responsible: 'IT-chef', decisionMaker: 'Kommundirektör',
        start: { date: '2011-09-01' }, end: { date: '2012-06-30' }, status: 'notStarted',
        budget: 500_000, Mora: 300_000, Orsa: 100_000, Älvdalen: 100_000, spent: null, comment: null,
      },
    ],
  };
}

function translate(value: Cell, lang: Lang): Cell {
  if (typeof value === 'string' && ['done', 'inProgress', 'notStarted', 'unlimited'].includes(value)) return NAMES[lang][value];
  return value;
}

function toExcel(value: Cell, shape: Shape): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object') return value;
  if ('date' in value) {
    const serial = isoToSerial(value.date);
    if (shape.isoTextDates || serial === null) return value.date;
    return new Date((serial - 25_569) * 86_400_000);
  }
  return { formula: value.error === '#REF!' ? '#REF!' : 'NA()', result: { error: value.error } } as ExcelJS.CellFormulaValue;
}

/** Writes a block (header + rows) at `shape.at`, as an Excel table or plain cells. */
function writeBlock(wb: ExcelJS.Workbook, shape: Shape, object: keyof typeof TABLE_NAMES, keys: readonly string[], rows: readonly Row[]): void {
  const names = NAMES[shape.lang];
  const ws = wb.addWorksheet(names[object]);
  const at = parseA1(shape.at) ?? { row: 0, col: 0 };
  const header = keys.map((k) => names[k] ?? k);
  if (shape.tables) {
    ws.addTable({
      name: TABLE_NAMES[object],
      ref: shape.at,
      headerRow: true,
      totalsRow: false,
      columns: header.map((name) => ({ name, filterButton: true })),
      rows: rows.map(() => keys.map(() => null)),
    });
  } else {
    header.forEach((h, c) => (ws.getCell(at.row + 1, at.col + c + 1).value = h));
  }
  rows.forEach((row, r) => {
    keys.forEach((k, c) => {
      const raw = k === 'key' && typeof row[k] === 'string' ? names[row[k] as string] ?? row[k] : translate(row[k] ?? null, shape.lang);
      const cell = ws.getCell(at.row + r + 2, at.col + c + 1);
      cell.value = toExcel(raw, shape);
      if (raw !== null && typeof raw === 'object' && 'date' in raw) cell.numFmt = 'yyyy-mm-dd';
    });
  });
}

export async function writeFixture(plan: FixturePlan, shape: Shape, omit: readonly string[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const blocks: [keyof typeof TABLE_NAMES, readonly string[], Row[]][] = [
    ['Plan', ['key', 'value'], plan.plan],
    ['Financing', ['municipality', 'share', 'percent'], plan.financing],
    ['Goals', ['goalId', 'goal'], plan.goals],
    ['Roles', ['role', 'person', 'organisation', 'limit'], plan.roles],
    ['Actions', shape.actionOrder ?? STANDARD_ACTION_ORDER, plan.actions],
  ];
  for (const [object, keys, rows] of blocks) if (!omit.includes(object)) writeBlock(wb, shape, object, keys, rows);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const action = (plan: FixturePlan, id: string): Row => {
  const a = plan.actions.find((x) => x.id === id);
  if (a === undefined) throw new Error(`no action ${id}`);
  return a;
};

/** Each fixture: its file name and how it is made. */
export const FIXTURES: Readonly<Record<string, () => Promise<Uint8Array>>> = {
  /** The base plan, English names, plain sheets, shuffled columns: no findings. */
  'clean-en-sheets.xlsx': () =>
    writeFixture(basePlan(), {
      lang: 'en', tables: false, at: 'A1',
      actionOrder: ['status', 'id', 'Orsa', 'budget', 'action', 'spent', 'Mora', 'end', 'responsible', 'Älvdalen', 'start', 'decisionMaker', 'goalId', 'comment'],
    }),

  /** The base plan, Swedish tables at C4 with ISO text dates: no findings. */
  'clean-sv-tables-c4.xlsx': () => writeFixture(basePlan(), { lang: 'sv', tables: true, at: 'C4', isoTextDates: true }),

  /** S001 (no Roles), S002 (no Goals, no Plan), S003 (Actions without Status), S005 (no Älvdalen column). */
  'structure.xlsx': () =>
    writeFixture(basePlan(), {
      lang: 'en', tables: false, at: 'A1',
      actionOrder: ['id', 'action', 'goalId', 'responsible', 'decisionMaker', 'start', 'end', 'budget', 'Mora', 'Orsa', 'spent'],
    }, ['Roles', 'Goals', 'Plan']),

  /** S004: two columns map to Budget (`Budget (kr)` and `Budget`). */
  'structure-duplicate-column.xlsx': () =>
    writeFixture(basePlan(), { lang: 'sv', tables: false, at: 'B2', actionOrder: [...STANDARD_ACTION_ORDER.slice(0, 9), 'Budget', ...STANDARD_ACTION_ORDER.slice(9)] }),

  /** S007: Excel error values in cells the rules read, in Swedish tables at B3. */
  'excel-errors.xlsx': () => {
    const p = basePlan();
    action(p, 'A1').budget = { error: '#REF!' };
    action(p, 'A2').end = { error: '#N/A' };
    action(p, 'A3').Orsa = { error: '#REF!' };
    return writeFixture(p, { lang: 'sv', tables: true, at: 'B3' });
  },

  /** B001–B010 in English plain sheets with shuffled columns. */
  'budget.xlsx': () => {
    const p = basePlan();
    p.plan.find((r) => r.key === 'totalBudget')!.value = 1_100_000; // B004 and B006
    p.financing[1].percent = 0.25; // B007 (Orsa)
    action(p, 'A1').spent = 310_000; // B009
    action(p, 'A1').Mora = '180 000 kr'; // B010 (still used: A1's shares sum)
    action(p, 'A2').Orsa = 50_000; // B003 (shares 210 000 vs 200 000), B008, B005 (Orsa)
    action(p, 'A3').spent = -5_000; // B002
    action(p, 'A3').Mora = 'trehundra'; // B001
    return writeFixture(p, {
      lang: 'en', tables: false, at: 'A1',
      actionOrder: ['id', 'action', 'budget', 'Mora', 'Orsa', 'Älvdalen', 'spent', 'goalId', 'responsible', 'decisionMaker', 'start', 'end', 'status', 'comment'],
    });
  },

  /** R001–R010 in Swedish tables at C4. */
  'responsibility.xlsx': () => {
    const p = basePlan();
    p.roles.push({ role: 'IT-chef', person: 'Dubbel', organisation: 'IT', limit: 100_000 }); // R010
    p.roles.push({ role: 'Controller', person: null, organisation: 'Mora kommun', limit: 50_000 }); // R009 when used
    action(p, 'A1').responsible = null; // R001
    action(p, 'A1').decisionMaker = 'Kommundirektör';
    action(p, 'A2').responsible = 'Controller'; // R009 (vacant)
    action(p, 'A2').decisionMaker = 'IS/IT-strateg'; // R006 (no authority)
    action(p, 'A3').responsible = 'IT-chef & IS/IT-strateg'; // R008
    action(p, 'A3').decisionMaker = 'IT-chef'; // R005 (500 000 > 200 000)
    p.actions.push({
      id: 'A4', action: 'Okänd roll', goalId: 'G1', responsible: 'Kanslichef', decisionMaker: null, // R002, R003
      start: { date: '2011-03-01' }, end: { date: '2012-03-01' }, status: 'inProgress',
      budget: 0, Mora: 0, Orsa: 0, Älvdalen: 0, spent: 0, comment: null,
    });
    p.actions.push({
      id: 'A5', action: 'Egen granskning', goalId: 'G1', responsible: 'Kommundirektör', decisionMaker: 'Kommundirektör', // R007
      start: { date: '2011-03-01' }, end: { date: '2012-03-01' }, status: 'inProgress',
      budget: 0, Mora: 0, Orsa: 0, Älvdalen: 0, spent: 0, comment: null,
    });
    p.actions.push({
      id: 'A6', action: 'Okänd beslutsfattare', goalId: 'G1', responsible: 'IT-chef', decisionMaker: 'Rektor', // R004
      start: { date: '2011-03-01' }, end: { date: '2012-03-01' }, status: 'inProgress',
      budget: 0, Mora: 0, Orsa: 0, Älvdalen: 0, spent: 0, comment: null,
    });
    return writeFixture(p, { lang: 'sv', tables: true, at: 'C4' });
  },

  /** P001–P009 in English tables at A1, dates as ISO text. */
  'schedule.xlsx': () => {
    const p = basePlan();
    p.goals.push({ goalId: 'G3', goal: 'Utan åtgärd' }); // P008
    action(p, 'A1').spent = null; // P009 (done without spent)
    action(p, 'A2').end = { date: '2011-10-31' }; // P007 (in progress, overdue on 2011-12-31)
    action(p, 'A2').id = null; // P001
    action(p, 'A3').goalId = 'G9'; // P003
    action(p, 'A3').start = { date: '2012-07-01' }; // P005 (end 2012-06-30)
    p.actions.push({
      id: 'A1', action: 'Dubblett', goalId: 'G1', responsible: 'IT-chef', decisionMaker: 'Kommundirektör', // P002
      start: '2011-13-01', end: { date: '2012-03-01' }, status: 'Kanske', // P004, P006
      budget: 0, Mora: 0, Orsa: 0, Älvdalen: 0, spent: 0, comment: null,
    });
    return writeFixture(p, { lang: 'en', tables: true, at: 'A1', isoTextDates: true });
  },

  /** Not a workbook at all. */
  'not-a-workbook.xlsx': async () => new TextEncoder().encode('ID;Åtgärd;Budget\nA1;Rollbeskrivningar;300000\n'),

  /** A real workbook cut in half. */
  'corrupt.xlsx': async () => {
    const bytes = await writeFixture(basePlan(), { lang: 'sv', tables: true, at: 'A1' });
    return bytes.subarray(0, Math.floor(bytes.length * 0.6));
  },
};

export async function makeFixtures(dir = FIXTURES_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, make] of Object.entries(FIXTURES)) {
    writeFileSync(join(dir, name), await make());
    written.push(name);
  }
  return written;
}

if (require.main === module) {
  makeFixtures().then(
    (names) => process.stdout.write(`wrote ${names.length} fixtures to ${FIXTURES_DIR}\n`),
    (e: unknown) => {
      process.stderr.write(`make-fixtures: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
