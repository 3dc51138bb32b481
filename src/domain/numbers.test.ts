import { MINUS, countOf, formatNumber, pluralForm } from './numbers';

const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('groups digits the Swedish way, with no-break spaces, and the English way with commas', () => {
    expect(formatNumber(3000, 'sv')).toBe(`3${NBSP}000`);
    expect(formatNumber(3504, 'sv')).toBe(`3${NBSP}504`);
    expect(formatNumber(1_047_575, 'sv')).toBe(`1${NBSP}047${NBSP}575`);
    expect(formatNumber(3000, 'en')).toBe('3,000');
    expect(formatNumber(999, 'sv')).toBe('999');
  });

  it('writes decimals with a comma in Swedish, a point in English, at most four of them', () => {
    expect(formatNumber(20.2, 'sv')).toBe('20,2');
    expect(formatNumber(20.2, 'en')).toBe('20.2');
    expect(formatNumber(1 / 3, 'sv')).toBe('0,3333');
  });

  it('writes a true minus sign (U+2212), never a hyphen, in both languages', () => {
    expect(formatNumber(-450, 'sv')).toBe(`${MINUS}450`);
    expect(formatNumber(-1234.5, 'sv')).toBe(`${MINUS}1${NBSP}234,5`);
    expect(formatNumber(-1234.5, 'en')).toBe(`${MINUS}1,234.5`);
    expect(MINUS).toBe('\u2212');
    expect(formatNumber(-0, 'sv')).toBe('0'); // no "−0"
  });

  it('leaves what is not a finite number as text', () => {
    expect(formatNumber(Number.NaN, 'sv')).toBe('NaN');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('Infinity');
  });
});

describe('plurals', () => {
  const varning = { one: 'varning', other: 'varningar' };
  it('takes the singular for exactly one and the plural for everything else, zero included', () => {
    expect(pluralForm(1, varning)).toBe('varning');
    expect(pluralForm(0, varning)).toBe('varningar');
    expect(pluralForm(2, varning)).toBe('varningar');
    expect(pluralForm(1.5, varning)).toBe('varningar');
  });

  it('counts with the grouped number and the right form, never "1 varningar"', () => {
    expect(countOf(1, 'sv', varning)).toBe('1 varning');
    expect(countOf(3000, 'sv', varning)).toBe(`3${NBSP}000 varningar`);
    expect(countOf(1, 'en', { one: 'match', other: 'matches' })).toBe('1 match');
    expect(countOf(3504, 'en', { one: 'match', other: 'matches' })).toBe('3,504 matches');
    // a word with one form in Swedish (fel) stays one word
    expect(countOf(1, 'sv', { one: 'fel', other: 'fel' })).toBe('1 fel');
  });
});
