import { readNumberText } from './numberText';

describe('readNumberText', () => {
  it.each([
    ['2 290 000 kr', 2_290_000],
    ['2\u00a0290\u00a0000', 2_290_000],
    ['2\u202f290\u202f000 SEK', 2_290_000],
    ['2\u2009290\u2009000', 2_290_000],
    ['2 290 000,50', 2_290_000.5],
    ['1234.5', 1234.5],
    ['1234,5 kr', 1234.5],
    ['-1 000', -1000],
    ['\u22121 000 kr', -1000],
    ['790000:-', 790_000],
    ['  42  ', 42],
  ])('%j reads as %d', (text, n) => expect(readNumberText(text)).toBe(n));
  it.each(['abc', '', '1,234.5', '1 23', '12 kr 3', '1e5', 'kr', '--1', '1.2.3'])('%j is not a number', (text) =>
    expect(readNumberText(text)).toBeNull(),
  );
  it('takes a percent sign only where asked', () => {
    expect(readNumberText('58,57 %', 'percent')).toBe(58.57);
    expect(readNumberText('58,57 %', 'money')).toBeNull();
    expect(readNumberText('100 kr', 'none')).toBeNull();
  });
});
