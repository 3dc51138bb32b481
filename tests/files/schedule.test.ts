import { only, validateFixture, where } from './fixture';

describe('plan and schedule findings from a real .xlsx file (English tables, ISO text dates)', () => {
  it('reports each schedule problem at its cell, and nothing else', async () => {
    const findings = await validateFixture('schedule.xlsx');
    expect(where(findings)).toEqual([
      'P001 Actions!A3', // the second action has no ID
      'P002 Actions!A5', // A1 again
      'P003 Actions!C4', // A3 goal G9
      'P004 Actions!F5', // start "2011-13-01"
      'P005 Actions!G4', // A3 ends before it starts
      'P006 Actions!H5', // status "Kanske"
      'P007 Actions!G3', // in progress, ended 2011-10-31
      'P008 Goals!A4', // G3 has no action
      'P009 Actions!M2', // A1 done, no spent amount
    ]);
    expect(only(findings, 'P007')).toMatchObject({ expected: '2011-10-31', actual: '2011-12-31', severity: 'warning' });
    expect(only(findings, 'P005')).toMatchObject({ actionId: 'A3', expected: '2012-07-01', actual: '2012-06-30' });
  });

  it('uses the report date it is given', async () => {
    const findings = await validateFixture('schedule.xlsx', '2011-10-31');
    expect(findings.filter((f) => f.code === 'P007')).toEqual([]);
  });
});
