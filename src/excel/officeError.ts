/** How an office-js failure reads as one line: Excel's message, then its code and where it failed. */
import { errorText } from '../domain/errorText';

/** The parts of an error worth showing: message, then office-js's code and where it failed. */
export function describeOfficeError(e: unknown): string {
  if (typeof e !== 'object' || e === null) return String(e);
  const { code, debugInfo } = e as { code?: unknown; debugInfo?: { errorLocation?: unknown } };
  const text = errorText(e) || String(e);
  const details = [code, debugInfo?.errorLocation].filter((d): d is string => typeof d === 'string' && d !== '' && !text.includes(d));
  return details.length > 0 ? `${text} (${details.join(', ')})` : text;
}
