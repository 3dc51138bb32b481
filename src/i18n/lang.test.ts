import { langFromDisplayLanguage } from './lang';

describe('langFromDisplayLanguage', () => {
  it('is Swedish for sv-* and English for anything else', () => {
    expect(langFromDisplayLanguage('sv-SE')).toBe('sv');
    expect(langFromDisplayLanguage('SV-fi')).toBe('sv');
    expect(langFromDisplayLanguage('en-US')).toBe('en');
    expect(langFromDisplayLanguage('fi-FI')).toBe('en');
    expect(langFromDisplayLanguage(undefined)).toBe('en');
  });
});
