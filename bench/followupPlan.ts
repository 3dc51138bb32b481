/**
 * The bench plan (generate.ts) as an in-memory snapshot, with or without follow-up data: a Prognos column
 * and an Uppföljning table of three earlier follow-ups (one row per action each). The follow-ups tell a
 * plausible story: spending grows, one action in ten changes status between follow-ups.
 */
import { isoToSerial } from '../src/domain/dates';
import type { PlanCell } from '../src/domain/example';
import type { CellValue, TableSnapshot, WorkbookSnapshot } from '../src/domain/snapshot';
import { benchPlan } from './generate';

const FOLLOW_UPS = [
  { period: 'Tertial 1 2012', date: '2012-04-30', share: 0.2 },
  { period: 'Tertial 2 2012', date: '2012-08-31', share: 0.5 },
  { period: 'Oktober 2012', date: '2012-10-31', share: 0.8 },
] as const;

export const FOLLOW_UP_REPORT_DATE = '2012-12-31';

function cellValue(c: PlanCell): CellValue {
  if (typeof c === 'object' && c !== null && 'date' in c) return isoToSerial(c.date);
  if (typeof c === 'object' && c !== null && 'amount' in c) return c.amount;
  return c as CellValue;
}

export function followUpBenchSnapshot(count: number, withFollowUp: boolean): WorkbookSnapshot {
  // generate.ts's plan has the example's shape: a blank Prognos column and an empty Uppföljning table. That
  // is follow-up data already (the summary adds forecasts and a history), so the plain side drops both.
  const tables: TableSnapshot[] = [];
  for (const t of benchPlan(count).tables) {
    if (t.table === 'Uppfoljning') continue;
    let header: CellValue[] = t.columns.map((c) => c.header);
    let rows: CellValue[][] = t.rows.map((r) => r.map(cellValue));
    if (t.table === 'Atgarder') {
      const forecast = header.indexOf('Prognos (kr)');
      if (forecast < 0) throw new Error('the bench plan has no Prognos column');
      if (withFollowUp) {
        const budget = header.indexOf('Budget (kr)');
        rows = rows.map((r, i) => r.map((v, c) => (c !== forecast ? v : i % 3 === 0 ? null : Math.round((r[budget] as number) * (i % 7 === 0 ? 1.1 : 0.95)))));
      } else {
        header = header.filter((_, c) => c !== forecast);
        rows = rows.map((r) => r.filter((_, c) => c !== forecast));
      }
    }
    tables.push({ name: t.table, sheet: t.sheet, range: { row: 0, col: 0, values: [header, ...rows] } });
  }
  if (withFollowUp) {
    const actions = tables.find((t) => t.name === 'Atgarder');
    if (actions === undefined) throw new Error('no Atgarder');
    const [header, ...rows] = actions.range.values;
    const at = (name: string): number => header.indexOf(name);
    const values: CellValue[][] = [['Period', 'Datum', 'ID', 'Utfall (kr)', 'Prognos (kr)', 'Status', 'Kommentar']];
    for (const f of FOLLOW_UPS) {
      rows.forEach((r, i) => {
        const budget = r[at('Budget (kr)')] as number;
        const status = i % 10 === 0 ? 'Pågår' : r[at('Status')];
        values.push([f.period, isoToSerial(f.date), r[at('ID')], Math.round(budget * f.share * 0.5), i % 4 === 0 ? null : budget, status, i % 20 === 0 ? 'Enligt plan' : null]);
      });
    }
    tables.push({ name: 'Uppfoljning', sheet: 'Uppföljning', range: { row: 0, col: 0, values } });
  }
  const sheetNames = [...new Set(tables.map((t) => t.sheet))];
  const sheets = sheetNames.map((name) => {
    const t = tables.find((x) => x.sheet === name);
    return { name, used: t === undefined ? { row: 0, col: 0, values: [] } : t.range };
  });
  return { sheets, tables, sheetNames };
}
