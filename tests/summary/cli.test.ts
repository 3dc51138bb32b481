import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import type { SummaryJson } from '../../src/domain/summary/json';

const EXAMPLE = 'examples/handlingsplan-is-it-2011.xlsx';
const WITH_PROBLEMS = 'examples/handlingsplan-is-it-2011-med-fel.xlsx';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t), today: '2026-11-27' };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('plankoll summary on the example workbook (hand-computed from the plan’s 18 actions)', () => {
  let json: SummaryJson;
  beforeAll(async () => {
    const r = await run(['summary', EXAMPLE, '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    json = JSON.parse(r.out) as SummaryJson;
  });

  it('uses the Plan’s Rapportdatum and gives the totals: 3 910 000 budget, 2 289 700 spent, 7 of 18 done', () => {
    expect(json.plan).toMatchObject({ name: 'Handlingsplan för styrning av IS/IT', reportDate: '2011-12-31', totalBudget: 3_910_000 });
    expect(json.totals).toEqual({ budget: 3_910_000, spent: 2_289_700, remaining: 1_620_300, actions: 18, done: 7, overdue: 0, forecast: 3_839_700, deviation: 70_300 });
  });

  it('sums the municipality columns to the founding shares and splits spending without losing an öre', () => {
    expect(json.byMunicipality.map((m) => [m.name, m.budget])).toEqual([
      ['Mora', 2_290_000],
      ['Orsa', 790_000],
      ['Älvdalen', 830_000],
    ]);
    const spent = json.byMunicipality.reduce((s, m) => s + m.spent, 0);
    expect(Math.abs(spent - 2_289_700)).toBeLessThanOrEqual(0.02);
    for (const m of json.byMunicipality) expect(m.remaining).toBeCloseTo(m.budget - m.spent, 2);
  });

  it('lights the nine goals: M5 amber (A10 Försenad), the rest green', () => {
    expect(json.byGoal.map((g) => `${g.id}:${g.light}`)).toEqual([
      'M1:green', 'M2:green', 'M3:green', 'M4:green', 'M5:amber', 'M6:green', 'M7:green', 'M8:green', 'M9:green',
    ]);
    expect(json.byGoal.find((g) => g.id === 'M9')).toMatchObject({ actions: 2, done: 0, budget: 900_000, spent: 540_000 });
  });

  it('counts the statuses: 1 not started, 9 in progress, 7 done, 1 delayed, 0 cancelled', () => {
    expect(json.byStatus).toEqual([
      { status: 'notStarted', count: 1 },
      { status: 'inProgress', count: 9 },
      { status: 'done', count: 7 },
      { status: 'delayed', count: 1 },
      { status: 'cancelled', count: 0 },
    ]);
    expect(json.overdue).toEqual([]);
  });
});

describe('plankoll summary options and errors', () => {
  it('--report-date beats the Plan’s date and makes actions overdue', async () => {
    const r = await run(['summary', EXAMPLE, '--json', '--report-date', '2012-03-31']);
    const json = JSON.parse(r.out) as SummaryJson;
    expect(json.plan.reportDate).toBe('2012-03-31');
    // Ended before 2012-03-31 and not Klar: A06 (2012-02-29, 31 days), A18 (2012-02-29, 31 days).
    expect(json.overdue.map((o) => [o.id, o.end, o.daysLate])).toEqual([
      ['A06', '2012-02-29', 31],
      ['A18', '2012-02-29', 31],
    ]);
    expect(json.byGoal.find((g) => g.id === 'M9')?.light).toBe('red');
  });

  it('exits 0 on a workbook with errors: the summary can still be made', async () => {
    const r = await run(['summary', WITH_PROBLEMS]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Validering: [1-9]\d* fel/);
  });

  it('prints a Swedish text report with lights as words', async () => {
    const r = await run(['summary', EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Budget              3 910 000 kr');
    expect(r.out).toContain('Utfall              2 289 700 kr (58,6 %)');
    expect(r.out).toMatch(/^ {2}M5 +Gul /m);
    expect(r.out).toMatch(/^ {2}Mora +2 290 000 kr/m);
    expect(r.out).toContain('Inga åtgärder har passerat slutdatum.');
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['summary', EXAMPLE, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Report date: 2011-12-31$/m);
    expect(r.out).toMatch(/^ {2}M5 +Amber /m);
  });

  it('exits 2 with one line for a missing file, a bad date or a wrong usage', async () => {
    for (const argv of [
      ['summary', 'no-such-file.xlsx'],
      ['summary', EXAMPLE, '--report-date', '2011-02-30'],
      ['summary'],
      ['summary', EXAMPLE, '--lang', 'fi'],
      ['summary', EXAMPLE, '--verbose'],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^plankoll summary: /);
    }
  });
});
