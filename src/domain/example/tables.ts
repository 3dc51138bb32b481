/** The example plan (plan2011.ts) as the five Excel tables of SPEC §1, with its follow-up history (§7). */
import type { PlanCell, PlanColumn, PlanTable, PlanWorkbook } from './workbook';
import { exampleFollowUps } from './history2011';
import { ACTIONS, FINANCING, GOALS, MUNICIPALITIES, PLAN_INFO, ROLES } from './plan2011';

const text = (header: string, width: number): PlanColumn => ({ header, kind: 'text', width });
const amount = (header: string, width = 14): PlanColumn => ({ header, kind: 'amount', width });
const date = (header: string): PlanColumn => ({ header, kind: 'date', width: 12 });

function planTable(): PlanTable {
  return {
    sheet: 'Plan',
    table: 'Plan',
    columns: [text('Egenskap', 32), { header: 'Värde', kind: 'general', width: 44 }],
    rows: [
      ['Namn', PLAN_INFO.name],
      ['Beslutsdatum', { date: PLAN_INFO.decisionDate }],
      ['Beslutsorgan', PLAN_INFO.decidedBy],
      ['Total budget (kr)', { amount: PLAN_INFO.totalBudget }],
      ['Rapportdatum', { date: PLAN_INFO.reportDate }],
      ['Tolerans fördelning (%-enheter)', PLAN_INFO.tolerance],
    ],
  };
}

function financingTable(): PlanTable {
  return {
    sheet: 'Finansiering',
    table: 'Finansiering',
    columns: [text('Kommun', 14), amount('Andel (kr)', 16), { header: 'Andel (%)', kind: 'percent', width: 11 }],
    rows: FINANCING.map((f) => [f.municipality, f.share, f.percent]),
  };
}

function goalsTable(): PlanTable {
  return {
    sheet: 'Mål',
    table: 'Mal',
    columns: [text('MålID', 8), text('Mål', 90)],
    rows: GOALS.map((g) => [g.id, g.name]),
  };
}

function rolesTable(): PlanTable {
  return {
    sheet: 'Roller',
    table: 'Roller',
    columns: [text('Roll', 34), text('Namn', 20), text('Organisation', 30), amount('Beslutsrätt (kr)', 17)],
    rows: ROLES.map((r) => [r.role, r.name, r.organisation, r.limit]),
  };
}

/** Column order of the example's Åtgärder sheet (A..O); problems.ts addresses cells by it. */
export const ACTION_COLUMNS: readonly PlanColumn[] = [
  text('ID', 6),
  text('Åtgärd', 60),
  text('MålID', 8),
  text('Ansvarig', 30),
  text('Beslutsfattare', 32),
  date('Start'),
  date('Slut'),
  text('Status', 12),
  amount('Budget (kr)'),
  ...MUNICIPALITIES.map((m) => amount(m, 12)),
  amount('Utfall (kr)'),
  amount('Prognos (kr)'),
  text('Kommentar', 44),
];

function actionsTable(): PlanTable {
  return {
    sheet: 'Åtgärder',
    table: 'Atgarder',
    columns: ACTION_COLUMNS,
    rows: ACTIONS.map((a): PlanCell[] => [
      a.id,
      a.name,
      a.goalId,
      a.responsible,
      a.decisionMaker,
      { date: a.start },
      { date: a.end },
      a.status,
      a.budget,
      ...a.shares,
      a.spent,
      a.forecast ?? null,
      a.comment === '' ? null : a.comment,
    ]),
  };
}

/** Uppföljning: the two earlier follow-ups (history2011.ts). */
function followUpTable(): PlanTable {
  return {
    sheet: 'Uppföljning',
    table: 'Uppfoljning',
    columns: [text('Period', 12), date('Datum'), text('ID', 6), amount('Utfall (kr)'), amount('Prognos (kr)'), text('Status', 12), text('Kommentar', 60)],
    rows: exampleFollowUps().map((f): PlanCell[] => [f.period, { date: f.date }, f.id, f.spent, f.forecast, f.status, f.comment]),
  };
}

/** The clean example workbook: validates with zero findings. */
export function examplePlanWorkbook(): PlanWorkbook {
  return { tables: [planTable(), financingTable(), goalsTable(), rolesTable(), actionsTable(), followUpTable()] };
}
