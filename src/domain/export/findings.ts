/**
 * The findings as a table, for *Kopiera avvikelser* (the clipboard: tab-separated text and an HTML table,
 * which paste into Excel and Word as a table) and *Skriv till blad* (the add-in's own sheet `Avvikelser`).
 * One list of columns — code, severity, sheet, cell, ID, message, expected, actual — in the user's
 * language; the values are the findings' own, numbers kept as numbers.
 *
 * Workbook text stays text wherever it goes (SPEC §6): on the sheet every text cell is written with the
 * text format `@` (the writers enforce it); in the HTML table every text cell carries Excel's
 * `mso-number-format:"\@"`, and all of it is HTML-escaped; in the tab-separated text a cell that Excel
 * would read as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe, Excel's own text prefix.
 */
import { a1Range } from '../a1';
import type { Finding, Lang, Severity } from '../finding';
import type { CellValue } from '../snapshot';
import type { SheetLayout } from '../summary/layout';

/** The sheet Plankoll owns for the findings; a user's own sheet of that name is never touched. */
export const FINDINGS_SHEET_NAME = 'Avvikelser';
/** Its table. */
export const FINDINGS_TABLE_NAME = 'PK_Avvikelser';

const HEADER: Readonly<Record<Lang, readonly string[]>> = {
  sv: ['Kod', 'Allvarlighetsgrad', 'Blad', 'Cell', 'ID', 'Meddelande', 'Förväntat', 'Faktiskt'],
  en: ['Code', 'Severity', 'Sheet', 'Cell', 'ID', 'Message', 'Expected', 'Actual'],
};

const SEVERITY: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  sv: { error: 'Fel', warning: 'Varning', info: 'Info' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

/** Column widths on the sheet, in characters. */
const WIDTHS = [7, 16, 14, 9, 9, 70, 16, 16];

export type ExportCell = string | number;

/** The header row and one row per finding, in the findings' order. */
export function findingsTable(findings: readonly Finding[], lang: Lang): ExportCell[][] {
  return [
    [...HEADER[lang]],
    ...findings.map((f) => [f.code, SEVERITY[lang][f.severity], f.sheet, f.cell, f.actionId ?? '', f.message, f.expected ?? '', f.actual ?? '']),
  ];
}

/** True for text Excel would take as the start of a formula when typed or pasted. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/** One cell of the tab-separated text: no tabs or line breaks inside, formula-like text made inert. */
function tsvCell(v: ExportCell): string {
  if (typeof v === 'number') return String(v);
  const flat = v.replace(/[\t\r\n]+/g, ' ');
  return looksLikeFormula(flat) ? `'${flat}` : flat;
}

/** Tab-separated text, one line per row, CRLF line ends (as Excel puts on the clipboard). */
export function findingsTsv(findings: readonly Finding[], lang: Lang): string {
  return `${findingsTable(findings, lang)
    .map((row) => row.map(tsvCell).join('\t'))
    .join('\r\n')}\r\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const TEXT_CELL = ' style="mso-number-format:\'\\@\'"';

/** An HTML table (header in <th>), every value escaped; text cells marked as text for Excel. */
export function findingsHtml(findings: readonly Finding[], lang: Lang): string {
  const [header, ...rows] = findingsTable(findings, lang);
  const cell = (v: ExportCell): string => (typeof v === 'number' ? `<td>${v}</td>` : `<td${TEXT_CELL}>${escapeHtml(v)}</td>`);
  return [
    '<table>',
    `<thead><tr>${header.map((h) => `<th>${escapeHtml(String(h))}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
}

/**
 * The `Avvikelser` sheet: the table at A1 (header bold), an Excel table over it, text cells as text. With
 * no findings the table has one empty row (an Excel table needs one).
 */
export function findingsSheetLayout(findings: readonly Finding[], lang: Lang): SheetLayout {
  const table = findingsTable(findings, lang);
  const values: CellValue[][] = findings.length === 0 ? [...table, table[0].map(() => '')] : table;
  const columns = table[0].length;
  const numberFormat = values.map((row) => row.map((v) => (typeof v === 'number' ? 'General' : '@')));
  const columnWidths: Record<string, number> = {};
  WIDTHS.forEach((w, i) => (columnWidths[String.fromCharCode(65 + i)] = w));
  return {
    sheetName: FINDINGS_SHEET_NAME,
    blocks: [{ address: 'A1', values, numberFormat }],
    fills: [],
    tables: [{ name: FINDINGS_TABLE_NAME, range: a1Range(0, 0, values.length - 1, columns - 1), style: 'TableStyleMedium2' }],
    charts: [],
    columnWidths,
  };
}
