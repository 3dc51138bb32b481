/** Finansiering: one municipality per row, with its share in kronor and (optionally) `Andel (%)`. */
import type { Municipality } from '../model';
import { readAmount } from './amount';
import { readPercent } from './percent';
import type { RowCells } from './rows';
import { readText } from './text';

export function readMunicipality(r: RowCells, hasPercent: boolean): Municipality {
  const name = r.cell('municipality');
  const share = r.cell('share');
  const percent = r.cell('percent');
  return {
    name: readText(name.raw, name.ref),
    share: readAmount(share.raw, share.ref),
    percent: hasPercent ? readPercent(percent.raw, percent.ref) : null,
    row: r.row,
  };
}
