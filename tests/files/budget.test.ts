import { only, validateFixture, where } from './fixture';

describe('budget findings from a real .xlsx file (English plain sheets, shuffled columns)', () => {
  it('reports each budget problem at its cell, and nothing else', async () => {
    const findings = await validateFixture('budget.xlsx');
    expect(where(findings)).toEqual([
      'B001 Actions!D4', // A3 Mora "trehundra"
      'B002 Actions!G4', // A3 spent -5 000
      'B003 Actions!C3', // A2 shares 210 000 vs budget 200 000
      'B004 Plan!B5', // budgets 1 000 000 vs total 1 100 000
      'B005 Actions!E2:E4', // Orsa's column 210 000 vs 200 000
      'B006 Plan!B5', // Funding 1 000 000 vs total 1 100 000
      'B007 Funding!C3', // Orsa 25 % typed, 20 % real
      'B008 Actions!D3:F3', // A2 gives Orsa 25 % against the key's 20 %
      'B009 Actions!G2', // A1 spent 310 000 of 300 000
      'B010 Actions!D2', // A1 Mora "180 000 kr"
    ]);
  });

  it('compares the right amounts', async () => {
    const findings = await validateFixture('budget.xlsx');
    expect(only(findings, 'B003')).toMatchObject({ actionId: 'A2', expected: 200_000, actual: 210_000, severity: 'error' });
    expect(only(findings, 'B004')).toMatchObject({ expected: 1_100_000, actual: 1_000_000 });
    expect(only(findings, 'B005')).toMatchObject({ expected: 200_000, actual: 210_000 });
    expect(only(findings, 'B009')).toMatchObject({ actionId: 'A1', expected: 300_000, actual: 310_000, severity: 'warning' });
    expect(only(findings, 'B010')).toMatchObject({ actionId: 'A1', severity: 'warning' });
  });
});
