import { formatCell } from './formatCell';

describe('formatCell', () => {
  it('keeps text as it is, including markup and leading =', () => {
    expect(formatCell('<img src=x onerror=alert(1)>', undefined, 'sv')).toBe('<img src=x onerror=alert(1)>');
    expect(formatCell('=HYPERLINK("x")', '@', 'sv')).toBe('=HYPERLINK("x")');
  });

  it('shows dates, percentages, kronor and errors', () => {
    expect(formatCell(40543, 'yyyy-mm-dd', 'sv')).toBe('2010-12-31');
    expect(formatCell(40543 + (14 * 60 + 5) / 1440, 'yyyy-mm-dd hh:mm', 'sv')).toBe('2010-12-31 14:05');
    expect(formatCell(0.5857, '0.0%', 'en')).toBe('58.6%');
    expect(formatCell(0.5857, '0.0 %', 'sv')).toBe('58,6\u00a0%');
    expect(formatCell(2_290_000, '#,##0 "kr"', 'en')).toBe('2,290,000 kr');
    expect(formatCell(2_290_000, '#,##0 "kr"', 'sv').replace(/\s/g, ' ')).toBe('2 290 000 kr');
    // The format's decimals, as Excel shows them: whole kronor, not the öre stored.
    expect(formatCell(427_490.6, '#,##0 "kr"', 'sv').replace(/\s/g, ' ')).toBe('427 491 kr');
    expect(formatCell(18, '0', 'sv')).toBe('18');
    expect(formatCell(12_345, '0', 'sv')).toBe('12345');
    expect(formatCell(1234.5, 'General', 'sv').replace(/\s/g, ' ')).toBe('1 234,5');
    expect(formatCell({ error: '#REF!' }, undefined, 'sv')).toBe('#REF!');
    expect(formatCell(null, undefined, 'sv')).toBe('');
    expect(formatCell(true, undefined, 'sv')).toBe('TRUE');
  });
});
