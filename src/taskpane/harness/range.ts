/** A1 ranges (`C2`, `C2:C20`, `$A$1:$M$1`) as zero-based corners, for the in-memory workbook. */
import { parseA1 } from '../../domain/a1';

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function parseRange(address: string): CellRange | null {
  const parts = address.split(':');
  if (parts.length > 2) return null;
  const a = parseA1(parts[0]);
  const b = parts.length === 2 ? parseA1(parts[1]) : a;
  if (a === null || b === null) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rangeSize(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
