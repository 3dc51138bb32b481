/**
 * Recording a follow-up into an .xlsx package at the ZIP/XML level (SPEC §7, `plankoll record`): the
 * Uppföljning rows go into the worksheet part, the table's `ref` grows (or shrinks, when a period is
 * recorded again with fewer actions), or — when the workbook has no Uppföljning yet — a worksheet part and a
 * table part are added, like the template's. Every other part is left byte-for-byte as it was.
 *
 * The package bookkeeping this needs, and nothing more: `[Content_Types].xml` (the new parts' types),
 * `xl/workbook.xml` (the new `<sheet>`), `xl/_rels/workbook.xml.rels`, the sheet's `.rels` (its table) and
 * `xl/styles.xml`, where a plain cell style with a date or amount format is added at the end of `cellXfs`
 * when the workbook has none (existing style indexes never move). `docProps/app.xml`'s list of sheet titles
 * is not updated: it is informational, and Excel rewrites it on the next save.
 *
 * Values are values: numbers as numbers, dates as serial numbers with a date style, text as inline strings
 * (never formulas: an action named `=HYPERLINK(…)` stays text). A cell holding a formula is never
 * overwritten. A workbook that does not allow the planned write (it changed since it was read) throws
 * FollowUpConflictError and nothing is written. No Node imports: the browser harness can use this too.
 */
import { isoToSerial } from '../../domain/dates';
import { FollowUpConflictError } from '../../domain/record/conflicts';
import type { FollowUpCreate, FollowUpRewrite, FollowUpWrite, WriteCell } from '../../domain/record/types';
import { rewriteLastRow } from '../../domain/record/types';
import { NUMBER_FORMAT } from '../../domain/template/formats';
import { tableGrid } from '../../domain/template/grid';
import type { TableGrid } from '../../domain/template/grid';
import { listFormula } from '../../domain/template/validations';
import { columnLetters } from '../../domain/a1';
import type { XlsxPackage } from './package';
import { REL_STYLES, XlsxPackage as Package, relationshipsPrefix } from './package';
import type { CellWrite, XmlCell } from './sheetData';
import { extendRules, styleAt, writeCells } from './sheetData';
import { StylesPart } from './styles';
import { addTablePart, findTable, moveTableBottom, tableParts } from './tables';
import { attr, escapeXmlAttr, escapeXmlText } from './xml';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';


/** A copy of the .xlsx package with the follow-up written as `write` says. */
export async function writeFollowUpToXlsx(data: ArrayBuffer | Uint8Array, write: FollowUpWrite): Promise<Uint8Array> {
  const pkg = await Package.open(data);
  const styles = await openStyles(pkg);
  if (write.kind === 'rewrite') await rewrite(pkg, styles, write);
  else await create(pkg, styles, write);
  if (styles.part.changed) pkg.setText(styles.path, styles.part.text);
  return pkg.bytes();
}

async function openStyles(pkg: XlsxPackage): Promise<{ path: string; part: StylesPart }> {
  const [path] = await pkg.targetsOf(pkg.workbook, REL_STYLES);
  const xml = path === undefined ? null : await pkg.text(path);
  if (path === undefined || xml === null) throw new Error('malformed package: the workbook has no styles part');
  return { path, part: new StylesPart(xml) };
}

