import {
  EXAMPLE_REPORT_DATE,
  cellAddress,
  exampleRows,
  exampleSnapshot,
  makeSnapshot,
  setCell,
  setPlanValue,
} from '../../tests/builders/snapshot';
import { isoToSerial } from './dates';
import type { Finding } from './finding';
import { SEVERITY } from './rules';
import { invalid, makeAction, makePlan } from '../../tests/builders/model';
import { FINDINGS_PER_CODE, capPerCode, sortFindings, validate, validateModel } from './validate';

const TODAY = '2026-11-27';
const brief = (fs: readonly Finding[]) => fs.map((f) => `${f.code} ${f.sheet}!${f.cell}`);

describe('validate on a whole snapshot', () => {
  it('finds nothing in the valid example, as tables or plain sheets', () => {
    for (const layout of ['tables', 'sheets'] as const) {
      const r = validate(exampleSnapshot({ layout }), { today: TODAY });
      expect(r.findings).toEqual([]);
      expect(r.counts).toEqual({ error: 0, warning: 0, info: 0 });
      expect(r.model.actions).toHaveLength(5);
    }
  });

  it.each([
    ['Åtgärder', 'Ansvarig', 0, null, ['R001 Åtgärder!D2']],
    ['Åtgärder', 'Beslutsfattare', 1, 'Styrgruppen', ['R004 Åtgärder!E3']],
    ['Åtgärder', 'Status', 2, 'Färdig', ['P006 Åtgärder!H4']],
    ['Åtgärder', 'Slut', 1, '2011-09-01', ['P007 Åtgärder!G3']],
    ['Åtgärder', 'Utfall (kr)', 3, { error: '#REF!' }, ['S007 Åtgärder!M5']],
    ['Åtgärder', 'Budget (kr)', 0, '782 000 kr', ['B010 Åtgärder!I2']],
    ['Åtgärder', 'Utfall (kr)', 2, 400_000, ['B009 Åtgärder!M4']],
    ['Åtgärder', 'Mora', 1, 3 * 229_000 + 1, ['B005 Åtgärder!J2:J6', 'B003 Åtgärder!I3']],
    ['Åtgärder', 'MålID', 4, 'M9', ['P003 Åtgärder!C6']],
    ['Roller', 'Namn', 2, null, ['R009 Roller!B4']],
  ] as const)('%s.%s row %d = %p gives exactly %p', (sheet, header, row, value, expected) => {
    const r = validate(setCell(exampleSnapshot(), sheet, header, row, value), { today: TODAY });
    expect(brief(r.findings)).toEqual(expected);
    for (const f of r.findings) expect(f.severity).toBe(SEVERITY[f.code]);
  });

  it('renders messages in Swedish by default and English on request, naming the action', () => {
    const s = setCell(exampleSnapshot(), 'Åtgärder', 'Status', 2, 'Färdig');
    expect(validate(s, { today: TODAY }).findings[0].message).toBe(
      'Åtgärd A3: Okänd status ”Färdig”. Använd Ej påbörjad, Pågår, Klar, Försenad eller Avbruten.',
    );
    expect(validate(s, { today: TODAY, lang: 'en' }).findings[0].message).toMatch(/^Action A3: Unknown status "Färdig"\./);
  });

  it('turns an empty workbook into structure findings, not an exception', () => {
    const r = validate(makeSnapshot({}), { today: TODAY });
    expect(r.findings.map((f) => f.code).sort()).toEqual(['S001', 'S001', 'S001', 'S002', 'S002']);
    expect(r.counts.error).toBe(3);
    expect(r.counts.warning).toBe(2);
    expect(r.reportDate).toBe(TODAY);
  });
});

describe('report date and tolerance', () => {
  const overdueOn = (reportDate: string | undefined, snapshot = exampleSnapshot()) =>
    validate(snapshot, { today: TODAY, ...(reportDate ? { reportDate } : {}) });

  it('uses --report-date, else the Plan’s Rapportdatum, else today', () => {
    expect(overdueOn('2011-04-01').reportDate).toBe('2011-04-01');
    expect(overdueOn(undefined).reportDate).toBe(EXAMPLE_REPORT_DATE);
    expect(overdueOn(undefined, setPlanValue(exampleSnapshot(), 'Rapportdatum', null)).reportDate).toBe(TODAY);
    expect(overdueOn(undefined, setPlanValue(exampleSnapshot(), 'Rapportdatum', 'snart')).reportDate).toBe(TODAY);
  });

  it('P007 follows the report date: A3 (Slut 2011-11-30) is overdue on 2011-12-01 only', () => {
    expect(brief(overdueOn('2011-11-30').findings)).toEqual([]);
    expect(brief(overdueOn('2011-12-01').findings)).toEqual(['P007 Åtgärder!G4']);
  });

  it('takes the B008 tolerance from the Plan', () => {
    // A1 (budget 782 000): move 4 000 kr (0.51 pp) from Mora to Orsa; A2 (1 173 000) takes the reverse
    // (0.34 pp, within 0.5) so that the columns still sum.
    let s = setCell(exampleSnapshot(), 'Åtgärder', 'Mora', 0, 2 * 229_000 - 4_000);
    s = setCell(s, 'Åtgärder', 'Orsa', 0, 2 * 79_000 + 4_000);
    s = setCell(s, 'Åtgärder', 'Mora', 1, 3 * 229_000 + 4_000);
    s = setCell(s, 'Åtgärder', 'Orsa', 1, 3 * 79_000 - 4_000);
    expect(brief(validate(s, { today: TODAY }).findings)).toEqual(['B008 Åtgärder!J2:L2']);
    expect(brief(validate(setPlanValue(s, 'Tolerans fördelning (%-enheter)', 1), { today: TODAY }).findings)).toEqual([]);
  });
});

