import { exampleRows, exampleSnapshot, makeSnapshot } from '../../../tests/builders/snapshot';
import type { GridSpec } from '../../../tests/builders/snapshot';
import { isoToSerial } from '../dates';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { listFormula } from '../template/validations';
import { planFollowUpWrite } from './followUpWrite';
import type { FollowUpRecordRow } from '../followup/record';
import type { FollowUpRewrite } from './types';

const HEADER = ['Period', 'Datum', 'ID', 'Utfall (kr)', 'Prognos (kr)', 'Status', 'Kommentar'];
const d = (iso: string): number => isoToSerial(iso) ?? NaN;

function row(period: string, id: string, spent: number): FollowUpRecordRow {
  return { period, date: '2011-12-31', id, spent, forecast: spent * 2, status: 'Pågår', comment: null };
}

const HELAR = [row('Helår 2011', 'A1', 10), row('Helår 2011', 'A2', 20)];

function withFollowUp(spec: Partial<GridSpec> & { rows: CellValue[][] }, layout: 'table' | 'sheet' = 'table'): WorkbookSnapshot {
  const rows = exampleRows();
  const plan: GridSpec[] = [
    { name: 'Plan', sheet: 'Plan', rows: rows.Plan },
    { name: 'Finansiering', sheet: 'Finansiering', rows: rows.Finansiering },
    { name: 'Mal', sheet: 'Mål', rows: rows.Mål },
    { name: 'Roller', sheet: 'Roller', rows: rows.Roller },
    { name: 'Atgarder', sheet: 'Åtgärder', rows: rows.Åtgärder },
  ];
  const followUp: GridSpec = { name: layout === 'table' ? 'Uppfoljning' : 'Uppföljning', sheet: 'Uppföljning', ...spec };
  return layout === 'table' ? makeSnapshot({ tables: [...plan, followUp] }) : makeSnapshot({ tables: plan, sheets: [followUp] });
}

function rewrite(snapshot: WorkbookSnapshot, rows: readonly FollowUpRecordRow[] = HELAR): FollowUpRewrite {
  const plan = planFollowUpWrite(snapshot, rows);
  if (plan.kind !== 'write' || plan.write.kind !== 'rewrite') throw new Error(`expected a rewrite, got ${JSON.stringify(plan)}`);
  return plan.write;
}

describe('planFollowUpWrite without Uppföljning', () => {
  it('creates the sheet and table like the template, holding the rows, with lists from the workbook’s own Åtgärder', () => {
    const plan = planFollowUpWrite(exampleSnapshot(), HELAR);
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write' || plan.write.kind !== 'create') return;
    const { table, reuseSheet } = plan.write;
    expect([table.sheet, table.table, reuseSheet]).toEqual(['Uppföljning', 'Uppfoljning', false]);
    expect(table.columns.map((c) => c.header)).toEqual(HEADER);
    expect(table.rows).toEqual([
      ['Helår 2011', { date: '2011-12-31' }, 'A1', 10, 20, 'Pågår', null],
      ['Helår 2011', { date: '2011-12-31' }, 'A2', 20, 40, 'Pågår', null],
    ]);
    const id = table.columns[2].validation;
    expect(id && listFormula(id.source)).toBe('INDIRECT("Atgarder[ID]")');
    expect(id?.style).toBe('warning');
    expect(table.columns[5].validation?.style).toBe('stop');
  });

  it('leaves the ID list out when Åtgärder is no Excel table, and fills an empty Uppföljning sheet', () => {
    const sheets = exampleSnapshot({ layout: 'sheets' });
    const snapshot = { ...sheets, sheetNames: [...sheets.sheetNames, 'UPPFÖLJNING'], sheets: [...sheets.sheets, { name: 'UPPFÖLJNING', used: { row: 0, col: 0, values: [] } }] };
    const plan = planFollowUpWrite(snapshot, HELAR);
    if (plan.kind !== 'write' || plan.write.kind !== 'create') throw new Error('expected create');
    expect(plan.write.table.columns[2].validation).toBeUndefined();
    expect([plan.write.table.sheet, plan.write.reuseSheet]).toEqual(['UPPFÖLJNING', true]);
  });

  it('reports a table that has the name but is empty, instead of adding a second one', () => {
    const snapshot = withFollowUp({ rows: [[null, null]] });
    expect(planFollowUpWrite(snapshot, HELAR)).toEqual({ kind: 'conflict', name: 'Uppfoljning' });
  });
});

