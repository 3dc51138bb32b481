/**
 * Builds .xlsx packages part by part from XML text, for the reader's tests and the hostile workbooks:
 * what exceljs would never write (a row at 10⁹, a renamed sheet part, a missing table part, a formula
 * without its result, a zip bomb) is written here exactly as a broken or unusual generator would.
 */
import { zipSync, strToU8 } from 'fflate';

export const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSpec {
  readonly name: string;
  /** The `<sheetData>` content (rows), or a whole worksheet document when it starts with `<?xml` or `<worksheet`. */
  readonly data: string;
  /** The part's path; default `xl/worksheets/sheetN.xml`. */
  readonly part?: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** Tables on the sheet: `<table>` XML; `part: null` leaves the part out (a broken package). */
  readonly tables?: readonly { readonly xml: string; readonly part?: string | null }[];
  /** Extra XML after `</sheetData>` (data validations, conditional formats …). */
  readonly after?: string;
}

export interface PackageSpec {
  readonly sheets: readonly SheetSpec[];
  /** Shared strings, in index order. */
  readonly strings?: readonly string[];
  /** `<numFmts>`+`<cellXfs>` content of styles.xml; default one General style. */
  readonly styles?: string;
  readonly date1904?: boolean;
  /** `<definedName>` elements. */
  readonly definedNames?: string;
  /** Custom XML parts linked from the workbook. */
  readonly customXml?: readonly string[];
  /** Extra entries, stored as given (name → bytes or text). */
  readonly extra?: Readonly<Record<string, Uint8Array | string>>;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function rels(items: readonly { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS_PKG}">` +
    items.map((r) => `<Relationship Id="${r.id}" Type="${NS_R}/${r.type}" Target="${esc(r.target)}"/>`).join('') +
    '</Relationships>'
  );
}

/** A worksheet part around `<sheetData>` content. */
export function worksheet(data: string, after = '', tableIds: readonly string[] = []): string {
  const parts = tableIds.length === 0 ? '' : `<tableParts count="${tableIds.length}">${tableIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}" xmlns:r="${NS_R}"><sheetData>${data}</sheetData>${after}${parts}</worksheet>`;
}

/** `<table>` XML for a table at `ref` with these column names. */
export function tableXml(name: string, ref: string, columns: readonly string[], attrs = ''): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="${NS}" id="1" name="${esc(name)}" displayName="${esc(name)}" ref="${ref}"${attrs}>` +
    `<tableColumns count="${columns.length}">${columns.map((c, i) => `<tableColumn id="${i + 1}" name="${esc(c)}"/>`).join('')}</tableColumns></table>`
  );
}

/** Rows of inline-string / number cells from a 2-D array, starting at row 1, column A. */
export function rowsXml(values: readonly (readonly (string | number | null)[])[], firstRow = 1): string {
  return values
    .map((line, r) => {
      const cells = line
        .map((v, c) => {
          const ref = `${String.fromCharCode(65 + c)}${firstRow + r}`;
          if (v === null) return '';
          return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
        })
        .join('');
      return `<row r="${firstRow + r}">${cells}</row>`;
    })
    .join('');
}

export function buildPackage(spec: PackageSpec): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, content: string | Uint8Array): void => {
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  };
  const wbRels: { id: string; type: string; target: string }[] = [];
  const sheetsXml: string[] = [];
  let tableNo = 0;
  spec.sheets.forEach((s, i) => {
    const part = s.part ?? `xl/worksheets/sheet${i + 1}.xml`;
    const id = `rId${i + 1}`;
    wbRels.push({ id, type: 'worksheet', target: `/${part}` });
    sheetsXml.push(`<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="${id}"/>`);
    const tableRels: { id: string; type: string; target: string }[] = [];
    for (const t of s.tables ?? []) {
      tableNo++;
      const tpart = t.part === undefined ? `xl/tables/table${tableNo}.xml` : t.part;
      tableRels.push({ id: `rId${tableRels.length + 1}`, type: 'table', target: `/${tpart ?? `xl/tables/table${tableNo}.xml`}` });
      if (tpart !== null) put(tpart, t.xml);
    }
    const whole = s.data.startsWith('<?xml') || s.data.startsWith('<worksheet');
    put(part, whole ? s.data : worksheet(s.data, s.after ?? '', tableRels.map((r) => r.id)));
    if (tableRels.length > 0) put(`${part.slice(0, part.lastIndexOf('/'))}/_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`, rels(tableRels));
  });
  let n = spec.sheets.length;
  if (spec.strings) {
    wbRels.push({ id: `rId${++n}`, type: 'sharedStrings', target: 'sharedStrings.xml' });
    put('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">${spec.strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`);
  }
  wbRels.push({ id: `rId${++n}`, type: 'styles', target: 'styles.xml' });
  put('xl/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}">${spec.styles ?? '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'}</styleSheet>`);
  (spec.customXml ?? []).forEach((xml, i) => {
    wbRels.push({ id: `rId${++n}`, type: 'customXml', target: `../customXml/item${i + 1}.xml` });
    put(`customXml/item${i + 1}.xml`, xml);
  });
  put('xl/_rels/workbook.xml.rels', rels(wbRels));
  put(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${NS_R}">` +
      `${spec.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetsXml.join('')}</sheets>` +
      `${spec.definedNames ? `<definedNames>${spec.definedNames}</definedNames>` : ''}</workbook>`,
  );
  put('_rels/.rels', rels([{ id: 'rId1', type: 'officeDocument', target: 'xl/workbook.xml' }]));
  put(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
  );
  for (const [name, content] of Object.entries(spec.extra ?? {})) put(name, content);
  return zipSync(files, { level: 6 });
}
