/**
 * The small parts of an .xlsx package, each read whole: relationships, the workbook part (sheets,
 * defined names, the date system), styles (which cells are dates, and their number formats) and the
 * tables' definitions. Parts are found through relationships, never by their file names.
 */
import { UnreadableWorkbook, words } from './errors';
import { parsePart } from './xml';
import type { ZipPackage } from './zip';

export interface Relationship {
  readonly id: string;
  /** The relationship type's last segment (`worksheet`, `table`, `sharedStrings` …), so Strict OOXML's URIs match too. */
  readonly type: string;
  /** The target part, resolved to a package path without a leading slash; '' for an external target. */
  readonly target: string;
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

/** Resolves a relationship target against the directory of its source part. */
export function resolveTarget(sourceDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : sourceDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function relsPathOf(part: string): string {
  return `${dirOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
}

/** The relationships of `part` (`''` for the package itself); none when it has no .rels part. */
export function readRelationships(zip: ZipPackage, part: string): Relationship[] {
  const entry = zip.entry(part === '' ? '_rels/.rels' : relsPathOf(part));
  if (entry === undefined) return [];
  const out: Relationship[] = [];
  const dir = dirOf(part);
  parsePart(zip, entry, {
    open(name, a) {
      if (name !== 'Relationship') return;
      const type = a.Type ?? '';
      const external = (a.TargetMode ?? '').toLowerCase() === 'external';
      out.push({
        id: a.Id ?? '',
        type: type.slice(type.lastIndexOf('/') + 1),
        target: external ? '' : resolveTarget(dir, a.Target ?? ''),
      });
    },
  });
  return out;
}

/** The attribute whose local name is `local` (`r:id` for `id`), whatever its prefix. */
export function attrByLocalName(a: Readonly<Record<string, string>>, local: string): string | undefined {
  for (const key in a) {
    const i = key.indexOf(':');
    if (i >= 0 && key.slice(i + 1) === local) return a[key];
  }
  return undefined;
}

export interface SheetEntry {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly relId: string;
}

export interface DefinedName {
  readonly name: string;
  /** Zero-based index into the workbook's `<sheets>` of a sheet-scoped name. */
  readonly localSheetId: number | null;
  readonly formula: string;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  readonly date1904: boolean;
}

export function readWorkbookPart(zip: ZipPackage, part: string): WorkbookPart {
  const entry = zip.entry(part);
  if (entry === undefined) {
    throw new UnreadableWorkbook('damaged', { part, what: words('arbetsboksdelen saknas', 'the workbook part is missing') });
  }
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  let name: { name: string; localSheetId: number | null } | null = null;
  let formula = '';
  parsePart(zip, entry, {
    open(tag, a) {
      if (tag === 'sheet') {
        const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
        sheets.push({ name: a.name ?? '', state, relId: attrByLocalName(a, 'id') ?? a.id ?? '' });
      } else if (tag === 'workbookPr') {
        date1904 = a.date1904 === '1' || a.date1904 === 'true';
      } else if (tag === 'definedName') {
        const local = a.localSheetId === undefined ? null : Number(a.localSheetId);
        name = { name: a.name ?? '', localSheetId: local !== null && Number.isInteger(local) ? local : null };
        formula = '';
      }
    },
    text(t) {
      if (name !== null) formula += t;
    },
    close(tag) {
      if (tag === 'definedName' && name !== null) {
        definedNames.push({ ...name, formula });
        name = null;
      }
    },
  });
  return { sheets, definedNames, date1904 };
}

// ---------------------------------------------------------------------------------------------------------
// Styles: number formats by cell style (xf) index.

/** Excel's built-in number formats that the file does not spell out (as exceljs names them). */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Built-in ids that are dates or times in every locale (the East Asian ones included). */
function isBuiltinDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58) || (id >= 71 && id <= 81);
}

/** A format code that shows a date or time: y, m, d, h or s outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').replace(/_./g, '').replace(/\*./g, '');
  // Only the first section matters for a positive number (a date).
  const first = bare.split(';')[0];
  return /[ymdhsYMDHS]/.test(first) && !/^general$/i.test(first.trim());
}

export interface Styles {
  /** Per cell style (xf) index: the cell's number is a date. */
  readonly isDate: readonly boolean[];
  /** Per cell style index: the number format code ('' for General). */
  readonly format: readonly string[];
}

export const NO_STYLES: Styles = { isDate: [], format: [] };

export function readStyles(zip: ZipPackage, part: string | undefined): Styles {
  const entry = part === undefined ? undefined : zip.entry(part);
  if (entry === undefined) return NO_STYLES;
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  parsePart(zip, entry, {
    open(tag, a) {
      if (tag === 'numFmt') {
        const id = Number(a.numFmtId);
        if (Number.isInteger(id)) custom.set(id, a.formatCode ?? '');
      } else if (tag === 'cellXfs') {
        inCellXfs = true;
      } else if (tag === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? '0');
        xfFormats.push(Number.isInteger(id) ? id : 0);
      }
    },
    close(tag) {
      if (tag === 'cellXfs') inCellXfs = false;
    },
  });
  const isDate: boolean[] = [];
  const format: string[] = [];
  for (const id of xfFormats) {
    const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? '';
    isDate.push(custom.has(id) ? isDateFormat(code) : isBuiltinDate(id));
    format.push(code === 'General' ? '' : code);
  }
  return { isDate, format };
}

// ---------------------------------------------------------------------------------------------------------
// Tables

export interface TablePart {
  readonly name: string;
  /** The table's range, header and totals rows included (`A1:M20`). */
  readonly ref: string;
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
  readonly columns: readonly string[];
}

export function readTablePart(zip: ZipPackage, part: string, sheet: string): TablePart {
  const entry = zip.entry(part);
  if (entry === undefined) {
    throw new UnreadableWorkbook('damaged', {
      sheet,
      part,
      what: words('bladet hänvisar till en tabell vars del saknas', 'the sheet refers to a table whose part is missing'),
    });
  }
  let table: Omit<TablePart, 'columns'> | null = null;
  const columns: string[] = [];
  parsePart(
    zip,
    entry,
    {
      open(tag, a) {
        // Only the root: an extension list may hold an `x14:table` of its own.
        if (tag === 'table' && table === null) {
          table = {
            // Excel shows (and office-js returns) the display name; `name` is usually the same.
            name: a.displayName ?? a.name ?? '',
            ref: a.ref ?? '',
            headerRow: a.headerRowCount !== '0',
            totalsRow: a.totalsRowCount !== undefined && a.totalsRowCount !== '0',
          };
        } else if (tag === 'tableColumn') {
          columns.push(a.name ?? '');
        }
      },
    },
    sheet,
  );
  if (table === null) {
    throw new UnreadableWorkbook('damaged', { sheet, part, what: words('tabelldelen saknar en tabell', 'the table part holds no table') });
  }
  return { ...(table as Omit<TablePart, 'columns'>), columns };
}