async function sheetPart(pkg: XlsxPackage, name: string): Promise<string | null> {
  const lower = name.toLocaleLowerCase('sv');
  const sheet = (await pkg.sheets()).find((s) => s.name.toLocaleLowerCase('sv') === lower);
  return sheet?.part ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// Cells

function cellValue(v: Exclude<WriteCell, null>): { value: XmlCell['value']; date: boolean } {
  if (typeof v === 'string') return { value: { kind: 'text', value: v }, date: false };
  if (typeof v === 'number') return { value: { kind: 'number', value: v }, date: false };
  if (typeof v === 'boolean') return { value: { kind: 'boolean', value: v }, date: false };
  if ('error' in v) return { value: { kind: 'error', value: v.error }, date: false };
  const serial = isoToSerial(v.date);
  // An impossible date stays the text it was.
  return serial === null ? { value: { kind: 'text', value: v.date }, date: false } : { value: { kind: 'number', value: serial }, date: true };
}

// ---------------------------------------------------------------------------------------------------------
// Rewriting the bottom of an existing Uppföljning

async function rewrite(pkg: XlsxPackage, styles: { part: StylesPart }, w: FollowUpRewrite): Promise<void> {
  const part = await sheetPart(pkg, w.sheet);
  if (part === null) throw new FollowUpConflictError({ kind: 'noSheet', sheet: w.sheet });
  const table = w.table === null ? null : await findTable(pkg, w.table);
  if (w.table !== null) {
    if (table === null) throw new FollowUpConflictError({ kind: 'noTable', table: w.table });
    if (table.top !== w.headerRow || table.left !== w.col || table.right !== w.col + w.width - 1) {
      throw new FollowUpConflictError({ kind: 'tableChanged', table: w.table });
    }
    if (table.totalsRows > 0) throw new FollowUpConflictError({ kind: 'totalsRow', table: w.table });
  }
  let xml = (await pkg.text(part)) ?? '';
  const s = styles.part;
  const refStyles = Array.from({ length: w.width }, (_, c) => {
    const col = w.col + c;
    return styleAt(xml, w.startRow, col) ?? (w.startRow - 1 > w.headerRow ? styleAt(xml, w.startRow - 1, col) : undefined);
  });
  const styleOf = (c: number, date: boolean, value: XmlCell['value']): number | undefined => {
    const ref = refStyles[c];
    if (date) return ref !== undefined && s.isDateStyle(ref) ? ref : s.styleFor(NUMBER_FORMAT.date);
    if (value.kind === 'number' && w.formats[c] === 'amount') return ref !== undefined && !s.isDateStyle(ref) ? ref : s.styleFor(NUMBER_FORMAT.amount);
    if (value.kind === 'text') return ref !== undefined && !s.isDateStyle(ref) ? ref : s.styleFor(NUMBER_FORMAT.text);
    return ref;
  };

  const writes: CellWrite[] = [];
  w.rows.forEach((row, i) => {
    for (let c = 0; c < w.width; c++) {
      const v = row[c] ?? null;
      if (v === null) {
        writes.push({ row: w.startRow + i, col: w.col + c, cell: null });
        continue;
      }
      const { value, date } = cellValue(v);
      const style = styleOf(c, date, value);
      writes.push({ row: w.startRow + i, col: w.col + c, cell: style === undefined ? { value } : { value, style } });
    }
  });
  const last = rewriteLastRow(w);
  for (let r = last + 1; r <= w.oldLastRow; r++) for (let c = 0; c < w.width; c++) writes.push({ row: r, col: w.col + c, cell: null });
  xml = writeCells(xml, writes, w.sheet);
  xml = extendRules(xml, { left: w.col, right: w.col + w.width - 1 }, w.headerRow + 1, w.oldLastRow, last);
  pkg.setText(part, xml);
  // A table keeps at least one data row (Excel's rule): recording never empties it, but be exact.
  if (table !== null) await moveTableBottom(pkg, table, Math.max(last, w.headerRow + 1));
}

// ---------------------------------------------------------------------------------------------------------
// Creating Uppföljning

function newSheetXml(grid: TableGrid, styles: StylesPart, frozenRows: number): string {
  const cols = grid.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.column.width}" style="${styles.styleFor(c.numberFormat)}" customWidth="1"/>`)
    .join('');
  const top = columnLetters(0) + String(frozenRows + 1);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    '<dimension ref="A1"/>' +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    '<sheetData/>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

/** Elements that come after `dataValidations` in a worksheet (CT_Worksheet's sequence). */
const AFTER_VALIDATIONS = [
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches',
  'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems',
  'tableParts', 'extLst',
];
const AFTER_TABLE_PARTS = ['extLst'];

/** Inserts `element` before the first of `followers` the worksheet has, else before `</worksheet>`. */
function insertInSequence(xml: string, element: string, followers: readonly string[]): string {
  let at = -1;
  for (const name of followers) {
    const m = new RegExp(`<(?:\\w+:)?${name}\\b`).exec(xml);
    if (m !== null && (at < 0 || m.index < at)) at = m.index;
  }
  if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  const close = /<\/(?:\w+:)?worksheet>\s*$/.exec(xml);
  if (close === null) throw new Error('malformed worksheet part: no </worksheet>');
  return xml.slice(0, close.index) + element + xml.slice(close.index);
}

function validationsXml(grid: TableGrid): string[] {
  return grid.columns.flatMap((c) => {
    const v = c.validation;
    if (v === null) return [];
    const style = v.style === 'stop' ? '' : ` errorStyle="${v.style}"`;
    return [
      `<dataValidation type="list"${style} allowBlank="1" showInputMessage="1" showErrorMessage="1"` +
        ` errorTitle="${escapeXmlAttr(v.error.title)}" error="${escapeXmlAttr(v.error.message)}"` +
        ` promptTitle="${escapeXmlAttr(v.prompt.title)}" prompt="${escapeXmlAttr(v.prompt.message)}" sqref="${c.dataRange}">` +
        `<formula1>${escapeXmlText(listFormula(v.source))}</formula1></dataValidation>`,
    ];
  });
}

async function create(pkg: XlsxPackage, styles: { part: StylesPart }, w: FollowUpCreate): Promise<void> {
  const t = w.table;
  const taken = await nameTaken(pkg, t.table);
  if (taken) throw new FollowUpConflictError({ kind: 'nameTaken', name: t.table });
  const grid = tableGrid(t);
  let part = await sheetPart(pkg, t.sheet);
  if (w.reuseSheet) {
    if (part === null) throw new FollowUpConflictError({ kind: 'noSheet', sheet: t.sheet });
    if (/<(?:\w+:)?c\b/.test(/<(?:\w+:)?sheetData\b[\s\S]*?(?:\/>|<\/(?:\w+:)?sheetData>)/.exec((await pkg.text(part)) ?? '')?.[0] ?? '')) {
      throw new FollowUpConflictError({ kind: 'sheetNotEmpty', sheet: t.sheet });
    }
  } else {
    if (part !== null) throw new FollowUpConflictError({ kind: 'sheetExists', sheet: t.sheet });
    part = await pkg.addWorksheet(t.sheet, newSheetXml(grid, styles.part, w.frozenRows));
  }
  const s = styles.part;
  const writes: CellWrite[] = [];
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const value: XmlCell['value'] = typeof v === 'string' ? { kind: 'text', value: v } : { kind: 'number', value: v };
      writes.push({ row: r, col: c, cell: { value, style: s.styleFor(grid.numberFormats[r][c]) } });
    }),
  );
  let xml = writeCells((await pkg.text(part)) ?? '', writes, t.sheet);
  const validations = validationsXml(grid);
  if (validations.length > 0) {
    const existing = /<((?:\w+:)?)dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/\1dataValidations>)/.exec(xml);
    if (existing === null) {
      xml = insertInSequence(xml, `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`, AFTER_VALIDATIONS);
    } else {
      const count = Number(attr(existing[0], 'count') ?? 0) + validations.length;
      const body = existing[0].endsWith('/>') ? '' : existing[0].slice(existing[0].indexOf('>') + 1, existing[0].lastIndexOf('</'));
      const p = existing[1];
      xml = xml.replace(existing[0], `<${p}dataValidations count="${count}">${body}${validations.join('')}</${p}dataValidations>`);
    }
  }
  const rId = await addTablePart(pkg, part, {
    name: t.table,
    headers: t.columns.map((c) => c.header),
    top: 0,
    left: 0,
    bottom: grid.values.length - 1,
    style: w.tableStyle,
  });
  let prefix = relationshipsPrefix(xml);
  if (!new RegExp(`xmlns:${prefix}\\s*=`).test(xml)) {
    prefix = 'r';
    xml = xml.replace(/<((?:\w+:)?)worksheet\b/, `<$1worksheet xmlns:r="${NS_R}"`);
  }
  const tablePart = `<tablePart ${prefix}:id="${rId}"/>`;
  const parts = /<((?:\w+:)?)tableParts\b[^>]*?(?:\/>|>[\s\S]*?<\/\1tableParts>)/.exec(xml);
  if (parts === null) {
    xml = insertInSequence(xml, `<tableParts count="1">${tablePart}</tableParts>`, AFTER_TABLE_PARTS);
  } else {
    const count = Number(attr(parts[0], 'count') ?? 0) + 1;
    const p = parts[1];
    const body = parts[0].endsWith('/>') ? '' : parts[0].slice(parts[0].indexOf('>') + 1, parts[0].lastIndexOf('</'));
    xml = xml.replace(parts[0], `<${p}tableParts count="${count}">${body}${tablePart.replace('<tablePart', `<${p}tablePart`)}</${p}tableParts>`);
  }
  pkg.setText(part, xml);
}

/** A table or a workbook-level defined name already has `name` (they share one namespace in Excel). */
async function nameTaken(pkg: XlsxPackage, name: string): Promise<boolean> {
  const lower = name.toLowerCase();
  if ((await tableParts(pkg)).some((t) => t.name.toLowerCase() === lower)) return true;
  const wb = (await pkg.text(pkg.workbook)) ?? '';
  return [...wb.matchAll(/<(?:\w+:)?definedName\b[^>]*>/g)].some((m) => (attr(m[0], 'name') ?? '').toLowerCase() === lower && attr(m[0], 'localSheetId') === null);
}
