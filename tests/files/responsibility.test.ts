import { only, validateFixture, where } from './fixture';

describe('responsibility findings from a real .xlsx file (Swedish tables at C4)', () => {
  it('reports each responsibility problem at its cell, and nothing else', async () => {
    const findings = await validateFixture('responsibility.xlsx');
    expect(where(findings)).toEqual([
      'R001 Åtgärder!F5', // A1 Ansvarig empty
      'R002 Åtgärder!F8', // A4 "Kanslichef" is no role
      'R003 Åtgärder!G8', // A4 Beslutsfattare empty
      'R004 Åtgärder!G10', // A6 "Rektor" is no role
      'R005 Åtgärder!G7', // A3 500 000 kr > IT-chef's 200 000 kr
      'R006 Åtgärder!G6', // A2 IS/IT-strateg has no decision authority
      'R007 Åtgärder!G9', // A5 Kommundirektör both
      'R008 Åtgärder!F7', // A3 "IT-chef & IS/IT-strateg"
      'R009 Roller!D9', // Controller has no name, used by A2
      'R010 Roller!C8', // IT-chef twice
    ]);
    expect(only(findings, 'R005')).toMatchObject({ actionId: 'A3', expected: 200_000, actual: 500_000 });
    expect(only(findings, 'R008').actual).toBe('IT-chef & IS/IT-strateg');
  });
});
