/** A1 addresses from zero-based coordinates, and back. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `a1(0, 0)` is `A1`. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** `a1Range(1, 2, 5, 2)` is `C2:C6`; a single cell gives just `C2`. */
export function a1Range(row1: number, col1: number, row2: number, col2: number): string {
  const first = a1(row1, col1);
  const last = a1(row2, col2);
  return first === last ? first : `${first}:${last}`;
}

/** Parses `C12` (or `$C$12`) into zero-based coordinates; returns null for anything else. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m || Number(m[2]) < 1) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A rectangle of cells as zero-based corners, top-left to bottom-right. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Parses `C2`, `C2:C20` or `$A$1:$M$1` (corners in either order); null for anything else. */
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

/** How many cells a range holds. */
export function rangeSize(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
