/** The seal's rows (rows.ts): each value's cell is found again from the model when asked, never kept. */
import { exampleSnapshot, makeSnapshot } from '../../../tests/builders/snapshot';
import { isoToSerial } from '../dates';
import { readPlan } from '../readPlan';
import type { PlanModel, Ref } from '../model';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { sealTables, SEAL_TABLES_V2 } from './rows';

const FOLLOW_UP: CellValue[][] = [
  ['Period', 'Datum', 'ID', 'Utfall (kr)', 'Prognos (kr)', 'Status', 'Kommentar'],
  ['Tertial 1', isoToSerial('2011-04-30'), 'A1', 300_000, 800_000, 'Pågår', null],
  ['Tertial 1', '2011-04-30', 'A2', '100 000 kr', null, 'PAGAR', 'Upphandling klar'],
];

function planWithFollowUp(): PlanModel {
  const base = exampleSnapshot();
  const block = makeSnapshot({ tables: [{ name: 'Uppfoljning', sheet: 'Uppföljning', rows: FOLLOW_UP, at: 'C3' }] });
  const snapshot: WorkbookSnapshot = { ...base, sheets: [...base.sheets, ...block.sheets], tables: [...base.tables, ...block.tables], sheetNames: [...base.sheetNames, ...block.sheetNames] };
  return readPlan(snapshot).model;
}

/** Where a table's field `f` of row `i` is, read straight from the model. */
function modelRef(model: PlanModel, table: (typeof SEAL_TABLES_V2)[number], i: number, f: string): Ref | null {
  const pick = (o: object, key: string): Ref | null => ((o as Record<string, { ref: Ref } | null | undefined>)[key] ?? null)?.ref ?? null;
  switch (table) {
    case 'plan':
      return pick(model.info, f);
    case 'financing':
      return pick((model.financing ?? [])[i], f);
    case 'goals':
      return pick((model.goals ?? [])[i], f);
    case 'roles':
      return pick((model.roles ?? [])[i], f);
    case 'actions': {
      const a = (model.actions ?? [])[i];
      if (f.startsWith('share:')) return a.shares.find((s) => `share:${s.municipality}` === f)?.amount.ref ?? null;
      return pick(a, f);
    }
    case 'followUps':
      return pick((model.followUps ?? [])[i], f);
  }
}

describe('seal rows', () => {
  const model = planWithFollowUp();
  const tables = sealTables(model);

  it.each(SEAL_TABLES_V2)('%s: refAt(i) is the cell of the row’s i-th field', (t) => {
    const rows = tables[t];
    expect(rows).not.toBeNull();
    if (rows === null) return;
    expect(rows.rows.length).toBeGreaterThan(0);
    let located = 0;
    rows.rows.forEach((row, r) => {
      rows.fields.forEach((field, i) => {
        const expected = t === 'plan' ? modelRef(model, t, 0, row.key) : modelRef(model, t, r, field);
        expect(row.refAt(i)).toEqual(expected);
        if (expected !== null) located++;
      });
    });
    // Not vacuous: nearly every row has its cells (the Plan has no Uppföljningsperiod here).
    expect(located).toBeGreaterThanOrEqual(rows.rows.length - 1);
  });

  it('gives each row its key cell: the ID for actions and follow-ups, the name or role elsewhere', () => {
    expect(tables.actions?.rows[0].ref).toEqual({ sheet: 'Åtgärder', cell: 'A2' });
    expect(tables.followUps?.rows.map((r) => [r.key, r.ref])).toEqual([
      ['Tertial 1 / A1', { sheet: 'Uppföljning', cell: 'E4' }],
      ['Tertial 1 / A2', { sheet: 'Uppföljning', cell: 'E5' }],
    ]);
    expect(tables.financing?.rows[0]).toMatchObject({ key: 'Mora', ref: { sheet: 'Finansiering', cell: 'A2' } });
    expect(tables.plan?.rows.find((r) => r.key === 'totalBudget')?.ref).toEqual(model.info.totalBudget?.ref);
  });

  it('reads dates as days whatever their storage, other values raw', () => {
    const dates = tables.followUps?.rows.map((r) => r.values[1]);
    expect(dates).toEqual(['d:2011-04-30', 'd:2011-04-30']);
    expect(tables.followUps?.rows[1].values[3]).toBe('s:100 000 kr');
  });
});
