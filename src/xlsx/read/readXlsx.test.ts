import { buildPackage, rowsXml, tableXml } from '../../../tests/xlsx/package';
import { sealToXml } from '../../domain/seal/xml';
import { UnreadableWorkbook } from './errors';
import { readWorkbookBytes } from './index';

function unreadable(f: () => unknown): UnreadableWorkbook {
  try {
    f();
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return e;
    throw e;
  }
  throw new Error('expected UnreadableWorkbook');
}

describe('cell types', () => {
  const data =
    '<row r="1">' +
    '<c r="A1"><v>1.5</v></c>' +
    '<c r="B1" t="s"><v>1</v></c>' +
    '<c r="C1" t="inlineStr"><is><r><t>Hej </t></r><r><t>då</t></r><rPh><t>x</t></rPh></is></c>' +
    '<c r="D1" t="b"><v>1</v></c>' +
    '<c r="E1" t="e"><v>#REF!</v></c>' +
    '<c r="F1" t="d"><v>2011-03-01</v></c>' +
    '<c r="G1" t="str"><f>A1&amp;"x"</f><v>1.5x</v></c>' +
    '<c r="H1"><f>SUM(A1:A2)</f><v>0</v></c>' +
    '<c r="I1"><f>ROW()-1</f></c>' +
    '<c r="J1" t="s"><v></v></c>' +
    '<c r="K1" t="s"><v>0</v></c>' +
    '</row>';
  const snap = readWorkbookBytes(buildPackage({ sheets: [{ name: 'Åtgärder', data }], strings: ['Budget_x000D_', 'Mora'] }));
  const row = snap.sheets[0].used.values[0];

  it('reads numbers, shared and inline strings (runs joined, phonetic runs left out), booleans and errors', () => {
    expect(row.slice(0, 5)).toEqual([1.5, 'Mora', 'Hej då', true, { error: '#REF!' }]);
  });

  it('reads an ISO date cell as its serial number in the 1900 system', () => {
    expect(row[5]).toBe(40603);
  });

  it("gives a formula's stored result, 0 included, and never the formula text", () => {
    expect(row[6]).toBe('1.5x');
    expect(row[7]).toBe(0);
  });

  it('reads a formula without a stored result as such (S006), not as an empty cell', () => {
    expect(row[8]).toEqual({ formula: 'ROW()-1' });
  });

  it('reads an empty shared-string index as empty, and decodes _xHHHH_ escapes', () => {
    expect(row[9]).toBeNull();
    expect(row[10]).toBe('Budget\r');
  });

  it('reads digits as the number they spell, and text cells as written (the scanner takes plain digits as numbers)', () => {
    const digits =
      '<row r="1">' +
      '<c r="A1"><v>000123</v></c>' +
      '<c r="B1" t="str"><v>007</v></c>' +
      '<c r="C1"><v>1<!-- split -->2</v></c>' +
      '<c r="D1"><v>1234567890123456789</v></c>' +
      '<c r="E1" t="s"><v>01</v></c>' +
      '<c r="F1" t="inlineStr"><v>0042</v></c>' +
      '<c r="G1" t="n"><v> 5 </v></c>' +
      '<c r="H1" t="e"><v>#N/A</v></c>' +
      '</row>';
    const values = readWorkbookBytes(buildPackage({ sheets: [{ name: 'Åtgärder', data: digits }], strings: ['Budget', 'Mora'] })).sheets[0].used.values[0];
    expect(values).toEqual([123, '007', 12, Number('1234567890123456789'), 'Mora', '0042', 5, { error: '#N/A' }]);
  });
});

describe('dates', () => {
  const styles =
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="3"/></cellXfs>';
  const data = '<row r="1"><c r="A1" s="1"><v>39173</v></c><c r="B1" s="2"><v>39173</v></c><c r="C1" s="3"><v>39173</v></c><c r="D1"><v>39173</v></c></row>';

  it('in the 1904 date system, date-formatted numbers move to the 1900 system; other numbers stay', () => {
    const snap = readWorkbookBytes(buildPackage({ sheets: [{ name: 'Åtgärder', data }], styles, date1904: true }));
    expect(snap.sheets[0].used.values[0]).toEqual([40635, 40635, 39173, 39173]);
  });

  it('in the 1900 system nothing moves; number formats are kept when asked for', () => {
    const snap = readWorkbookBytes(buildPackage({ sheets: [{ name: 'Åtgärder', data }], styles }), { numberFormats: true });
    expect(snap.sheets[0].used.values[0]).toEqual([39173, 39173, 39173, 39173]);
    expect(snap.sheets[0].used.numberFormats).toEqual([['mm-dd-yy', 'yyyy\\-mm\\-dd', '#,##0', '']]);
  });
});

