import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnreadableWorkbook, readWorkbookBytes } from '../read';

const corpus = (name: string): Uint8Array => readFileSync(join(__dirname, '..', '..', '..', 'tests', 'corpus', 'calamine', name));

describe('.ods', () => {
  it('reads each sheet with typed cells: numbers, dates as 1900 serials, text of paragraphs', () => {
    const snap = readWorkbookBytes(corpus('tests_date.ods'), { allSheets: true });
    expect(snap.sheets[0].used.values.slice(0, 2)).toEqual([
      [44197, 15],
      [44197.42372685, 16],
    ]);
    expect(readWorkbookBytes(corpus('tests_special_cells.ods'), { allSheets: true }).sheets[0].used.values[0]).toEqual(['Split\nLine']);
  });

  it('expands repeated rows that hold values, and leaves a cell comment out of its text', () => {
    expect(readWorkbookBytes(corpus('tests_number_rows_repeated.ods'), { allSheets: true }).sheets[0].used.values.slice(0, 3)).toEqual([
      ['A', 'B'],
      ['C', 'D'],
      ['C', 'D'],
    ]);
    expect(readWorkbookBytes(corpus('tests_with-annotation.ods'), { allSheets: true }).sheets[0].used.values[0][0]).not.toMatch(/annotation/);
  });

  it('reads only the plan sheets unless asked for all, and names an encrypted file', () => {
    expect(readWorkbookBytes(corpus('tests_any_sheets.ods')).sheets).toEqual([]);
    expect(() => readWorkbookBytes(corpus('tests_pass_protected.ods'))).toThrow(UnreadableWorkbook);
    try {
      readWorkbookBytes(corpus('tests_pass_protected.ods'));
    } catch (e) {
      expect((e as UnreadableWorkbook).kind).toBe('encrypted');
    }
  });

  it('refuses a column beyond Excel grid (a repeated-column attack) with one clear error', () => {
    expect(() => readWorkbookBytes(corpus('tests_issue_594_dos.ods'), { allSheets: true })).toThrow(/beyond Excel's grid/);
  });
});
