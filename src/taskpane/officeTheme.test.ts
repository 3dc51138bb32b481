import { luminance, themeFromBodyBackground } from './officeTheme';

describe('themeFromBodyBackground', () => {
  it('is dark for the dark Office themes and light for the light ones or none', () => {
    expect(themeFromBodyBackground('#262626')).toBe('dark'); // Office "Black"
    expect(themeFromBodyBackground('#444444')).toBe('dark'); // "Dark Gray"
    expect(themeFromBodyBackground('#FFFFFF')).toBe('light');
    expect(themeFromBodyBackground('#E6E6E6')).toBe('light'); // "Colorful"/"White" pane bodies
    expect(themeFromBodyBackground(undefined)).toBe('light');
    expect(themeFromBodyBackground('not a colour')).toBe('light');
  });

  it('computes the relative luminance of hex colours', () => {
    expect(luminance('#000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
    expect(luminance('blue')).toBeNull();
  });
});