describe('what is kept', () => {
  const bytes = buildPackage({
    sheets: [
      { name: 'Anteckningar', data: rowsXml([['bara text']]) },
      { name: 'Blad1', data: rowsXml([['x'], ['ID', 'Budget'], ['A1', 100], ['A2', 200], [null, null, 'utanför']]), tables: [{ xml: tableXml('Atgarder', 'A2:B4', ['ID', 'Budget']) }] },
      { name: 'Roller', data: rowsXml([['Roll'], ['Controller']]), part: 'xl/worksheets/nagot-annat.xml' },
      { name: 'PlankollSigill', data: rowsXml([['{"v":1}']]), state: 'veryHidden' },
      { name: 'Sammanfattning', data: rowsXml([['Plan']]) },
    ],
    definedNames: '<definedName name="Plankoll_Sammanfattning" localSheetId="4">Sammanfattning!$A$1</definedName>',
    customXml: [sealToXml('{"by":"Anna"}')],
  });
  const snap = readWorkbookBytes(bytes);

  it("lists every sheet, reads the plan's sheets (a renamed part too) and very hidden ones, and no other", () => {
    expect(snap.sheetNames).toEqual(['Anteckningar', 'Blad1', 'Roller', 'PlankollSigill', 'Sammanfattning']);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Roller', 'PlankollSigill']);
    expect(snap.sheets[0].used.values).toEqual([['Roll'], ['Controller']]);
  });

  it("reads a plan table's block on any sheet, and nothing around it", () => {
    expect(snap.tables).toEqual([
      { name: 'Atgarder', sheet: 'Blad1', range: { row: 1, col: 0, values: [['ID', 'Budget'], ['A1', 100], ['A2', 200]] } },
    ]);
  });

  it('reads the seal from its custom XML part and the summary sheet from its marker', () => {
    expect(snap.seal).toBe('{"by":"Anna"}');
    expect(snap.ownedSheets).toEqual(['Sammanfattning']);
  });

  it('reads the seal as LibreOffice leaves it: the part related from the package, the seal sheet only hidden', () => {
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const resaved = buildPackage({
      sheets: [{ name: 'PlankollSeal', data: rowsXml([['urn:plankoll:seal:1'], ['~{"by":"Anna"}']]), state: 'hidden' }],
      extra: {
        'customXml/item1.xml': sealToXml('{"by":"Anna"}'),
        '_rels/.rels':
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>` +
          `<Relationship Id="rId5" Type="${R}/customXml" Target="../customXml/item1.xml"/></Relationships>`,
      },
    });
    const read = readWorkbookBytes(resaved);
    expect(read.seal).toBe('{"by":"Anna"}');
    expect(read.sheets.map((s) => s.name)).toEqual(['PlankollSeal']);
    expect(read.sheets[0].used.values).toEqual([['urn:plankoll:seal:1'], ['~{"by":"Anna"}']]);
  });

  it('reads everything for the browser page', () => {
    const all = readWorkbookBytes(bytes, { allSheets: true });
    expect(all.sheets.map((s) => s.name)).toEqual(all.sheetNames);
    expect(all.sheets[1].used.values[4]).toEqual([null, null, 'utanför']);
  });
});

describe('tables', () => {
  it('without a header row takes the column names as header; a totals row is not read', () => {
    const snap = readWorkbookBytes(
      buildPackage({
        sheets: [
          {
            name: 'Blad1',
            data: rowsXml([['A1', 100], ['A2', 200], ['Summa', 300]], 3),
            tables: [{ xml: tableXml('Atgarder', 'A3:B5', ['ID', 'Budget'], ' headerRowCount="0" totalsRowCount="1"') }],
          },
        ],
      }),
    );
    expect(snap.tables[0].range).toEqual({ row: 1, col: 0, values: [['ID', 'Budget'], ['A1', 100], ['A2', 200]] });
  });

  it('sized to the last row of the sheet is read to its last value only', () => {
    const snap = readWorkbookBytes(
      buildPackage({ sheets: [{ name: 'Blad1', data: rowsXml([['ID'], ['A1']]), tables: [{ xml: tableXml('Atgarder', 'A1:A1048576', ['ID']) }] }] }),
    );
    expect(snap.tables[0].range.values).toEqual([['ID'], ['A1']]);
  });
});

describe('bounds', () => {
  const plan = (data: string): Uint8Array => buildPackage({ sheets: [{ name: 'Åtgärder', data }] });

  it('rejects a row beyond row 1 048 576, and reads row 1 048 576', () => {
    const e = unreadable(() => readWorkbookBytes(plan('<row r="1000000000"><c r="A1000000000"><v>1</v></c></row>')));
    expect(e.kind).toBe('beyondLimits');
    expect(e.describe('en')).toBe(
      "row 1000000000 (sheet 'Åtgärder', part xl/worksheets/sheet1.xml) lies beyond Excel's grid (at most row 1 048 576, column XFD); the workbook is damaged",
    );
    const ok = readWorkbookBytes(plan('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'), { limits: { maxRows: 1_048_576 } });
    expect(ok.sheets[0].used).toMatchObject({ row: 1_048_575, col: 16_383, values: [[1]] });
  });

  it('rejects a column beyond XFD', () => {
    expect(unreadable(() => readWorkbookBytes(plan('<row r="1"><c r="XFE1"><v>1</v></c></row>'))).describe('sv')).toMatch(/^XFE1 \(bladet 'Åtgärder'/);
  });

  it('keeps at most maxCells cells: exactly the limit reads, one more is refused', () => {
    const data = rowsXml([[1, 2, 3]]);
    expect(readWorkbookBytes(plan(data), { limits: { maxCells: 3 } }).sheets[0].used.values).toEqual([[1, 2, 3]]);
    expect(unreadable(() => readWorkbookBytes(plan(data), { limits: { maxCells: 2 } })).kind).toBe('tooManyCells');
  });

  it('reads values down to row maxRows and refuses one below it, naming the cell', () => {
    const data = '<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3"><v>3</v></c></row>';
    expect(readWorkbookBytes(plan(data), { limits: { maxRows: 3 } }).sheets[0].used.values).toEqual([[1, null], [null, null], [null, 3]]);
    expect(unreadable(() => readWorkbookBytes(plan(data), { limits: { maxRows: 2 } })).describe('en')).toBe(
      "the plan is too large to read (sheet 'Åtgärder', part xl/worksheets/sheet1.xml): there are values below row 2 (B3); Plankoll reads the plan's sheets down to row 2: delete the rows below the plan",
    );
  });

  it('unpacks at most maxUnpackedBytes', () => {
    const bytes = plan(rowsXml([['x'.repeat(10_000)]]));
    expect(() => readWorkbookBytes(bytes, { limits: { maxUnpackedBytes: 20_000 } })).not.toThrow();
    const e = unreadable(() => readWorkbookBytes(bytes, { limits: { maxUnpackedBytes: 5_000 } }));
    expect(e.kind).toBe('tooLarge');
  });

  it('never reads data validations or conditional formats', () => {
    const after =
      '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"Klar,Pågår"</formula1></dataValidation></dataValidations>';
    const snap = readWorkbookBytes(buildPackage({ sheets: [{ name: 'Åtgärder', data: rowsXml([['ID']]), after }] }));
    expect(snap.sheets[0].used.values).toEqual([['ID']]);
  });
});

describe('packages that are not workbooks', () => {
  it('names a missing sheet part and a missing table part with the sheet', () => {
    const noTable = buildPackage({ sheets: [{ name: 'Blad1', data: rowsXml([['ID']]), tables: [{ xml: tableXml('Atgarder', 'A1:A2', ['ID']), part: null }] }] });
    expect(unreadable(() => readWorkbookBytes(noTable)).describe('en')).toBe(
      "the workbook is damaged (sheet 'Blad1', part xl/tables/table1.xml): the sheet refers to a table whose part is missing; open and save it in Excel",
    );
  });

  it('names malformed XML with its part and line, never the XML library text', () => {
    const e = unreadable(() => readWorkbookBytes(buildPackage({ sheets: [{ name: 'Åtgärder', data: '<row r="1"><c r="A1"><v>1</c></row>' }] })));
    expect(e.describe('en')).toBe(
      "the workbook is damaged (sheet 'Åtgärder', part xl/worksheets/sheet1.xml): not well-formed XML at line 1; open and save it in Excel",
    );
  });

  it('refuses an entity a DTD declares instead of expanding it', () => {
    const doc = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><worksheet xmlns="x"><sheetData><row r="1"><c r="A1" t="str"><v>&a;</v></c></row></sheetData></worksheet>';
    expect(unreadable(() => readWorkbookBytes(buildPackage({ sheets: [{ name: 'Åtgärder', data: doc }] }))).kind).toBe('damaged');
  });

  it('tells empty files, other zips and non-zips apart', () => {
    expect(unreadable(() => readWorkbookBytes(new Uint8Array(0))).kind).toBe('empty');
    expect(unreadable(() => readWorkbookBytes(new TextEncoder().encode('ID;Åtgärd\n'))).kind).toBe('notWorkbook');
    expect(unreadable(() => readWorkbookBytes(buildPackage({ sheets: [] }).subarray(0, 40))).kind).toBe('damaged');
  });
});