describe('planFollowUpWrite into an existing Uppföljning', () => {
  const t1 = ['A1', 'A2'].map((id): CellValue[] => ['Tertial 1', d('2011-04-30'), id, 1, 2, 'Pågår', 'x']);
  const t2 = ['A1', 'A2'].map((id): CellValue[] => ['Tertial 2', d('2011-08-31'), id, 3, 4, 'Klar', null]);

  it('appends below the history', () => {
    const w = rewrite(withFollowUp({ rows: [HEADER, ...t1, ...t2] }));
    expect(w).toMatchObject({ sheet: 'Uppföljning', table: 'Uppfoljning', headerRow: 0, col: 0, width: 7, startRow: 5, oldLastRow: 4 });
    expect(w.rows).toEqual([
      ['Helår 2011', { date: '2011-12-31' }, 'A1', 10, 20, 'Pågår', null],
      ['Helår 2011', { date: '2011-12-31' }, 'A2', 20, 40, 'Pågår', null],
    ]);
    expect(w.formats).toEqual(['text', 'date', 'text', 'amount', 'amount', 'text', 'text']);
  });

  it('fills the template’s blank row instead of writing below it', () => {
    const w = rewrite(withFollowUp({ rows: [HEADER, [null, null, null, null, null, null, null]] }));
    expect([w.startRow, w.oldLastRow, w.rows.length]).toEqual([1, 1, 2]);
  });

  it('replaces a period recorded again: its rows go, later periods move up as they were', () => {
    const w = rewrite(withFollowUp({ rows: [HEADER, ...t1, ...t2] }), [row('tertial 1', 'A1', 99)]);
    expect([w.startRow, w.oldLastRow]).toEqual([1, 4]);
    expect(w.rows).toEqual([
      ['Tertial 2', { date: '2011-08-31' }, 'A1', 3, 4, 'Klar', null],
      ['Tertial 2', { date: '2011-08-31' }, 'A2', 3, 4, 'Klar', null],
      ['tertial 1', { date: '2011-12-31' }, 'A1', 99, 198, 'Pågår', null],
    ]);
  });

  it('follows the user’s columns: another order, an extra column kept, no Prognos column', () => {
    const header = ['ID', 'Notering', 'Period', 'Date', 'Spent', 'Status'];
    const w = rewrite(withFollowUp({ rows: [header, ['A1', 'egen', 'Helår 2011', d('2011-12-30'), 5, 'Pågår'], ['A9', 'kvar', 'T9', d('2011-12-01'), 1, 'Klar']], at: 'C3' }));
    expect(w).toMatchObject({ headerRow: 2, col: 2, width: 6, startRow: 3, oldLastRow: 4 });
    expect(w.rows).toEqual([
      ['A9', 'kvar', 'T9', { date: '2011-12-01' }, 1, 'Klar'],
      ['A1', null, 'Helår 2011', { date: '2011-12-31' }, 10, 'Pågår'],
      ['A2', null, 'Helår 2011', { date: '2011-12-31' }, 20, 'Pågår'],
    ]);
    expect(w.formats).toEqual(['text', 'general', 'text', 'date', 'amount', 'text']);
  });

  it('writes into a plain range found by sheet name, under a title row', () => {
    const w = rewrite(withFollowUp({ rows: [['Uppföljning av planen'], [], HEADER, ...t1] }, 'sheet'));
    expect(w).toMatchObject({ sheet: 'Uppföljning', table: null, headerRow: 2, width: 7, startRow: 5, oldLastRow: 4 });
  });
});
