/**
 * A large plan workbook for benches: the example's sheets with N generated actions (default 20 000),
 * written once per process with writePlan to a temp dir. Budgets and shares are consistent, so the
 * plan validates clean and the benches time the normal path.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { examplePlanWorkbook } from '../src/domain/example';
import type { PlanCell, PlanTable, PlanWorkbook } from '../src/domain/example';
import { GOALS } from '../src/domain/example/plan2011';
import { writePlanXlsx } from '../src/xlsx/writePlan';

const STATUSES = ['Klar', 'Pågår', 'Ej påbörjad', 'Försenad'] as const;
const PAIRS = [
  ['Projektledare IS/IT-styrning', 'Ordförande servicenämnden för IT'],
  ['IS/IT-strateg', 'Kommunstyrelsens ordförande'],
  ['Driftchef IT', 'Ordförande servicenämnden för IT'],
  ['IT-chef', 'Kommunstyrelsens ordförande'],
] as const;

/** The example workbook with `count` generated actions instead of its own. */
export function benchPlan(count = 20_000): PlanWorkbook {
  const base = examplePlanWorkbook().tables;
  const actionsTemplate = base.find((t) => t.table === 'Atgarder');
  if (actionsTemplate === undefined) throw new Error('the example has no Atgarder table');
  const rows: PlanCell[][] = [];
  const sums = [0, 0, 0];
  for (let i = 0; i < count; i++) {
    const budget = 10_000 + (i % 97) * 1_000;
    const orsa = Math.round((budget * 790) / 3910);
    const alvdalen = Math.round((budget * 830) / 3910);
    const mora = budget - orsa - alvdalen;
    sums[0] += mora;
    sums[1] += orsa;
    sums[2] += alvdalen;
    const status = STATUSES[i % STATUSES.length];
    const [responsible, decisionMaker] = PAIRS[i % PAIRS.length];
    const done = status === 'Klar';
    rows.push([
      `A${String(i + 1).padStart(5, '0')}`,
      `Åtgärd ${i + 1} inom styrningen av IS/IT`,
      GOALS[i % GOALS.length].id,
      responsible,
      decisionMaker,
      { date: '2011-03-01' },
      { date: done ? '2011-10-31' : '2012-06-30' },
      status,
      budget,
      mora,
      orsa,
      alvdalen,
      done ? budget - 500 : status === 'Ej påbörjad' ? null : Math.round(budget / 3),
      null, // Prognos (kr): blank, worked out (Utfall when Klar, else the budget)
      status === 'Försenad' ? 'Försenad: leverantören levererar senare' : i % 10 === 0 ? 'Kommentar' : null,
    ]);
  }
  const total = sums[0] + sums[1] + sums[2];
  const tables: PlanTable[] = base.map((t): PlanTable => {
    if (t.table === 'Atgarder') return { ...t, rows };
    if (t.table === 'Finansiering') return { ...t, rows: t.rows.map((r, i) => [r[0], sums[i], sums[i] / total]) };
    // The example's follow-up history names its own actions (A01…), which the generated plan does not have.
    if (t.table === 'Uppfoljning') return { ...t, rows: [] };
    if (t.table === 'Plan') return { ...t, rows: t.rows.map((r) => (r[0] === 'Total budget (kr)' ? [r[0], { amount: total }] : r)) };
    return t;
  });
  return { tables };
}

const cache = new Map<number, string>();

/** Writes the bench workbook (once per process and size) and returns its path. */
export async function generateBenchWorkbook(count = 20_000): Promise<string> {
  const cached = cache.get(count);
  if (cached !== undefined) return cached;
  const path = join(mkdtempSync(join(tmpdir(), 'plankoll-bench-')), `handlingsplan-${count}.xlsx`);
  writeFileSync(path, await writePlanXlsx(benchPlan(count)));
  cache.set(count, path);
  return path;
}
