import type { Field } from './model';
import type { CellValue } from './snapshot';
import {
  cellAddress, exampleRows, exampleSnapshot, makeSnapshot, renameHeader, setCell, setPlanValue, withoutObject,
} from '../../tests/builders/snapshot';
import { readPlan } from './readPlan';

const codes = (r: ReturnType<typeof readPlan>): string[] => r.findings.map((f) => f.code);

/** A field as a plain object with its ref (a field read from a table makes its ref when asked). */
function plain<T>(f: Field<T> | undefined): object | undefined {
  return f && { value: f.value, raw: f.raw, ref: f.ref, ...(f.issue === undefined ? {} : { issue: f.issue }) };
}

/** Reorders columns of rows by the given header order. */
function shuffle(rows: CellValue[][], order: readonly number[]): CellValue[][] {
  return rows.map((r) => order.map((j) => r[j]));
}

describe('readPlan on the example plan', () => {
  it.each(['tables', 'sheets'] as const)('reads every object from %s with no findings', (layout) => {
    const { model, findings } = readPlan(exampleSnapshot({ layout }));
    expect(findings).toEqual([]);
    expect(model.info).toMatchObject({ present: true });
    expect(model.info.name?.value).toBe('Handlingsplan för styrning av IS/IT');
    expect(model.info.decisionDate?.value).toBe('2011-02-22');
    expect(model.info.totalBudget?.value).toBe(3_910_000);
    expect(model.info.reportDate?.value).toBe('2011-09-30');
    expect(model.info.tolerance?.value).toBe(0.5);
    expect(model.financing?.map((m) => [m.name.value, m.share.value])).toEqual([['Mora', 2_290_000], ['Orsa', 790_000], ['Älvdalen', 830_000]]);
    expect(model.financing?.[0].percent?.value).toBe(0.5857);
    expect(model.goals?.map((g) => g.id.value)).toEqual(['M1', 'M2', 'M3', 'M4']);
    expect(model.roles?.map((r) => r.limit.value)).toEqual([
      { kind: 'unlimited' }, { kind: 'amount', amount: 1_200_000 }, { kind: 'none' }, { kind: 'amount', amount: 400_000 },
    ]);
    expect(model.municipalityColumns).toEqual(['Mora', 'Orsa', 'Älvdalen']);
    const a2 = model.actions?.[1];
    expect(a2).toMatchObject({ row: 2 });
    expect(a2?.id.value).toBe('A2');
    expect(a2?.status.value).toBe('inProgress');
    expect(a2?.end.value).toBe('2011-12-31');
    expect(plain(a2?.budget)).toEqual({ value: 1_173_000, raw: 1_173_000, ref: { sheet: 'Åtgärder', cell: 'I3' } });
    expect(a2?.shares.map((s) => [s.municipality, s.amount.value, s.amount.ref.cell])).toEqual([
      ['Mora', 687_000, 'J3'], ['Orsa', 237_000, 'K3'], ['Älvdalen', 249_000, 'L3'],
    ]);
    expect(a2?.comment?.issue).toBe('blank');
    expect(model.actions?.[0].comment?.value).toBe('Beslutad i kommunstyrelsen');
    expect(model.locations.actions?.columnRange('Orsa')).toBe('K2:K6');
    expect(model.locations.financing?.columnRange('share')).toBe('B2:B4');
  });
});

