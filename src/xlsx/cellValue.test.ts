import type ExcelJS from 'exceljs';
import { toCellValue } from './cellValue';

describe('toCellValue', () => {
  // exceljs reads a hyperlinked cell as { text, hyperlink } with the cell's own value, of any type, in `text`.
  const linked = (text: unknown): ExcelJS.CellValue => ({ text, hyperlink: 'https://mora.se/beslut.pdf' }) as unknown as ExcelJS.CellValue;

  it('keeps the value of a hyperlinked number, date or boolean', () => {
    expect(toCellValue(linked(2_290_000))).toBe(2_290_000);
    expect(toCellValue(linked(new Date(Date.UTC(2011, 11, 31))))).toBe(40908);
    expect(toCellValue(linked(true))).toBe(true);
  });

  it('keeps the text of hyperlinked text', () => {
    expect(toCellValue(linked('Beslut KS 2011'))).toBe('Beslut KS 2011');
    expect(toCellValue(linked({ richText: [{ text: 'Mo' }, { text: 'ra' }] }))).toBe('Mora');
  });
});
