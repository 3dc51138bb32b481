import JSZip from 'jszip';
import { XlsxPackage, relationshipsPrefix, relativeTarget, resolveTarget } from '../../src/xlsx/zip/package';
import { attr, escapeXmlText, removeAttr, setAttr } from '../../src/xlsx/zip/xml';
import { entries, exampleXlsx, text } from '../seal/xlsxFixture';

describe('package paths', () => {
  it('resolves and relativises relationship targets', () => {
    expect(resolveTarget('xl/', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/worksheets/', '../tables/table1.xml')).toBe('xl/tables/table1.xml');
    expect(resolveTarget('xl/', '/xl/styles.xml')).toBe('xl/styles.xml');
    expect(relativeTarget('xl/worksheets/', 'xl/tables/table2.xml')).toBe('../tables/table2.xml');
    expect(relativeTarget('xl/', 'xl/worksheets/sheet7.xml')).toBe('worksheets/sheet7.xml');
  });

  it('finds the prefix bound to the relationships namespace', () => {
    expect(relationshipsPrefix('<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')).toBe('r');
    expect(relationshipsPrefix('<x:workbook xmlns:rel="http://purl.oclc.org/ooxml/officeDocument/relationships">')).toBe('rel');
  });
});

describe('xml helpers', () => {
  it('sets, replaces and removes attributes of a start tag', () => {
    expect(setAttr('<row r="3" spans="1:4">', 'spans', '1:7')).toBe('<row r="3" spans="1:7">');
    expect(setAttr('<dimension ref="A1"/>', 'ref', 'A1:G9')).toBe('<dimension ref="A1:G9"/>');
    expect(setAttr('<row r="3">', 'ht', '15')).toBe('<row r="3" ht="15">');
    expect(removeAttr('<row r="3" spans="1:4" x14ac:dyDescent="0.25">', 'spans')).toBe('<row r="3" x14ac:dyDescent="0.25">');
    expect(attr('<c r="A1" t=\'s\'>', 't')).toBe('s');
  });

  it('escapes text so that no character reaches the part unescaped', () => {
    expect(escapeXmlText('a < b & "c" > d')).toBe('a &lt; b &amp; "c" &gt; d');
    expect(escapeXmlText('rad 1\u0007')).toBe('rad 1_x0007_');
    expect(escapeXmlText('_x0041_')).toBe('_x005F_x0041_');
  });
});

describe('XlsxPackage', () => {
  it('lists the sheets in tab order with their parts, through the relationships', async () => {
    const pkg = await XlsxPackage.open(await exampleXlsx());
    const sheets = await pkg.sheets();
    expect(sheets.map((s) => s.name)).toEqual(['Plan', 'Finansiering', 'Mål', 'Roller', 'Åtgärder', 'Uppföljning']);
    for (const s of sheets) expect(s.part).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  });

  it('adds a worksheet with its type, relationship and sheet element, and nothing else', async () => {
    const original = await exampleXlsx();
    const pkg = await XlsxPackage.open(original);
    const part = await pkg.addWorksheet('Uppföljning & "mer"', '<worksheet/>');
    const after = await entries(await pkg.bytes());
    const before = await entries(original);
    expect(part).toBe('xl/worksheets/sheet7.xml');
    expect([...after.keys()].filter((k) => !before.has(k))).toEqual([part]);
    const changed = [...before.keys()].filter((k) => Buffer.compare(Buffer.from(before.get(k)!), Buffer.from(after.get(k)!)) !== 0);
    expect(changed.sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml']);
    expect(text(after.get('xl/workbook.xml'))).toContain('<sheet name="Uppföljning &amp; &quot;mer&quot;" sheetId="7" r:id="rId');
    const reopened = await XlsxPackage.open(await pkg.bytes());
    expect((await reopened.sheets()).at(-1)).toEqual({ name: 'Uppföljning & "mer"', part, sheetId: 7 });
  });

  it('keeps the spelling of an existing part name when replacing it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types></Types>');
    zip.file('XL/Workbook.xml', '<workbook><sheets></sheets></workbook>');
    const pkg = await XlsxPackage.open(await zip.generateAsync({ type: 'uint8array' }));
    expect(pkg.workbook).toBe('XL/Workbook.xml');
    pkg.setText('xl/workbook.xml', '<workbook/>');
    expect(Object.keys(pkg.zip.files).filter((n) => /workbook/i.test(n))).toEqual(['XL/Workbook.xml']);
  });
});
