import { a1, a1Range, columnLetters, parseA1, parseRange, rangeSize } from './a1';

describe('A1 addresses', () => {
  it('writes and reads cells, columns past Z and absolute references', () => {
    expect(a1(0, 0)).toBe('A1');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(16_383)).toBe('XFD');
    expect(parseA1('$C$12')).toEqual({ row: 11, col: 2 });
    expect(parseA1(' xfd1048576 ')).toEqual({ row: 1_048_575, col: 16_383 });
    expect(a1Range(1, 2, 5, 2)).toBe('C2:C6');
    expect(a1Range(1, 2, 1, 2)).toBe('C2');
  });

  it('refuses what is no cell', () => {
    for (const bad of ['', 'A0', 'A', '1', 'ABCD1', 'A1:B2', 'Blad1!A1', 'R1C1']) expect(parseA1(bad)).toBeNull();
  });

  it('reads a cell or a range as corners in either order', () => {
    expect(parseRange('C2')).toEqual({ top: 1, left: 2, bottom: 1, right: 2 });
    expect(parseRange('$M$1:$A$1')).toEqual({ top: 0, left: 0, bottom: 0, right: 12 });
    expect(rangeSize(parseRange('C2:D20')!)).toBe(38);
    for (const bad of ['A1:B2:C3', 'A1:', 'A:A', '']) expect(parseRange(bad)).toBeNull();
  });
});
