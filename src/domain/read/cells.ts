/** Small helpers over raw cell values, shared by the field parsers and the table reader. */
import type { CellValue } from '../snapshot';
import { isExcelError, isNoResult } from '../snapshot';

/** Empty: null, undefined (a short row) or text of only spaces. */
export function isBlankCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  if (v.length === 0) return true;
  // Fast path: text that starts with a printable ASCII character is not blank. Otherwise trim(),
  // which removes every Unicode space (no-break, figure, thin, narrow no-break …).
  const c = v.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return false;
  return v.trim() === '';
}

/** A cell as header text: text trimmed, numbers as their text; anything else (errors, booleans) is no header. */
export function headerText(v: CellValue | undefined): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** Coerces whatever an adapter (or a fuzzer) put in a cell into a CellValue; unknown shapes become null. */
export function asCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (isExcelError(v as CellValue) || isNoResult(v as CellValue)) return v as CellValue;
  return null;
}
