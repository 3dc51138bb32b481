/** For the office-js test doubles: every cell address of a range such as `A1:C3` (row-major). */
import { a1, parseA1 } from '../../src/domain/a1';

function cell(address: string): { row: number; col: number } {
  const at = parseA1(address);
  if (at === null) throw new Error(`InvalidArgument: bad cell ${address}`);
  return at;
}

/** Whole columns (`A:A`) are not expanded: they throw, as a mock should not guess. */
export function cellsOf(range: string): string[][] {
  const [from, to = from] = range.split(':');
  const a = cell(from);
  const b = cell(to);
  const out: string[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const row: string[] = [];
    for (let c = a.col; c <= b.col; c++) row.push(a1(r, c));
    out.push(row);
  }
  return out;
}
