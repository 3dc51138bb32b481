/** Reading the follow-up parts of a workbook (SPEC §1, §7): Prognos, Uppföljning, Uppföljningsperiod. */
import { exampleRows, exampleSnapshot, makeSnapshot } from '../../tests/builders/snapshot';
import { isoToSerial } from './dates';
import { readPlan } from './readPlan';
import type { CellValue, WorkbookSnapshot } from './snapshot';

const FOLLOW_UP: CellValue[][] = [
  ['Period', 'Datum', 'ID', 'Utfall (kr)', 'Prognos (kr)', 'Status', 'Kommentar'],
  ['Tertial 1', isoToSerial('2011-04-30'), 'A1', 300_000, 800_000, 'Pågår', null],
  ['Tertial 1', '2011-04-30', 'A2', '100 000 kr', null, 'PAGAR', 'Upphandling klar'],
];

/** The example plus an Uppföljning block (a table by default, or a plain sheet). */
function withFollowUp(rows: CellValue[][], as: { table?: string; sheet: string } = { table: 'Uppfoljning', sheet: 'Uppföljning' }): WorkbookSnapshot {
  const base = exampleSnapshot();
  const block = as.table === undefined ? makeSnapshot({ sheets: [{ name: as.sheet, rows }] }) : makeSnapshot({ tables: [{ name: as.table, sheet: as.sheet, rows }] });
  return { ...base, sheets: [...base.sheets, ...block.sheets], tables: [...base.tables, ...block.tables], sheetNames: [...base.sheetNames, ...block.sheetNames] };
}

describe('Uppföljning', () => {
  it('is absent without a finding, and the model says so with null', () => {
    const { model, findings } = readPlan(exampleSnapshot());
    expect(findings).toEqual([]);
    expect(model.followUps).toBeNull();
    expect(model.locations.followUps).toBeNull();
  });

  it('reads each row with its cells, fields typed as elsewhere', () => {
    const { model, findings } = readPlan(withFollowUp(FOLLOW_UP));
    expect(findings).toEqual([]);
    const [r1, r2] = model.followUps ?? [];
    expect(r1.row).toBe(1);
    expect(r1.period).toMatchObject({ value: 'Tertial 1', ref: { sheet: 'Uppföljning', cell: 'A2' } });
    expect(r1.date).toMatchObject({ value: '2011-04-30', ref: { cell: 'B2' } });
    expect(r1.id.value).toBe('A1');
    expect(r1.spent).toMatchObject({ value: 300_000, ref: { cell: 'D2' } });
    expect(r1.forecast).toMatchObject({ value: 800_000, ref: { cell: 'E2' } });
    expect(r1.status.value).toBe('inProgress');
    expect(r1.comment).toMatchObject({ value: null, issue: 'blank', ref: { cell: 'G2' } });
    // Serialized as a plain row would be (the row is a view; JSON.stringify does not see getters).
    expect(JSON.parse(JSON.stringify(r1))).toMatchObject({ row: 1, period: { value: 'Tertial 1', ref: { sheet: 'Uppföljning', cell: 'A2' } }, spent: { value: 300_000 }, comment: { issue: 'blank' } });
    expect(r2.date.value).toBe('2011-04-30');
    expect(r2.spent).toMatchObject({ value: 100_000, issue: 'textNumber' });
    expect(r2.forecast).toMatchObject({ value: null, issue: 'blank' });
    expect(r2.status.value).toBe('inProgress');
    expect(r2.comment?.value).toBe('Upphandling klar');
    expect(model.locations.followUps?.columnRange('spent')).toBe('D2:D3');
  });

  it('is found by English names and headers, on a plain sheet too', () => {
    const english: CellValue[][] = [['Period', 'Date', 'ID', 'Spent', 'Status'], ['T1', '2011-04-30', 'A1', 5, 'Done']];
    for (const snap of [withFollowUp(english, { table: 'FollowUp', sheet: 'Blad7' }), withFollowUp(english, { sheet: 'Follow-up' })]) {
      const { model, findings } = readPlan(snap);
      expect(findings).toEqual([]);
      expect(model.followUps?.[0]).toMatchObject({ spent: { value: 5 }, status: { value: 'done' }, forecast: null, comment: null });
    }
  });

  it('a missing required column is S003 and the rows are not read', () => {
    const rows = FOLLOW_UP.map((r) => [r[0], r[2], r[3], r[5]]);
    const { model, findings } = readPlan(withFollowUp(rows));
    expect(findings).toEqual([
      { code: 'S003', sheet: 'Uppföljning', cell: 'A1:D1', expected: 'Datum', detail: { object: 'Uppföljning', column: 'Datum' } },
    ]);
    expect(model.followUps).toBeNull();
    expect(model.locations.followUps?.sheet).toBe('Uppföljning');
  });

  it('a header-only table is an empty history', () => {
    expect(readPlan(withFollowUp(FOLLOW_UP.slice(0, 1))).model.followUps).toEqual([]);
  });
});

describe('Prognos and Uppföljningsperiod', () => {
  it('without a Prognos column every forecast is null', () => {
    expect(readPlan(exampleSnapshot()).model.actions?.every((a) => a.forecast === null)).toBe(true);
  });

  it('reads Prognos (kr) or Forecast, blank as blank', () => {
    for (const header of ['Prognos (kr)', 'FORECAST']) {
      const rows = exampleRows();
      rows.Åtgärder = rows.Åtgärder.map((r, i) => [...r, i === 0 ? header : i === 1 ? 900_000 : null]);
      const actions = readPlan(exampleSnapshot({ rows })).model.actions ?? [];
      expect(actions[0].forecast).toMatchObject({ value: 900_000, ref: { sheet: 'Åtgärder', cell: 'O2' } });
      expect(actions[1].forecast).toMatchObject({ value: null, issue: 'blank' });
    }
  });

  it('reads the Plan property Uppföljningsperiod (and Follow-up period)', () => {
    for (const key of ['Uppföljningsperiod', 'Follow-up period']) {
      const rows = exampleRows();
      rows.Plan.push([key, 'Helår 2011']);
      const { model, findings } = readPlan(exampleSnapshot({ rows }));
      expect(findings).toEqual([]);
      expect(model.info.followUpPeriod).toMatchObject({ value: 'Helår 2011', ref: { sheet: 'Plan', cell: 'B8' } });
    }
    expect(readPlan(exampleSnapshot()).model.info.followUpPeriod).toBeNull();
  });
});
