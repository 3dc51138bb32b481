/**
 * The example plan (src/domain/example) poured into the template's columns by header name, as a
 * controller would type it into a new "Ny handlingsplan" workbook.
 */
import { examplePlanWorkbook } from '../../src/domain/example';
import type { PlanCell, PlanTable } from '../../src/domain/example';
import { buildTemplate } from '../../src/domain/template/buildTemplate';
import type { TemplateOptions } from '../../src/domain/template/buildTemplate';
import type { TemplateCell } from '../../src/domain/template/types';
import type { ObjectKind } from '../../src/domain/names';
import { objectKindOf } from '../../src/domain/names';

function toTemplateCell(cell: PlanCell | undefined): TemplateCell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  if (typeof cell === 'boolean') return String(cell);
  if ('date' in cell) return { date: cell.date };
  if ('amount' in cell) return cell.amount;
  throw new Error(`the clean example has no error cells (${cell.error})`);
}

function rowsFor(table: PlanTable, headers: readonly string[]): TemplateCell[][] {
  const index = headers.map((h) => table.columns.findIndex((c) => c.header === h));
  return table.rows.map((row) => index.map((i) => (i < 0 ? null : toTemplateCell(row[i]))));
}

/** Template options that fill every table with the example's rows. */
export function exampleTemplateOptions(): TemplateOptions {
  const empty = buildTemplate();
  const rows: Partial<Record<ObjectKind, TemplateCell[][]>> = {};
  for (const table of examplePlanWorkbook().tables) {
    const kind = objectKindOf(table.table);
    const target = empty.tables.find((t) => t.table === table.table);
    if (kind === null || target === undefined) throw new Error(`unexpected example table ${table.table}`);
    rows[kind] = rowsFor(table, target.columns.map((c) => c.header));
  }
  return { rows };
}
