import type { Finding } from '../finding';
import { findingsHtml, findingsSheetLayout, findingsTsv } from './findings';

const FINDINGS: Finding[] = [
  { code: 'B003', severity: 'error', sheet: 'Åtgärder', cell: 'I4', actionId: 'A03', message: 'Andelarna <b>summerar</b> "inte"\tokej\nrad två', expected: 100_000, actual: 90_000 },
  { code: 'R009', severity: 'warning', sheet: 'Roller', cell: 'B4', message: '=HYPERLINK("http://evil.example")', actual: '-5 & @x' },
];

describe('findingsTsv', () => {
  it('is a header and one line per finding, tab-separated, with no tab or line break inside a cell, formula text inert', () => {
    expect(findingsTsv(FINDINGS, 'sv').split('\r\n')).toEqual([
      'Kod\tAllvarlighetsgrad\tBlad\tCell\tID\tMeddelande\tFörväntat\tFaktiskt',
      'B003\tFel\tÅtgärder\tI4\tA03\tAndelarna <b>summerar</b> "inte" okej rad två\t100000\t90000',
      "R009\tVarning\tRoller\tB4\t\t'=HYPERLINK(\"http://evil.example\")\t\t'-5 & @x",
      '',
    ]);
    expect(findingsTsv([], 'en')).toBe('Code\tSeverity\tSheet\tCell\tID\tMessage\tExpected\tActual\r\n');
  });
});

describe('findingsHtml', () => {
  it('is one table, every value escaped, text cells marked as text for Excel', () => {
    const html = findingsHtml(FINDINGS, 'en');
    expect(html.startsWith('<table><thead><tr><th>Code</th><th>Severity</th>')).toBe(true);
    expect(html).toContain('Andelarna &lt;b&gt;summerar&lt;/b&gt; &quot;inte&quot;');
    expect(html).not.toContain('<b>');
    expect(html).toContain(`<td style="mso-number-format:'\\@'">=HYPERLINK(&quot;http://evil.example&quot;)</td>`);
    expect(html).toContain('<td>100000</td>');
    expect(html.match(/<tr>/g)).toHaveLength(3);
  });
});

describe('findingsSheetLayout', () => {
  it('puts the table at A1 of Avvikelser, text formatted as text, numbers as numbers', () => {
    const layout = findingsSheetLayout(FINDINGS, 'sv');
    expect(layout.sheetName).toBe('Avvikelser');
    expect(layout.tables).toEqual([{ name: 'PK_Avvikelser', range: 'A1:H3', style: 'TableStyleMedium2' }]);
    expect(layout.blocks[0].numberFormat?.[1]).toEqual(['@', '@', '@', '@', '@', '@', 'General', 'General']);
    expect(layout.blocks[0].values[2][7]).toBe('-5 & @x');
  });

  it('keeps one empty row under the header when there are no findings (an Excel table needs one)', () => {
    expect(findingsSheetLayout([], 'en').tables[0].range).toBe('A1:H2');
  });
});
