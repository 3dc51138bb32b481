/**
 * "Ny handlingsplan" in the open workbook: adds the five sheets and Excel tables of the template
 * (src/domain/template) with formats, drop-down lists and frozen headers, in one `Excel.run` and two syncs:
 * one to see what the workbook has, one to write.
 *
 * Never touches the user's sheets: refuses (TemplateConflictError, nothing written) when any plan sheet or
 * table exists, or a workbook defined name has the name of a plan table (tables and defined names share one
 * namespace in Excel, and a batch does not roll back: the sheets queued before the failing table name would
 * stay behind), and reuses a sheet only when the workbook is new — its single, empty `Blad1`/`Sheet1`.
 */
import { charsToPoints } from './columnWidth';
import type { Lang } from '../domain/finding';
import { buildTemplate } from '../domain/template/buildTemplate';
import type { TemplateOptions } from '../domain/template/buildTemplate';
import { tableGrid } from '../domain/template/grid';
import { planPlacement, TemplateConflictError } from '../domain/template/placement';
import type { PlanTemplate, TemplateTable } from '../domain/template/types';
import { listSourceForExcel } from '../domain/template/validations';

const ALERT_STYLE = { stop: 'Stop', warning: 'Warning' } as const;

/** Queues the writes of one table on its sheet (no sync): values, formats, widths, lists, the table, frozen header. */
export function queueTable(sheet: Excel.Worksheet, t: TemplateTable, template: Pick<PlanTemplate, 'tableStyle' | 'frozenRows'>): void {
  const grid = tableGrid(t);
  const range = sheet.getRange(grid.address);
  // Formats first: a text cell is `@` before its value arrives, so `=…` text stays text (SPEC §6).
  range.numberFormat = grid.numberFormats.map((r) => [...r]);
  range.values = grid.values.map((r) => [...r]);
  for (const c of grid.columns) {
    sheet.getRange(`${c.letter}:${c.letter}`).format.columnWidth = charsToPoints(c.column.width);
    const v = c.validation;
    if (v === null) continue;
    const dv = sheet.getRange(c.dataRange).dataValidation;
    dv.ignoreBlanks = true;
    dv.rule = { list: { inCellDropDown: true, source: listSourceForExcel(v.source) } };
    dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
    dv.errorAlert = { showAlert: true, style: ALERT_STYLE[v.style], title: v.error.title, message: v.error.message };
  }
  const table = sheet.tables.add(grid.address, true);
  table.name = t.table;
  table.style = template.tableStyle;
  sheet.freezePanes.freezeRows(template.frozenRows);
}

/**
 * Creates the plan's sheets in the current workbook and activates the Plan sheet. Returns the sheet names
 * created, in order. Throws TemplateConflictError (message for the user, in `lang`) when the workbook
 * already has a plan; other errors are Excel's and propagate.
 */
export async function createTemplateInExcel(options: TemplateOptions = {}, lang: Lang = 'sv'): Promise<{ created: string[] }> {
  const template = buildTemplate(options);
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const tables = context.workbook.tables;
    tables.load('items/name');
    const names = context.workbook.names;
    names.load('items/name');
    const active = worksheets.getActiveWorksheet();
    active.load('name');
    const used = active.getUsedRangeOrNullObject(false);
    used.load('address');
    await context.sync();

    const placement = planPlacement({
      sheets: worksheets.items.map((s) => ({ name: s.name, empty: s.name === active.name && used.isNullObject })),
      tables: tables.items.map((t) => t.name),
    });
    const tableNames = template.tables.map((t) => t.table.toLowerCase());
    const namesTaken = names.items.map((n) => n.name).filter((n) => tableNames.includes(n.toLowerCase()));
    const conflicts = [...placement.conflicts, ...namesTaken];
    if (conflicts.length > 0) throw new TemplateConflictError(conflicts, lang);

    const sheets = template.tables.map((t, i) => {
      if (i === 0 && placement.reuseSheet !== null) {
        const reused = worksheets.getItem(placement.reuseSheet);
        reused.name = t.sheet;
        return reused;
      }
      return worksheets.add(t.sheet);
    });
    template.tables.forEach((t, i) => queueTable(sheets[i], t, template));
    sheets[0].activate();
    sheets[0].getRange('B2').select();
    await context.sync();
    return { created: template.tables.map((t) => t.sheet) };
  });
}