describe('order of findings', () => {
  it('sorts by the workbook’s sheet order, then row, column and code', () => {
    const rows = exampleRows();
    // Put Åtgärder before Roller in tab order; errors on both.
    let s = makeSnapshot({
      tables: [
        { name: 'Atgarder', sheet: 'Åtgärder', rows: rows['Åtgärder'] },
        { name: 'Roller', sheet: 'Roller', rows: rows.Roller },
        { name: 'Plan', sheet: 'Plan', rows: rows.Plan },
        { name: 'Finansiering', sheet: 'Finansiering', rows: rows.Finansiering },
        { name: 'Mal', sheet: 'Mål', rows: rows['Mål'] },
      ],
    });
    s = setCell(s, 'Roller', 'Roll', 3, 'IT-chef'); // R010 Roller!A5 (and Ekonomichef is then unknown: R002 D5)
    s = setCell(s, 'Åtgärder', 'Ansvarig', 4, null); // R001 D6
    s = setCell(s, 'Åtgärder', 'Status', 0, null); // P006 H2
    const r = validate(s, { today: TODAY });
    expect(s.sheetNames.slice(0, 2)).toEqual(['Åtgärder', 'Roller']);
    expect(brief(r.findings)).toEqual(['P006 Åtgärder!H2', 'R002 Åtgärder!D5', 'R001 Åtgärder!D6', 'R010 Roller!A5']);
  });

  it('breaks ties by column then code, and puts sheets the workbook lacks last', () => {
    const f = (code: Finding['code'], sheet: string, cell: string): Finding => ({ code, severity: SEVERITY[code], sheet, cell, message: 'x' });
    const sorted = sortFindings(
      [f('S001', 'Åtgärder', 'A1'), f('R002', 'Åtgärder', 'D2'), f('B009', 'Åtgärder', 'D2'), f('B005', 'Åtgärder', 'J2:J9'), f('S007', 'Plan', 'B9')],
      ['Plan', 'Blad1'],
    );
    expect(sorted.map((x) => `${x.code} ${x.cell}`)).toEqual(['S007 B9', 'S001 A1', 'B009 D2', 'R002 D2', 'B005 J2:J9']);
  });
});

describe('validateModel', () => {
  it('adds the structure findings it is given and reports the date used', () => {
    const r = validateModel(makePlan(), [{ code: 'S002', sheet: 'Mål', cell: 'A1', detail: { object: 'Mål', skipped: 'P003, P008' } }], { today: TODAY });
    expect(r.reportDate).toBe('2011-06-30');
    expect(r.findings).toEqual([
      { code: 'S002', severity: 'warning', sheet: 'Mål', cell: 'A1', message: 'Bladet eller tabellen Mål saknas. Den är frivillig, men kontroller som behöver den hoppas över (P003, P008).' },
    ]);
  });

  it('an ISO report date in the snapshot is read from a serial number too', () => {
    const s = setPlanValue(exampleSnapshot(), 'Rapportdatum', isoToSerial('2011-12-01'));
    expect(validate(s, { today: TODAY }).reportDate).toBe('2011-12-01');
    expect(cellAddress(s, 'Åtgärder', 'Slut', 2)).toBe('G4');
  });
});

describe('at most FINDINGS_PER_CODE findings per code', () => {
  it('lists the first of each code in sheet order, keeps counts exact and says how many were left out', () => {
    const n = FINDINGS_PER_CODE + 203;
    const actions = Array.from({ length: n }, (_, i) => makeAction({ id: `A${n - i}`, status: invalid('Färdig') }));
    const plan = makePlan({ actions });
    const all = validateModel(plan, [], { today: TODAY });
    const p006 = all.findings.filter((f) => f.code === 'P006');
    expect(p006).toHaveLength(FINDINGS_PER_CODE);
    expect(p006[0].cell).toBe('H2');
    expect(p006[FINDINGS_PER_CODE - 1].cell).toBe(`H${FINDINGS_PER_CODE + 1}`);
    expect(all.omitted).toEqual({ P006: 203 });
    expect(all.counts.error).toBe(all.findings.filter((f) => f.severity === 'error').length + 203);
    expect(all.findings.filter((f) => f.code !== 'P006').length).toBeLessThanOrEqual(FINDINGS_PER_CODE);
  });

  it('leaves nothing out, and says so with an empty map, below the cap', () => {
    expect(validateModel(makePlan(), [], { today: TODAY }).omitted).toEqual({});
  });

  it('caps each code on its own', () => {
    const f = (code: Finding['code'], i: number) => ({ code, n: i });
    const input = [f('P003', 1), f('P006', 2), f('P003', 3), f('P003', 4), f('P006', 5)];
    expect(capPerCode(input, 2)).toEqual({ listed: [input[0], input[1], input[2], input[4]], omitted: { P003: 1 } });
  });
});
