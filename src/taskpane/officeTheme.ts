/** Office's theme -> the pane's: dark when Office paints the task pane body dark. */
import type { PaneTheme } from './App';

/** `#RRGGBB` (or `#RGB`) -> relative luminance 0..1; null when it is not such a colour. */
export function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `Office.context.officeTheme.bodyBackgroundColor` (absent on some hosts) -> light or dark. */
export function themeFromBodyBackground(bodyBackgroundColor: string | null | undefined): PaneTheme {
  if (typeof bodyBackgroundColor !== 'string') return 'light';
  const l = luminance(bodyBackgroundColor);
  return l !== null && l < 0.2 ? 'dark' : 'light';
}
