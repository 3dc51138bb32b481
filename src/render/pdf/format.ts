/** Figures as the handout prints them: whole kronor with Swedish grouping (`2 290 000 kr`), `58,6 %`, counts. */
import { chartValueLabel } from '../../domain/charts/build';
import { formatPercent } from '../../domain/summary/textReport';

export function kr(value: number): string {
  return chartValueLabel(value, 'kr');
}

/** A signed amount for changes: `+150 000 kr`, `-20 000 kr`, `0 kr`. */
export function signedKr(value: number): string {
  const text = kr(value);
  return text.startsWith('-') || text === '0 kr' ? text : `+${text}`;
}

export function percent(fraction: number | null): string {
  return fraction === null ? '–' : formatPercent(fraction);
}
