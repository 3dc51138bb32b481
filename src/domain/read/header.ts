/**
 * Mapping a header row to fields: by normalized name, in any order; unknown columns are ignored.
 * The first column of a field wins; a later one is a duplicate (S004). Municipality columns of
 * Åtgärder are matched to Finansiering's `Kommun` names the same way, keyed by the name as written
 * in Finansiering.
 */
import type { ColumnSpec } from '../names';
import { normalizeName } from '../names';
import { headerText } from './cells';
import type { Grid } from './grid';
import { gridCell, gridWidth } from './grid';

export interface HeaderDuplicate {
  /** Field key, or the municipality's name. */
  readonly field: string;
  /** The Swedish header of the field (or the municipality's name). */
  readonly header: string;
  /** Grid column of the duplicate. */
  readonly col: number;
}

export interface HeaderMap {
  /** Field key (or municipality name) -> grid column. */
  readonly columns: Readonly<Record<string, number>>;
  readonly duplicates: readonly HeaderDuplicate[];
  /** Required columns with no match, in spec order. */
  readonly missing: readonly ColumnSpec[];
}

export function mapHeader(grid: Grid, specs: readonly ColumnSpec[], municipalities: readonly string[] = []): HeaderMap {
  const byKey = new Map<string, { field: string; header: string }>();
  for (const s of specs) {
    for (const n of [s.header, ...s.aliases]) {
      const k = normalizeName(n);
      if (!byKey.has(k)) byKey.set(k, { field: s.field, header: s.header });
    }
  }
  const fieldKeys = new Set(specs.map((s) => s.field));
  for (const m of municipalities) {
    const k = normalizeName(m);
    if (k !== '' && !byKey.has(k) && !fieldKeys.has(m)) byKey.set(k, { field: m, header: m });
  }
  const columns = new Map<string, number>();
  const duplicates: HeaderDuplicate[] = [];
  const width = gridWidth(grid);
  for (let j = 0; j < width; j++) {
    const text = headerText(gridCell(grid, 0, j));
    if (text === null) continue;
    const target = byKey.get(normalizeName(text));
    if (!target) continue;
    if (columns.has(target.field)) duplicates.push({ ...target, col: j });
    else columns.set(target.field, j);
  }
  const missing = specs.filter((s) => s.required && !columns.has(s.field));
  return { columns: Object.fromEntries(columns), duplicates, missing };
}
