/**
 * A 20 000-action plan validates completely and exactly: every deliberate finding, nothing more. How long
 * it takes is measured by `npm run bench` (bench/validate.bench.ts), not asserted here.
 */
import { exampleRows, makeSnapshot } from '../../tests/builders/snapshot';
import type { CellValue } from './snapshot';
import { validate } from './validate';

function bigPlan(n: number) {
  const rows = exampleRows();
  const actions: CellValue[][] = [rows['Åtgärder'][0]];
  // n actions of 195.50 kr split 114.50/39.50/41.50 (the key 229/79/83 at half a krona): the columns sum to
  // the Finansiering shares when n = 20 000, so only the deliberate findings below appear.
  for (let i = 0; i < n; i++) {
    const id = i === 7 ? 'A1' : `A${i + 1}`; // one duplicate ID (P002)
    const responsible = i % 1000 === 999 ? 'Okänd roll' : 'IT-chef'; // 20 unknown roles (R002)
    actions.push([id, `Åtgärd ${i + 1}`, `M${(i % 4) + 1}`, responsible, 'Kommundirektör', 40_603, 40_908, 'Pågår', 195.5, 114.5, 39.5, 41.5, 10, null]);
  }
  const plan = rows.Plan.map((r) => (r[0] === 'Total budget (kr)' ? [r[0], 195.5 * n] : r));
  const financing = [rows.Finansiering[0], ['Mora', 114.5 * n, 0.5857], ['Orsa', 39.5 * n, 0.202], ['Älvdalen', 41.5 * n, 0.2123]];
  return makeSnapshot({
    tables: [
      { name: 'Plan', rows: plan },
      { name: 'Finansiering', rows: financing },
      { name: 'Mal', sheet: 'Mål', rows: rows['Mål'] },
      { name: 'Roller', rows: rows.Roller },
      { name: 'Atgarder', sheet: 'Åtgärder', rows: actions },
    ],
  });
}

describe('validate at scale', () => {
  it('validates 20 000 actions: one duplicate ID and twenty unknown roles, at their cells', () => {
    const snapshot = bigPlan(20_000);
    const r = validate(snapshot, { today: '2011-09-30' });
    expect(r.model.actions).toHaveLength(20_000);
    const codes = r.findings.map((f) => f.code);
    expect(codes.filter((c) => c === 'P002')).toHaveLength(1);
    expect(codes.filter((c) => c === 'R002')).toHaveLength(20);
    expect(codes.length).toBe(21);
    expect(r.findings.find((f) => f.code === 'P002')).toMatchObject({ sheet: 'Åtgärder', cell: 'A9', actionId: 'A1' });
    expect(r.findings.filter((f) => f.code === 'R002').map((f) => f.cell).slice(0, 2)).toEqual(['D1001', 'D2001']);
  });
});
