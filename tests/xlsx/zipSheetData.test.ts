import { FollowUpConflictError } from '../../src/domain/record/conflicts';
import { extendRules, styleAt, writeCells } from '../../src/xlsx/zip/sheetData';
import { StylesPart, isDateFormat } from '../../src/xlsx/zip/styles';

const sheet = (rows: string, extra = ''): string =>
  `<worksheet xmlns="x"><dimension ref="A1:C2"/><sheetData>${rows}</sheetData>${extra}</worksheet>`;

describe('writeCells', () => {
  it('rebuilds only the rows written, keeping their other cells as they were', () => {
    const xml = sheet('<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1" s="4"><v>7</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>');
    const out = writeCells(xml, [{ row: 0, col: 1, cell: { value: { kind: 'text', value: 'a<b' }, style: 2 } }], 'S');
    expect(out).toBe(
      sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2" t="inlineStr"><is><t xml:space="preserve">a&lt;b</t></is></c><c r="C1" s="4"><v>7</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>',
      ),
    );
  });

  it('adds new rows in order, between and after the existing ones, and grows the dimension', () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="A4"><v>4</v></c></row>');
    const out = writeCells(
      xml,
      [
        { row: 5, col: 3, cell: { value: { kind: 'boolean', value: true } } },
        { row: 2, col: 0, cell: { value: { kind: 'number', value: 40663 }, style: 3 } },
      ],
      'S',
    );
    expect(out).toContain('<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="A3" s="3"><v>40663</v></c></row><row r="4">');
    expect(out).toContain('</row><row r="6"><c r="D6" t="b"><v>1</v></c></row></sheetData>');
    expect(out).toContain('<dimension ref="A1:D6"/>');
  });

  it('reads rows and cells without r attributes by their position', () => {
    const xml = sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>');
    const out = writeCells(xml, [{ row: 1, col: 1, cell: { value: { kind: 'number', value: 9 } } }], 'S');
    expect(out).toContain('<row><c><v>1</v></c><c><v>2</v></c></row><row r="2"><c><v>3</v></c><c r="B2"><v>9</v></c></row>');
  });

  it('empties cells, fills a self-closing sheetData, and keeps element prefixes', () => {
    const removed = writeCells(sheet('<row r="1"><c r="A1"><v>1</v></c></row>'), [{ row: 0, col: 0, cell: null }], 'S');
    expect(removed).toContain('<sheetData><row r="1"/></sheetData>');
    const prefixed = '<x:worksheet xmlns:x="x"><x:sheetData/></x:worksheet>';
    expect(writeCells(prefixed, [{ row: 0, col: 0, cell: { value: { kind: 'error', value: '#N/A' } } }], 'S')).toBe(
      '<x:worksheet xmlns:x="x"><x:sheetData><x:row r="1"><x:c r="A1" t="e"><x:v>#N/A</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });

  it('never overwrites or empties a formula', () => {
    const xml = sheet('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>');
    expect(() => writeCells(xml, [{ row: 0, col: 0, cell: null }], 'Uppföljning')).toThrow(FollowUpConflictError);
    expect(() => writeCells(xml, [{ row: 0, col: 0, cell: { value: { kind: 'number', value: 1 } } }], 'Uppföljning')).toThrow('Uppföljning!A1 holds a formula, and Plankoll never overwrites formulas');
  });

  it('tells the style of a cell', () => {
    const xml = sheet('<row r="2"><c r="B2" s="5"><v>1</v></c><c r="C2"><v>1</v></c></row>');
    expect(styleAt(xml, 1, 1)).toBe(5);
    expect(styleAt(xml, 1, 2)).toBe(0);
    expect(styleAt(xml, 1, 3)).toBeUndefined();
    expect(styleAt(xml, 7, 1)).toBeUndefined();
  });
});

describe('extendRules', () => {
  it('extends lists that end on the old last row within the table, and no others', () => {
    const xml = '<dataValidations count="3"><dataValidation type="list" sqref="C2:C3 H2:H3"/><dataValidation sqref="D2:D9"/><dataValidation sqref="F3"/></dataValidations>';
    expect(extendRules(xml, { left: 0, right: 6 }, 1, 2, 5)).toBe(
      '<dataValidations count="3"><dataValidation type="list" sqref="C2:C6 H2:H3"/><dataValidation sqref="D2:D9"/><dataValidation sqref="F3:F6"/></dataValidations>',
    );
    expect(extendRules(xml, { left: 0, right: 6 }, 1, 2, 2)).toBe(xml);
  });
});

describe('StylesPart', () => {
  const styles = (xfs: string, fmts = ''): string =>
    `<styleSheet xmlns="x">${fmts}<fonts count="1"><font/></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs></styleSheet>`;

  it('reuses a plain style with the format, and adds one at the end when there is none', () => {
    const part = new StylesPart(styles('<xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0"/>'));
    expect(part.isDateStyle(1)).toBe(true);
    expect(part.isDateStyle(0)).toBe(false);
    expect(part.styleFor('General')).toBe(0);
    expect(part.changed).toBe(false);
    expect(part.styleFor('yyyy-mm-dd')).toBe(2);
    expect(part.styleFor('yyyy-mm-dd')).toBe(2);
    expect(part.styleFor('@')).toBe(3);
    expect(part.text).toBe(
      '<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font/></fonts>' +
        '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0"/>' +
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    );
    expect(part.formatOf(2)).toBe('yyyy-mm-dd');
  });

  it('adds a number format after the highest custom id', () => {
    const part = new StylesPart(styles('', '<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0#"/></numFmts>'));
    expect(part.styleFor('#,##0 "kr"')).toBe(1);
    expect(part.text).toContain('<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0#"/><numFmt numFmtId="171" formatCode="#,##0 &quot;kr&quot;"/></numFmts>');
    expect(part.formatOf(1)).toBe('#,##0 "kr"');
    expect(part.isDateStyle(1)).toBe(false);
  });

  it('tells date formats from amounts and text', () => {
    for (const code of ['yyyy-mm-dd', 'd/m/yyyy', '[$-41D]d mmmm yyyy', 'mmm-yy']) expect([code, isDateFormat(code)]).toEqual([code, true]);
    for (const code of ['General', '#,##0 "kr"', '0.00%', '@', '0.0#', '# ##0 "dagar"']) expect([code, isDateFormat(code)]).toEqual([code, false]);
  });
});
