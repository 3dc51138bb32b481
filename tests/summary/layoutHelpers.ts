/** Reads a SheetLayout back cell by cell, so tests can state what lands where. */
import { a1, parseA1 } from '../../src/domain/a1';
import type { CellValue } from '../../src/domain/snapshot';
import type { SheetLayout } from '../../src/domain/summary/layout';

export interface LaidCell {
  readonly value: CellValue;
  readonly format: string | undefined;
  readonly bold: boolean;
  readonly fontSize: number | undefined;
}

export function cellMap(layout: SheetLayout): Map<string, LaidCell> {
  const cells = new Map<string, LaidCell>();
  for (const block of layout.blocks) {
    const at = parseA1(block.address);
    if (at === null) throw new Error(`bad block address ${block.address}`);
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const format = typeof block.numberFormat === 'string' ? block.numberFormat : block.numberFormat?.[r]?.[c];
        const address = a1(at.row + r, at.col + c);
        if (cells.has(address)) throw new Error(`two blocks write ${address}`);
        cells.set(address, { value, format, bold: block.bold === true, fontSize: block.fontSize });
      }),
    );
  }
  return cells;
}

export function valueAt(layout: SheetLayout, address: string): CellValue | undefined {
  return cellMap(layout).get(address)?.value;
}
