import { errorText } from './errorText';

describe('errorText', () => {
  it('gives the first line of an Error, an error-like object or a thrown string, trimmed', () => {
    expect(errorText(new TypeError('x is undefined\n    at f (a.js:1)'))).toBe('x is undefined');
    expect(errorText({ message: ' The range is too large. ', code: 'PayloadTooLarge' })).toBe('The range is too large.');
    expect(errorText('plain text\nsecond')).toBe('plain text');
  });

  it('gives String(e) for anything else, and "" for an error without a message', () => {
    expect(errorText(42)).toBe('42');
    expect(errorText(null)).toBe('null');
    expect(errorText({ message: 7 })).toBe('[object Object]');
    expect(errorText(new Error(''))).toBe('');
  });
});
