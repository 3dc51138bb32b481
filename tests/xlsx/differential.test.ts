/**
 * Differential test: the new reader against exceljs (the oracle), cell by cell, over every workbook the
 * repository generates (file fixtures, the examples, the template, the bench plan) and over a corpus of
 * real-world files (tests/corpus, see its README). Generated workbooks must agree exactly. Every
 * difference on the corpus is listed in tests/corpus/differences.json with its reason, one of REASONS;
 * a new or vanished difference fails the test. `UPDATE_DIFFERENCES=1` rewrites the list (then review it).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../scripts/make-fixtures';
import { examplePlanWorkbook, examplePlanWorkbookWithProblems } from '../../src/domain/example';
import { buildTemplate } from '../../src/domain/template/buildTemplate';
import { writePlanXlsx } from '../../src/xlsx/writePlan';
import { writeTemplateXlsx } from '../../src/xlsx/writeTemplate';
import { nodeInflate } from '../../src/xlsx/file';
import { benchPlan } from '../../bench/generate';
import { mineOf, oracleOf, outcomeDifferences } from './differential';

/** Why the readers may differ; each is a deliberate choice, described in docs/spec-notes.md (§1 Reading files). */
const REASONS: Readonly<Record<string, string>> = {
  'formula-result': "a formula's stored result 0, FALSE or an error value is read (exceljs drops it)",
  'table-header': 'a table without headerRowCount has a header row (the OOXML default; exceljs reads it as headerless)',
  'table-trailing-rows': "a table's empty rows after its last value are not read (a table sized to row 1 048 576 is not a million rows)",
  'date-1904': 'dates in a 1904-system workbook are moved to the 1900 system (exceljs ignores date1904)',
  'iso-date-cell': 'a t="d" ISO date cell is its date (exceljs reads the year)',
  'time-precision': 'a time keeps its full precision (exceljs rounds it to the millisecond)',
  'ooxml-escapes': "Excel's _xHHHH_ escapes are decoded in inline strings too, and _x005F_ escapes an underscore",
  cdata: 'text in CDATA sections is read',
  'part-name-case': 'part names are compared ignoring case, as OPC says (xl/SharedStrings.xml)',
  'backslash-part-names': 'zip entries written with Windows backslashes are found',
  'oracle-fails': 'exceljs cannot read the file (or finds no sheets); the new reader does',
  'both-fail': 'neither reads it; the new reader names the damaged part',
};

const HAND: Readonly<Record<string, string>> = {
  'calamine/tests_date.xlsx': 'time-precision',
  'calamine/tests_date_1904.xlsx': 'date-1904',
  'calamine/tests_date_iso.xlsx': 'iso-date-cell',
  'calamine/tests_has_x000D_inline.xlsx': 'ooxml-escapes',
  'calamine/tests_inlineStr_cdata.xlsx': 'cdata',
  'calamine/tests_issue_419.xlsx': 'part-name-case',
  'calamine/tests_issue_530.xlsx': 'backslash-part-names',
  'calamine/tests_issue221.xlsm': 'oracle-fails',
  'calamine/tests_minimal_package.xlsx': 'oracle-fails',
  'calamine/tests_nonstandard-xml-ns-prefix.xlsx': 'oracle-fails',
  'xlsxwriter/xlsxwriter_test_comparison_xlsx_files_optimize06.xlsx': 'ooxml-escapes',
  'xlsxwriter/xlsxwriter_test_comparison_xlsx_files_optimize07.xlsx': 'ooxml-escapes',
};

function reasonOf(file: string, line: string): string {
  if (HAND[file] !== undefined) return HAND[file];
  if (line.startsWith('both fail')) return 'both-fail';
  if (line.startsWith('exceljs fails')) return 'oracle-fails';
  if (/: \(empty\) → (0|false|\{"error")/.test(line)) return 'formula-result';
  if (line.startsWith('table ') && line.endsWith('empty rows at the end not read')) return 'table-trailing-rows';
  if (line.startsWith('table ')) return 'table-header';
  return 'unexplained';
}

const CORPUS = join(__dirname, '..', 'corpus');
const LISTED = join(CORPUS, 'differences.json');

function corpusFiles(): string[] {
  return ['calamine', 'xlsxwriter'].flatMap((d) =>
    readdirSync(join(CORPUS, d))
      .filter((n) => /\.xls[xm]$/i.test(n))
      .sort()
      .map((n) => `${d}/${n}`),
  );
}

describe('the new reader and exceljs agree on every workbook the repository writes', () => {
  const generated: [string, () => Promise<Uint8Array>][] = [
    ...Object.entries(FIXTURES),
    ['example', () => writePlanXlsx(examplePlanWorkbook())],
    ['example with problems', () => writePlanXlsx(examplePlanWorkbookWithProblems())],
    ['template', () => writeTemplateXlsx(buildTemplate())],
    ['bench plan (500 actions)', () => writePlanXlsx(benchPlan(500))],
  ];
  // Tables written with an empty row under the header (the template) lose that row: the one difference allowed.
  const allowed = (line: string): boolean => / empty rows at the end not read$/.test(line);
  it.each(generated)('%s', async (name, make) => {
    const bytes = await make();
    const differences = outcomeDifferences(await oracleOf(bytes), mineOf(bytes));
    if (name === 'not-a-workbook.xlsx' || name === 'corrupt.xlsx') {
      expect(differences).toEqual([expect.stringMatching(/^both fail: .* \| unreadable: (not an Excel workbook|the workbook is damaged)/)]);
    } else {
      expect(differences.filter((l) => !allowed(l))).toEqual([]);
    }
  });

  it.each(['handlingsplan-is-it-2011.xlsx', 'handlingsplan-is-it-2011-med-fel.xlsx'])('examples/%s', async (name) => {
    const bytes = readFileSync(join(__dirname, '..', '..', 'examples', name));
    expect(outcomeDifferences(await oracleOf(bytes), mineOf(bytes))).toEqual([]);
  });
});

describe('on the real-world corpus every difference is listed with its reason', () => {
  it('differences.json lists exactly the differences, each with a known reason', async () => {
    const found: Record<string, { reasons: string[]; differences: string[] }> = {};
    for (const file of corpusFiles()) {
      const bytes = readFileSync(join(CORPUS, file));
      const differences = outcomeDifferences(await oracleOf(bytes), mineOf(bytes));
      if (differences.length > 0) found[file] = { reasons: [...new Set(differences.map((l) => reasonOf(file, l)))].sort(), differences };
    }
    if (process.env.UPDATE_DIFFERENCES === '1') writeFileSync(LISTED, JSON.stringify(found, null, 1) + '\n');
    for (const { reasons } of Object.values(found)) for (const r of reasons) expect(Object.keys(REASONS)).toContain(r);
    expect(found).toEqual(JSON.parse(readFileSync(LISTED, 'utf8')));
    // Most files agree: the list is the exception.
    expect(Object.keys(found).length).toBeLessThan(corpusFiles().length / 2);
  });
});

describe("the CLI's way of unpacking (Node's zlib) and the browser's (fflate) read the same", () => {
  it('on every corpus file, .ods included: the same snapshot or the same error line', () => {
    const files = ['calamine', 'xlsxwriter'].flatMap((d) => readdirSync(join(CORPUS, d)).filter((n) => /\.(xls[xm]|ods)$/i.test(n)).map((n) => join(CORPUS, d, n)));
    for (const file of files) {
      const bytes = readFileSync(file);
      expect([file, mineOf(bytes, { inflate: nodeInflate })]).toEqual([file, mineOf(bytes)]);
    }
  });
});
