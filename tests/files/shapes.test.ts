import { readSnapshotFromFile } from '../../src/xlsx/file';
import { fixturePath, readFixture, validateFixture } from './fixture';

describe('workbook shapes that must validate clean', () => {
  it('English sheet names and headers, plain sheets, shuffled columns', async () => {
    const snap = await readFixture('clean-en-sheets.xlsx');
    expect(snap.tables).toEqual([]);
    expect(snap.sheetNames).toEqual(['Plan', 'Funding', 'Goals', 'Roles', 'Actions']);
    expect(snap.sheets[4].used.values[0][0]).toBe('Status');
    expect(await validateFixture('clean-en-sheets.xlsx')).toEqual([]);
  });

  it('Swedish Excel tables at C4 with dates as ISO text', async () => {
    const snap = await readFixture('clean-sv-tables-c4.xlsx');
    expect(snap.tables.map((t) => [t.name, t.range.row, t.range.col])).toEqual([
      ['Plan', 3, 2],
      ['Finansiering', 3, 2],
      ['Mal', 3, 2],
      ['Roller', 3, 2],
      ['Atgarder', 3, 2],
    ]);
    const actions = snap.tables[4].range.values;
    expect(actions[1][5]).toBe('2011-03-01'); // Start stays text
    expect(await validateFixture('clean-sv-tables-c4.xlsx')).toEqual([]);
  });

  it('real dates read as serial numbers', async () => {
    const snap = await readFixture('excel-errors.xlsx');
    const actions = snap.tables.find((t) => t.name === 'Atgarder')!.range.values;
    expect(actions[1][5]).toBe(40603); // 2011-03-01
  });
});

describe('files that are not workbooks', () => {
  it.each([
    ['not-a-workbook.xlsx', /not an Excel workbook/],
    ['corrupt.xlsx', /damaged/],
  ])('%s gives one clear error line', async (name, message) => {
    const path = await fixturePath(name);
    await expect(readSnapshotFromFile(path)).rejects.toThrow(message);
  });
});
