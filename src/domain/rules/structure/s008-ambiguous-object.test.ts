import { exampleSnapshot } from '../../../../tests/builders/snapshot';
import { readPlan } from '../../readPlan';
import { validate } from '../../validate';

describe('S008 two tables or sheets match the same plan table', () => {
  const base = exampleSnapshot();
  const actions = base.tables.find((t) => t.name === 'Atgarder')!;

  it('a table on its own sheet is one object, not two', () => {
    expect(readPlan(base).findings.filter((f) => f.code === 'S008')).toEqual([]);
  });

  it('two tables named Atgarder: names both, reads neither (no S001, no guess)', () => {
    const snapshot = { ...base, tables: [...base.tables, { ...actions, sheet: 'Kopia' }], sheetNames: [...base.sheetNames, 'Kopia'] };
    const { findings, model } = readPlan(snapshot);
    expect(findings.filter((f) => f.code === 'S008')).toEqual([
      {
        code: 'S008',
        sheet: actions.sheet,
        cell: 'A1',
        detail: { object: 'Åtgärder', firstKind: 'table', first: 'Atgarder', firstAt: `${actions.sheet}!A1`, secondKind: 'table', second: 'Atgarder', secondAt: 'Kopia!A1' },
      },
    ]);
    expect(findings.filter((f) => f.code === 'S001')).toEqual([]);
    expect(model.actions).toBeNull();
  });

  it('a table and a sheet elsewhere, in both languages', () => {
    const sheet = { name: 'Actions', used: actions.range };
    const snapshot = { ...base, sheets: [...base.sheets, sheet], sheetNames: [...base.sheetNames, 'Actions'] };
    const en = validate(snapshot, { today: '2011-12-31', lang: 'en' }).findings.filter((f) => f.code === 'S008');
    expect(en.map((f) => [f.severity, f.message])).toEqual([
      ['error', `Both the table Atgarder (${actions.sheet}!A1) and the sheet Actions (Actions!A1) match Åtgärder (Actions). Plankoll does not guess which one counts: rename or remove one of them.`],
    ]);
    const sv = validate(snapshot, { today: '2011-12-31', lang: 'sv' }).findings.filter((f) => f.code === 'S008');
    expect(sv[0].message).toBe(
      `Både tabellen Atgarder (${actions.sheet}!A1) och bladet Actions (Actions!A1) motsvarar Åtgärder. Plankoll gissar inte vilken som gäller: byt namn på eller ta bort den ena.`,
    );
  });
});
