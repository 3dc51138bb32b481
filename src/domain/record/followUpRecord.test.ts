import { exampleRows, makeSnapshot } from '../../../tests/builders/snapshot';
import type { GridSpec } from '../../../tests/builders/snapshot';
import { isoToSerial } from '../dates';
import type { CellValue } from '../snapshot';
import { validate } from '../validate';
import { planPeriod, recordFollowUp } from './followUpRecord';

const FOLLOW_UP_HEADER = ['Period', 'Datum', 'ID', 'Utfall (kr)', 'Prognos (kr)', 'Status', 'Kommentar'];

/** The builders' valid example plan, with Uppföljning rows and changed Plan/Åtgärder rows when given. */
function workbook(options: { followUps?: CellValue[][]; plan?: CellValue[][]; edit?: (actions: CellValue[][]) => void } = {}) {
  const rows = exampleRows();
  options.edit?.(rows.Åtgärder);
  const tables: GridSpec[] = [
    { name: 'Plan', sheet: 'Plan', rows: [...rows.Plan, ...(options.plan ?? [])] },
    { name: 'Finansiering', sheet: 'Finansiering', rows: rows.Finansiering },
    { name: 'Mal', sheet: 'Mål', rows: rows.Mål },
    { name: 'Roller', sheet: 'Roller', rows: rows.Roller },
    { name: 'Atgarder', sheet: 'Åtgärder', rows: rows.Åtgärder },
  ];
  if (options.followUps) tables.push({ name: 'Uppfoljning', sheet: 'Uppföljning', rows: [FOLLOW_UP_HEADER, ...options.followUps] });
  return makeSnapshot({ tables });
}

const d = (iso: string): number => isoToSerial(iso) ?? NaN;

describe('recordFollowUp', () => {
  it('gives one row per action: period, report date, Utfall, the effective forecast, Status and Kommentar as written', () => {
    const result = validate(workbook(), { today: '2012-01-15', reportDate: '2011-12-31' });
    expect(result.counts.error).toBe(0);
    const record = recordFollowUp(result, '  Helår   2011 ');
    expect(record).toMatchObject({ kind: 'ready', period: 'Helår 2011', date: '2011-12-31', alreadyRecorded: 0, recordedAs: null, recordedDate: null });
    if (record.kind !== 'ready') return;
    expect(record.rows.map((r) => [r.id, r.spent, r.forecast, r.status, r.comment])).toEqual([
      ['A1', 750_000, 750_000, 'Klar', 'Beslutad i kommunstyrelsen'], // done: the forecast is what was spent
      ['A2', 400_000, 1_173_000, 'Pågår', null], // in progress: the larger of budget and spent
      ['A3', 0, 391_000, 'Ej påbörjad', null],
      ['A4', 120_000, 782_000, 'Pågår', null],
      ['A5', 300_000, 782_000, 'Försenad', 'Väntar på upphandling'],
    ]);
    for (const r of record.rows) expect([r.period, r.date]).toEqual(['Helår 2011', '2011-12-31']);
  });

  it('takes a written Prognos over the worked-out one', () => {
    const snapshot = workbook({
      edit: (a) => {
        a[0].splice(13, 0, 'Prognos (kr)');
        a.slice(1).forEach((r, i) => r.splice(13, 0, i === 1 ? 1_250_000 : null));
      },
    });
    const record = recordFollowUp(validate(snapshot, { today: '2011-12-31' }), 'Helår 2011');
    expect(record.kind === 'ready' && record.rows[1].forecast).toBe(1_250_000);
  });

  it('refuses a plan with errors, an empty period and a plan without actions', () => {
    const withError = workbook({ edit: (a) => (a[1][8] = -5) });
    expect(recordFollowUp(validate(withError, { today: '2011-12-31' }), 'Helår 2011')).toEqual({ kind: 'refused', reason: 'errors', errors: expect.any(Number) });
    expect(recordFollowUp(validate(workbook(), { today: '2011-12-31' }), ' \t')).toEqual({ kind: 'refused', reason: 'noPeriod' });
  });

  it('says that the period is already recorded, whatever its case and spacing, and with which date', () => {
    const followUps = ['A1', 'A2'].map((id): CellValue[] => ['tertial  2', d('2011-08-31'), id, 1000, null, 'Pågår', null]);
    followUps.push(['Tertial 1', d('2011-04-30'), 'A1', 500, null, 'Pågår', null]);
    const result = validate(workbook({ followUps }), { today: '2011-12-31' });
    expect(recordFollowUp(result, 'Tertial 2')).toMatchObject({ kind: 'ready', alreadyRecorded: 2, recordedAs: 'tertial  2', recordedDate: '2011-08-31' });
    expect(recordFollowUp(result, 'Tertial 3')).toMatchObject({ kind: 'ready', alreadyRecorded: 0 });
  });
});

describe('planPeriod', () => {
  it('is the Plan’s Uppföljningsperiod when it has one', () => {
    expect(planPeriod(validate(workbook({ plan: [['Uppföljningsperiod', ' Delår  2011 ']] }), { today: '2011-12-31' }).model)).toBe('Delår 2011');
    expect(planPeriod(validate(workbook({ plan: [['Uppföljningsperiod', null]] }), { today: '2011-12-31' }).model)).toBeNull();
    expect(planPeriod(validate(workbook(), { today: '2011-12-31' }).model)).toBeNull();
  });
});
