import { COLUMNS, columnOf, objectKindOf, planPropertyOf, STATUS_LABEL, statusOf } from '../names';
import type { ObjectKind } from '../names';
import { actionColumns, buildTemplate, DEFAULT_MUNICIPALITIES, followUpTable, templateOptionProblems } from './buildTemplate';
import { listFormula, STATUS_LIST } from './validations';

const KINDS: readonly ObjectKind[] = ['plan', 'financing', 'goals', 'roles', 'actions', 'followUp'];

describe('buildTemplate', () => {
  const template = buildTemplate();

  it('has the five sheets and tables of SPEC §1 and Uppföljning (§7), in order, under the reader’s canonical names', () => {
    expect(template.tables.map((t) => [t.sheet, t.table])).toEqual([
      ['Plan', 'Plan'],
      ['Finansiering', 'Finansiering'],
      ['Mål', 'Mal'],
      ['Roller', 'Roller'],
      ['Åtgärder', 'Atgarder'],
      ['Uppföljning', 'Uppfoljning'],
    ]);
    template.tables.forEach((t, i) => {
      expect(objectKindOf(t.sheet)).toBe(KINDS[i]);
      expect(objectKindOf(t.table)).toBe(KINDS[i]);
    });
    expect(template.frozenRows).toBe(1);
  });

  it('writes every column the reader knows, each header resolving to its field', () => {
    template.tables.forEach((t, i) => {
      const kind = KINDS[i];
      const fields = t.columns.map((c) => columnOf(kind, c.header)?.field ?? null);
      for (const spec of COLUMNS[kind]) expect(fields).toContain(spec.field);
    });
  });

  it('puts one amount column per municipality between Budget and Utfall, named as in Finansiering', () => {
    const actions = template.tables[4];
    const headers = actions.columns.map((c) => c.header);
    expect(headers.slice(headers.indexOf('Budget (kr)') + 1, headers.indexOf('Utfall (kr)'))).toEqual(['Mora', 'Orsa', 'Älvdalen']);
    expect(template.tables[1].rows.map((r) => r[0])).toEqual(DEFAULT_MUNICIPALITIES);
    for (const m of DEFAULT_MUNICIPALITIES) expect(actions.columns.find((c) => c.header === m)?.format).toBe('amount');
  });

  it('takes other municipalities', () => {
    const t = buildTemplate({ municipalities: [' Rättvik', 'Leksand'] });
    expect(t.tables[1].rows).toEqual([
      ['Rättvik', null, null],
      ['Leksand', null, null],
    ]);
    expect(t.tables[4].columns.map((c) => c.header)).toContain('Rättvik');
    expect(actionColumns(['A', 'B', 'C', 'D'])).toHaveLength(12 + 4);
  });

  it('lists the Plan properties with the default tolerance and per-property formats', () => {
    const plan = template.tables[0];
    expect(plan.rows.map((r) => planPropertyOf(String(r[0])))).toEqual(['name', 'decisionDate', 'decidedBy', 'totalBudget', 'reportDate', 'tolerance', 'followUpPeriod']);
    expect(plan.rows[5][1]).toBe(0.5);
    expect(plan.cellFormats).toEqual(
      expect.arrayContaining([
        { row: 1, col: 1, format: 'date' },
        { row: 3, col: 1, format: 'amount' },
        { row: 4, col: 1, format: 'date' },
      ]),
    );
  });

  it('formats amounts, dates and text columns', () => {
    const byHeader = new Map(template.tables[4].columns.map((c) => [c.header, c.format]));
    expect(byHeader.get('Budget (kr)')).toBe('amount');
    expect(byHeader.get('Utfall (kr)')).toBe('amount');
    expect(byHeader.get('Start')).toBe('date');
    expect(byHeader.get('Slut')).toBe('date');
    expect(byHeader.get('ID')).toBe('text');
    expect(template.tables[1].columns.map((c) => c.format)).toEqual(['text', 'amount', 'percent']);
  });

  it('offers drop-down lists: statuses, roles from Roller, goals from Mål', () => {
    const cols = new Map(template.tables[4].columns.map((c) => [c.header, c.validation]));
    const status = cols.get('Status');
    expect(status?.style).toBe('stop');
    expect(status?.source).toEqual({ kind: 'values', values: ['Ej påbörjad', 'Pågår', 'Klar', 'Försenad', 'Avbruten'] });
    if (status?.source.kind === 'values') for (const v of status.source.values) expect(statusOf(v)).not.toBeNull();
    expect(listFormula(cols.get('Ansvarig')!.source)).toBe('INDIRECT("Roller[Roll]")');
    expect(listFormula(cols.get('Beslutsfattare')!.source)).toBe('INDIRECT("Roller[Roll]")');
    expect(listFormula(cols.get('MålID')!.source)).toBe('INDIRECT("Mal[MålID]")');
    expect(listFormula(status!.source)).toBe(`"${Object.values(STATUS_LABEL).map((l) => l.sv).join(',')}"`);
    expect(cols.get('Åtgärd')).toBeUndefined();
  });

  it('has Uppföljning with its formats, a status list and an ID list from Åtgärder that only warns', () => {
    const followUp = template.tables[5];
    expect(followUp.columns.map((c) => [c.header, c.format])).toEqual([
      ['Period', 'text'],
      ['Datum', 'date'],
      ['ID', 'text'],
      ['Utfall (kr)', 'amount'],
      ['Prognos (kr)', 'amount'],
      ['Status', 'text'],
      ['Kommentar', 'text'],
    ]);
    const id = followUp.columns[2].validation!;
    expect([listFormula(id.source), id.style]).toEqual(['INDIRECT("Atgarder[ID]")', 'warning']);
    expect(followUp.columns[5].validation).toBe(STATUS_LIST);
    expect(followUpTable(undefined, null).columns[2].validation).toBeUndefined();
  });

  it('gives every empty table one blank row and pads given rows to the table width', () => {
    for (const t of template.tables.slice(2)) {
      expect(t.rows).toHaveLength(1);
      expect(t.rows[0]).toEqual(t.columns.map(() => null));
    }
    const filled = buildTemplate({ rows: { goals: [['M1']], roles: [] } });
    expect(filled.tables[2].rows).toEqual([['M1', null]]);
    expect(filled.tables[3].rows).toEqual([[null, null, null, null]]);
  });
});

describe('templateOptionProblems', () => {
  it('accepts the defaults and refuses names that would break the Åtgärder table', () => {
    expect(templateOptionProblems({})).toEqual([]);
    expect(templateOptionProblems({ municipalities: [] })).toEqual(['at least one municipality is needed']);
    expect(templateOptionProblems({ municipalities: ['Mora', 'mora'] })[0]).toMatch(/twice/);
    expect(templateOptionProblems({ municipalities: ['Status'] })[0]).toMatch(/Åtgärder column/);
    expect(templateOptionProblems({ municipalities: ['Mora', ' '] })[0]).toMatch(/empty/);
    expect(templateOptionProblems({ municipalities: ['Or[sa]'] })[0]).toMatch(/not allowed/);
  });
});
