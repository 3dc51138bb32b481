import { only, validateFixture, where } from './fixture';

describe('structure findings from real .xlsx files', () => {
  it('reports missing sheets, a missing column and a municipality without a column (English plain sheets)', async () => {
    const findings = await validateFixture('structure.xlsx');
    expect(where(findings)).toEqual([
      'S001 Roller!A1', // no Roles sheet
      'S002 Mål!A1', // no Goals sheet
      'S002 Plan!A1', // no Plan sheet
      'S003 Actions!A1:K1', // no Status column
      'S005 Funding!A4', // Älvdalen has no column in Actions
    ]);
    expect(only(findings, 'S003').expected).toBe('Status');
    expect(only(findings, 'S005').expected).toBe('Älvdalen');
    expect(only(findings, 'S001').severity).toBe('error');
  });

  it('reports two columns that map to the same field at the second header cell (sheet at B2)', async () => {
    const findings = await validateFixture('structure-duplicate-column.xlsx');
    expect(where(findings)).toEqual(['S004 Åtgärder!K2']);
  });

  it('reports Excel error values read from formula results, in tables at B3', async () => {
    const findings = await validateFixture('excel-errors.xlsx');
    expect(where(findings)).toEqual(['S007 Åtgärder!H5', 'S007 Åtgärder!J4', 'S007 Åtgärder!L6']);
    expect(findings.map((f) => [f.actionId, f.actual])).toEqual([
      ['A1', '#REF!'],
      ['A2', '#N/A'],
      ['A3', '#REF!'],
    ]);
  });
});