describe('resolution', () => {
  it('reads a Plan of bare key/value rows, with no Egenskap/Värde header, at the real cells', () => {
    const rows = exampleRows();
    const snap = exampleSnapshot({ layout: 'sheets', rows: { Plan: rows.Plan.slice(1) } });
    const { model, findings } = readPlan(snap);
    expect(findings).toEqual([]);
    expect(model.info.name).toMatchObject({ value: 'Handlingsplan för styrning av IS/IT', ref: { sheet: 'Plan', cell: 'B1' } });
    expect(model.info.totalBudget).toMatchObject({ value: 3_910_000, ref: { sheet: 'Plan', cell: 'B4' } });
  });

  it('still asks for the header when the Plan starts with something that is no property', () => {
    const snap = exampleSnapshot({ layout: 'sheets', rows: { Plan: [['Anteckning', 'x'], ...exampleRows().Plan.slice(1)] } });
    expect(codes(readPlan(snap))).toEqual(['S003', 'S003']);
  });

  it('a table and a sheet elsewhere that both match an object are ambiguous (S008): neither is read', () => {
    const rows = exampleRows();
    const snap = makeSnapshot({
      tables: [{ name: 'Finansiering', sheet: 'Data', rows: rows.Finansiering, at: 'D10' }],
      sheets: [{ name: 'Finansiering', rows: [['Kommun', 'Andel (kr)'], ['Fel', 1]] }],
    });
    const { model, findings } = readPlan(snap);
    expect(model.financing).toBeNull();
    expect(findings.filter((f) => f.code === 'S008')).toMatchObject([{ sheet: 'Data', cell: 'D10', detail: { first: 'Finansiering', secondAt: 'Finansiering!A1' } }]);
  });

  it('reads plain sheets with no tables at all, not at A1', () => {
    const snap = exampleSnapshot({ layout: 'sheets', at: { Åtgärder: 'C4', Roller: 'B2' } });
    const { model, findings } = readPlan(snap);
    expect(findings).toEqual([]);
    expect(model.actions?.[0].id.ref).toEqual({ sheet: 'Åtgärder', cell: 'C5' });
    expect(model.actions?.[0].shares[0].amount.ref.cell).toBe('L5');
    expect(model.roles?.[1].role.ref.cell).toBe('B4');
  });

  it.each([
    ['ATGARDER', 'FINANSIERING', 'MAL', 'ROLLER'],
    ['Atgarder', 'Finansiering', 'Mal', 'Roller'],
    ['Actions', 'Funding', 'Goals', 'Roles'],
    [' åtgärder ', 'Financing', 'mål', 'roles'],
  ])('sheet names %s/%s/%s/%s', (actions, financing, goals, roles) => {
    const r = exampleRows();
    const snap = makeSnapshot({
      sheets: [
        { name: 'plan', rows: r.Plan }, { name: financing, rows: r.Finansiering }, { name: goals, rows: r.Mål },
        { name: roles, rows: r.Roller }, { name: actions, rows: r.Åtgärder },
      ],
    });
    const { model, findings } = readPlan(snap);
    expect(findings).toEqual([]);
    expect(model.actions).toHaveLength(5);
    expect(model.locations.actions?.sheet).toBe(actions);
  });

  it('reads an all-English workbook with shuffled columns and unit suffixes', () => {
    const snap = makeSnapshot({
      tables: [
        { name: 'Plan', rows: [['Value', 'Property'], [3_910_000, 'Total budget (SEK)'], ['2011-09-30', 'Report date'], [1, 'Allocation tolerance (pp)']] },
        { name: 'Funding', rows: [['Share %', 'Share (SEK)', 'Municipality'], [1, 100, 'Mora']] },
        { name: 'Goals', rows: [['Goal', 'GoalID'], ['Roles', 'G1']] },
        { name: 'Roles', rows: [['Decision limit (SEK)', 'Organisation', 'Name', 'Role'], ['unlimited', 'Mora', 'Anna', 'CEO']] },
        {
          name: 'Actions',
          rows: [
            ['Comment', 'Spent (kr)', 'MORA', 'Budget (SEK)', 'Status', 'End', 'Start', 'Decision maker', 'Responsible', 'GoalID', 'Action', 'ID'],
            ['ok', 10, 100, 100, 'In progress', '2011-12-31', '2011-01-01', 'CEO', 'CEO', 'G1', 'Do it', 'X1'],
          ],
        },
      ],
    });
    const { model, findings } = readPlan(snap);
    expect(findings).toEqual([]);
    expect(model.info.totalBudget?.value).toBe(3_910_000);
    expect(model.info.tolerance?.value).toBe(1);
    expect(model.financing?.[0].percent?.value).toBe(1);
    const a = model.actions?.[0];
    expect([a?.id.value, a?.name.value, a?.goalId.value, a?.status.value, a?.start.value, a?.spent.value, a?.comment?.value]).toEqual([
      'X1', 'Do it', 'G1', 'inProgress', '2011-01-01', 10, 'ok',
    ]);
    expect(a?.shares.map((s) => ({ ...s, amount: plain(s.amount) }))).toEqual([{ municipality: 'Mora', amount: { value: 100, raw: 100, ref: { sheet: 'Actions', cell: 'C2' } } }]);
    expect(model.locations.actions?.columns).toMatchObject({ id: 11, spent: 1, Mora: 2 });
  });

  it('reads shuffled Swedish columns', () => {
    const r = exampleRows();
    const order = [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0];
    const snap = exampleSnapshot({ rows: { Åtgärder: shuffle(r.Åtgärder, order) } });
    const { model, findings } = readPlan(snap);
    expect(findings).toEqual([]);
    expect(model.actions?.[0].id.ref.cell).toBe('N2');
    expect(model.actions?.[0].budget.value).toBe(782_000);
    expect(model.municipalityColumns).toEqual(['Mora', 'Orsa', 'Älvdalen']);
  });

  it('passes over a title row above a sheet header', () => {
    const r = exampleRows();
    const rows = [['Åtgärder i handlingsplanen för IS/IT'], [null], ...r.Åtgärder];
    const { model, findings } = readPlan(exampleSnapshot({ layout: 'sheets', rows: { Åtgärder: rows } }));
    expect(findings).toEqual([]);
    expect(model.locations.actions?.headerRange).toBe('A3:N3');
    expect(model.actions?.[0].id.ref.cell).toBe('A4');
  });

  it('skips entirely empty rows and a Summa row', () => {
    const r = exampleRows();
    r.Åtgärder.splice(2, 0, new Array<CellValue>(14).fill(null));
    r.Åtgärder.push([null, 'Summa', null, null, null, null, null, null, 3_910_000, 2_290_000, 790_000, 830_000, null, null]);
    r.Finansiering.push(['Summa', 3_910_000, 1]);
    const { model, findings } = readPlan(exampleSnapshot({ layout: 'sheets', rows: { Åtgärder: r.Åtgärder, Finansiering: r.Finansiering } }));
    expect(findings).toEqual([]);
    expect(model.actions?.map((a) => a.id.value)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(model.actions?.[1].row).toBe(3);
    expect(model.financing).toHaveLength(3);
    expect(model.locations.actions?.columnRange('budget')).toBe('I2:I7');
  });

  it('keeps raw values of doubtful cells for the rules', () => {
    let snap = setCell(exampleSnapshot(), 'Åtgärder', 'Budget (kr)', 0, '782 000 kr');
    snap = setCell(snap, 'Åtgärder', 'Slut', 1, { error: '#REF!' });
    snap = setCell(snap, 'Åtgärder', 'Status', 2, 'Nästan klar');
    snap = setPlanValue(snap, 'Total budget (kr)', 'tre miljoner');
    const { model, findings } = readPlan(snap);
    expect(findings).toEqual([]);
    expect(model.actions?.[0].budget).toMatchObject({ value: 782_000, issue: 'textNumber' });
    expect(model.actions?.[1].end).toMatchObject({ value: null, issue: 'excelError', raw: { error: '#REF!' } });
    expect(model.actions?.[2].status).toMatchObject({ value: null, issue: 'invalid', raw: 'Nästan klar' });
    expect(model.info.totalBudget).toMatchObject({ value: null, issue: 'invalid', ref: { sheet: 'Plan', cell: 'B5' } });
  });
});

describe('structure findings', () => {
  it.each([
    ['Finansiering', 'financing'],
    ['Roller', 'roles'],
    ['Åtgärder', 'actions'],
  ] as const)('S001 when %s is missing, at %s!A1, and that object is null', (sheet, key) => {
    const { model, findings } = readPlan(withoutObject(exampleSnapshot(), sheet));
    expect(findings.filter((f) => f.code !== 'S005')).toEqual([
      { code: 'S001', sheet, cell: 'A1', expected: sheet, detail: { object: sheet } },
    ]);
    expect(model[key]).toBeNull();
    expect(model.locations[key]).toBeNull();
  });

  it('without Finansiering there are no municipality columns and no S005', () => {
    const { model } = readPlan(withoutObject(exampleSnapshot(), 'Finansiering'));
    expect(model.municipalityColumns).toEqual([]);
    expect(model.actions?.[0].shares).toEqual([]);
  });

  it('S002 when Plan is missing: plan-level values absent, skipped checks listed', () => {
    const { model, findings } = readPlan(withoutObject(exampleSnapshot(), 'Plan'));
    expect(findings).toEqual([{ code: 'S002', sheet: 'Plan', cell: 'A1', expected: 'Plan', detail: { object: 'Plan', skipped: 'B006' } }]);
    expect(model.info).toEqual({ present: false, name: null, decisionDate: null, decidedBy: null, totalBudget: null, reportDate: null, tolerance: null, followUpPeriod: null });
  });

  it('S002 when Mål is missing, goals null', () => {
    const { model, findings } = readPlan(withoutObject(exampleSnapshot(), 'Mål'));
    expect(findings).toEqual([{ code: 'S002', sheet: 'Mål', cell: 'A1', expected: 'Mål', detail: { object: 'Mål', skipped: 'P003, P008' } }]);
    expect(model.goals).toBeNull();
  });

  it('lets an unexpected error throw instead of reporting the objects as missing', () => {
    const snap = exampleSnapshot({ layout: 'sheets' });
    const broken = snap.sheets.map((sheet) =>
      sheet.name === 'Roller'
        ? Object.defineProperty({ name: sheet.name }, 'used', {
            get() {
              throw new TypeError('used range getter failed');
            },
          })
        : sheet,
    );
    expect(() => readPlan({ ...snap, sheets: broken } as typeof snap)).toThrow(new TypeError('used range getter failed'));
  });

  it('an empty Åtgärder sheet counts as missing (S001)', () => {
    const snap = exampleSnapshot({ layout: 'sheets', rows: { Åtgärder: [[null, null]] } });
    expect(codes(readPlan(snap))).toEqual(['S001']);
  });

  it('S003 per missing required column, at the header row; that object is null but located', () => {
    let snap = renameHeader(exampleSnapshot(), 'Åtgärder', 'Slut', 'Slutdatum');
    snap = renameHeader(snap, 'Åtgärder', 'Ansvarig', null);
    const { model, findings } = readPlan(snap);
    expect(findings).toEqual([
      { code: 'S003', sheet: 'Åtgärder', cell: 'A1:N1', expected: 'Ansvarig', detail: { object: 'Åtgärder', column: 'Ansvarig' } },
      { code: 'S003', sheet: 'Åtgärder', cell: 'A1:N1', expected: 'Slut', detail: { object: 'Åtgärder', column: 'Slut' } },
    ]);
    expect(model.actions).toBeNull();
    expect(model.locations.actions?.headerRange).toBe('A1:N1');
    expect(model.municipalityColumns).toEqual(['Mora', 'Orsa', 'Älvdalen']);
  });

  it('S003 for Organisation in Roller (required) but not for the optional Kommentar and Andel (%)', () => {
    let snap = renameHeader(exampleSnapshot(), 'Roller', 'Organisation', 'Förvaltning');
    snap = renameHeader(snap, 'Åtgärder', 'Kommentar', 'Noteringar');
    snap = renameHeader(snap, 'Finansiering', 'Andel (%)', 'Procent');
    const { model, findings } = readPlan(snap);
    expect(findings.map((f) => [f.code, f.sheet, f.cell, f.expected])).toEqual([['S003', 'Roller', 'A1:D1', 'Organisation']]);
    expect(model.actions?.[0].comment).toBeNull();
    expect(model.financing?.[0].percent).toBeNull();
  });

  it('S003 in a Plan without Egenskap/Värde: present, values null', () => {
    const snap = renameHeader(exampleSnapshot(), 'Plan', 'Värde', 'Innehåll');
    const { model, findings } = readPlan(snap);
    expect(codes({ model, findings })).toEqual(['S003']);
    expect(model.info.present).toBe(true);
    expect(model.info.totalBudget).toBeNull();
  });

  it('S004 at the second header cell of the same field; the first is read', () => {
    const snap = renameHeader(exampleSnapshot(), 'Åtgärder', 'Kommentar', 'Utfall');
    const { model, findings } = readPlan(snap);
    expect(findings).toEqual([
      { code: 'S004', sheet: 'Åtgärder', cell: 'N1', actual: 'Utfall', detail: { object: 'Åtgärder', column: 'Utfall (kr)', header: 'Utfall' } },
    ]);
    expect(model.actions?.[0].spent.ref.cell).toBe('M2');
  });

  it('S004 for two columns of one municipality and for a Plan key given twice', () => {
    const r = exampleRows();
    r.Plan.push(['Total budget', 1]);
    const snap = exampleSnapshot({ rows: { Plan: r.Plan, Åtgärder: exampleRows().Åtgärder.map((row, i) => (i === 0 ? [...row.slice(0, 13), 'MORA'] : row)) } });
    const { model, findings } = readPlan(snap);
    expect(findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([['S004', 'Plan', 'A8'], ['S004', 'Åtgärder', 'N1']]);
    expect(model.info.totalBudget?.value).toBe(3_910_000);
  });

  it('S005 at the Kommun cell of a municipality with no column in Åtgärder', () => {
    const snap = renameHeader(exampleSnapshot(), 'Åtgärder', 'Orsa', 'Rättvik');
    const { model, findings } = readPlan(snap);
    expect(findings).toEqual([
      { code: 'S005', sheet: 'Finansiering', cell: 'A3', expected: 'Orsa', detail: { object: 'Åtgärder', municipality: 'Orsa' } },
    ]);
    expect(model.municipalityColumns).toEqual(['Mora', 'Älvdalen']);
    expect(model.actions?.[0].shares.map((s) => s.municipality)).toEqual(['Mora', 'Älvdalen']);
  });

  it('matches municipality columns ignoring case, diacritics and a (kr) suffix', () => {
    let snap = renameHeader(exampleSnapshot(), 'Åtgärder', 'Älvdalen', 'ALVDALEN (kr)');
    snap = renameHeader(snap, 'Åtgärder', 'Mora', ' mora ');
    const { model, findings } = readPlan(snap);
    expect(findings).toEqual([]);
    expect(model.municipalityColumns).toEqual(['Mora', 'Orsa', 'Älvdalen']);
  });

  it('the builder addresses cells the reader reports', () => {
    const snap = exampleSnapshot({ at: { Åtgärder: 'B3' } });
    const { model } = readPlan(snap);
    expect(model.actions?.[3].spent.ref.cell).toBe(cellAddress(snap, 'Åtgärder', 'Utfall (kr)', 3));
  });
});
