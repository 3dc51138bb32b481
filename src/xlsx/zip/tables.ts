/**
 * Excel table parts (`xl/tables/tableN.xml`) at the text level: find a table by name, move its bottom
 * edge, and write a new table part with its relationship from the sheet and its content type.
 */
import { a1Range, parseA1 } from '../../domain/a1';
import type { XlsxPackage } from './package';
import { REL_TABLE, dirOf } from './package';
import { attr, escapeXmlAttr, setAttr } from './xml';

const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface TablePart {
  readonly part: string;
  /** The worksheet part the table sits on. */
  readonly sheetPart: string;
  readonly name: string;
  readonly id: number;
  /** Zero-based corners of `ref` (header and totals rows included). */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly totalsRows: number;
}

function tableTag(xml: string): string {
  return /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] ?? '';
}

/** Every table part of the workbook's worksheets, in sheet order. */
export async function tableParts(pkg: XlsxPackage): Promise<TablePart[]> {
  const out: TablePart[] = [];
  for (const sheet of await pkg.sheets()) {
    if (sheet.part === null) continue;
    for (const part of await pkg.targetsOf(sheet.part, REL_TABLE)) {
      const xml = await pkg.text(part);
      if (xml === null) continue;
      const tag = tableTag(xml);
      const [p, q] = (attr(tag, 'ref') ?? '').split(':');
      const a = parseA1(p ?? '');
      const b = parseA1(q ?? p ?? '');
      if (a === null || b === null) continue;
      out.push({
        part,
        sheetPart: sheet.part,
        name: attr(tag, 'displayName') ?? attr(tag, 'name') ?? '',
        id: Number(attr(tag, 'id') ?? 0),
        top: a.row,
        left: a.col,
        bottom: b.row,
        right: b.col,
        totalsRows: Number(attr(tag, 'totalsRowCount') ?? 0) || 0,
      });
    }
  }
  return out;
}

/** The table named `name` (as Excel compares names: ignoring case), or null. */
export async function findTable(pkg: XlsxPackage, name: string): Promise<TablePart | null> {
  const lower = name.toLowerCase();
  return (await tableParts(pkg)).find((t) => t.name.toLowerCase() === lower) ?? null;
}

/** Sets the table's last row (zero-based): its `ref`, and the autoFilter's and sort state's, which span the same rows. */
export async function moveTableBottom(pkg: XlsxPackage, table: TablePart, bottom: number): Promise<void> {
  const xml = await pkg.text(table.part);
  if (xml === null) throw new Error(`no table part ${table.part}`);
  const ref = a1Range(table.top, table.left, bottom, table.right);
  const oldBottom = table.bottom + 1;
  const next = xml.replace(/<(?:\w+:)?(?:table|autoFilter|sortState)\b[^>]*>/g, (tag) => {
    const current = attr(tag, 'ref');
    if (current === null) return tag;
    if (/^<(?:\w+:)?table\b/.test(tag)) return setAttr(tag, 'ref', ref);
    // autoFilter/sortState: same columns, rows down to the table's last row.
    const moved = current.replace(new RegExp(`(\\D)${oldBottom}$`), `$1${bottom + 1}`);
    return moved === current ? tag : setAttr(tag, 'ref', moved);
  });
  if (next !== xml) pkg.setText(table.part, next);
}

export interface NewTable {
  readonly name: string;
  readonly headers: readonly string[];
  /** Zero-based corners (header row first). */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly style: string;
}

/**
 * Adds a table part for `table` on the worksheet part `sheetPart`, with its content type and the sheet's
 * relationship; returns the relationship id for the sheet's `<tablePart>`. The table id is one above the
 * largest in the workbook (ids must be unique across all tables).
 */
export async function addTablePart(pkg: XlsxPackage, sheetPart: string, table: NewTable): Promise<string> {
  const existing = await tableParts(pkg);
  const id = Math.max(0, ...existing.map((t) => t.id)) + 1;
  const part = pkg.freePart(`${dirOf(pkg.workbook)}tables/table`, '.xml');
  const right = table.left + table.headers.length - 1;
  const ref = a1Range(table.top, table.left, table.bottom, right);
  const columns = table.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXmlAttr(tableColumnName(h))}"/>`).join('');
  // headerRowCount is 1 by default; written out because some readers (exceljs) take its absence for 0.
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${escapeXmlAttr(table.name)}" displayName="${escapeXmlAttr(table.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${table.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXmlAttr(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>';
  pkg.setText(part, xml);
  pkg.ensureOverride(part, CT_TABLE);
  return pkg.addRelationship(sheetPart, REL_TABLE, part);
}

/**
 * A table column's name as the file stores it: Excel escapes line breaks in header text as `_x000a_`;
 * the names here are the template's plain headers, so only that case matters.
 */
function tableColumnName(header: string): string {
  return header.replace(/\r?\n/g, '_x000a_');
}
