/**
 * The follow-up written into an .xlsx package at the zip level: the sheet and table are created like the
 * template's, or the existing table grows; every other part stays byte-identical; the project's reader
 * reads back exactly what was written.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FollowUpCreate, FollowUpRewrite } from '../../src/domain/record/types';
import type { TemplateTable } from '../../src/domain/template/types';
import { readXlsx } from '../../src/xlsx/readSnapshot';
import { FollowUpConflictError } from '../../src/domain/record/conflicts';
import { writeFollowUpToXlsx } from '../../src/xlsx/zip/followUpStore';
import { examplePlanWorkbook } from '../../src/domain/example';
import { writePlanXlsx } from '../../src/xlsx/writePlan';
import { editEntry, entries, text } from '../seal/xlsxFixture';

/** The example plan as it was before follow-ups were kept: no Uppföljning. */
const exampleXlsx = (): Promise<Uint8Array> => writePlanXlsx({ tables: examplePlanWorkbook().tables.filter((t) => t.table !== 'Uppfoljning') });

const HEADERS = ['Period', 'Datum', 'ID', 'Utfall (kr)', 'Prognos (kr)', 'Status', 'Kommentar'];

function table(rows: TemplateTable['rows']): TemplateTable {
  return {
    sheet: 'Uppföljning',
    table: 'Uppfoljning',
    columns: [
      { header: 'Period', format: 'text', width: 14 },
      { header: 'Datum', format: 'date', width: 12 },
      {
        header: 'ID',
        format: 'text',
        width: 7,
        validation: {
          source: { kind: 'tableColumn', table: 'Atgarder', column: 'ID' },
          style: 'warning',
          prompt: { title: 'ID', message: 'Välj en åtgärd från bladet Åtgärder.' },
          error: { title: 'Okänd åtgärd', message: 'ID finns inte i Åtgärder.' },
        },
      },
      { header: 'Utfall (kr)', format: 'amount', width: 14 },
      { header: 'Prognos (kr)', format: 'amount', width: 14 },
      {
        header: 'Status',
        format: 'text',
        width: 13,
        validation: {
          source: { kind: 'values', values: ['Ej påbörjad', 'Pågår', 'Klar', 'Försenad', 'Avbruten'] },
          style: 'stop',
          prompt: { title: 'Status', message: 'Välj status.' },
          error: { title: 'Okänd status', message: 'Välj en status i listan.' },
        },
      },
      { header: 'Kommentar', format: 'text', width: 40 },
    ],
    rows,
  };
}

const T1 = [
  ['Tertial 1', { date: '2011-04-30' }, 'A01', 60_000, 180_000, 'Pågår', null],
  ['Tertial 1', { date: '2011-04-30' }, 'A02', null, 140_000, 'Ej påbörjad', '=HYPERLINK("http://x")'],
] as const;

const create = (rows: TemplateTable['rows']): FollowUpCreate => ({ kind: 'create', table: table(rows), reuseSheet: false, tableStyle: 'TableStyleMedium2', frozenRows: 1 });

function xmllint(xml: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'plankoll-record-'));
  const file = join(dir, 'part.xml');
  writeFileSync(file, xml);
  execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' });
}

const differs = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean => Buffer.compare(Buffer.from(a ?? []), Buffer.from(b ?? [])) !== 0;

describe('creating Uppföljning in a workbook that has none', () => {
  let original: Uint8Array;
  let written: Uint8Array;
  beforeAll(async () => {
    original = await exampleXlsx();
    written = await writeFollowUpToXlsx(original, create(T1.map((r) => [...r])));
  });

  it('adds the sheet, its rels and the table part, and changes only the package bookkeeping', async () => {
    const before = await entries(original);
    const after = await entries(written);
    expect([...after.keys()].filter((k) => !before.has(k)).sort()).toEqual(['xl/tables/table6.xml', 'xl/worksheets/_rels/sheet6.xml.rels', 'xl/worksheets/sheet6.xml']);
    const changed = [...before.keys()].filter((k) => differs(before.get(k), after.get(k))).sort();
    // The example already has plain date and amount styles: styles.xml is reused as it is.
    expect(changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml']);
    for (const name of [...changed, 'xl/tables/table6.xml', 'xl/worksheets/_rels/sheet6.xml.rels', 'xl/worksheets/sheet6.xml']) xmllint(text(after.get(name)));
  });

  it('reads back as a real table with the values written: numbers, dates, text that stays text', async () => {
    const snapshot = await readXlsx(written);
    expect(snapshot.sheetNames.at(-1)).toBe('Uppföljning');
    const t = snapshot.tables.find((x) => x.name === 'Uppfoljning');
    expect(t?.sheet).toBe('Uppföljning');
    expect(t?.range.values).toEqual([
      HEADERS,
      ['Tertial 1', 40663, 'A01', 60_000, 180_000, 'Pågår', null],
      ['Tertial 1', 40663, 'A02', null, 140_000, 'Ej påbörjad', '=HYPERLINK("http://x")'],
    ]);
    const sheet = text((await entries(written)).get('xl/worksheets/sheet6.xml'));
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(sheet).toContain('<dataValidation type="list" errorStyle="warning"');
    expect(sheet).toContain('<formula1>INDIRECT("Atgarder[ID]")</formula1>');
    expect(sheet).toContain('sqref="F2:F3"');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  });

  it('gives dates a date style and amounts the amount format', async () => {
    const after = await entries(written);
    const styles = text(after.get('xl/styles.xml'));
    const sheet = text(after.get('xl/worksheets/sheet6.xml'));
    const styleOf = (ref: string): string => /\ss="(\d+)"/.exec(new RegExp(`<c r="${ref}"[^>]*>`).exec(sheet)?.[0] ?? '')?.[1] ?? '0';
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
    const fmtOf = (ref: string): string => {
      const id = /numFmtId="(\d+)"/.exec(xfs[Number(styleOf(ref))])![1];
      return new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]*)"`).exec(styles)?.[1] ?? id;
    };
    expect(fmtOf('B2')).toBe('yyyy-mm-dd');
    expect(fmtOf('D2')).toBe('#,##0 &quot;kr&quot;');
    expect(fmtOf('C2')).toBe('49');
  });
});

describe('appending to an existing Uppföljning table', () => {
  let first: Uint8Array;
  beforeAll(async () => {
    first = await writeFollowUpToXlsx(await exampleXlsx(), create(T1.map((r) => [...r])));
  });

  const append: FollowUpRewrite = {
    kind: 'rewrite',
    sheet: 'Uppföljning',
    table: 'Uppfoljning',
    headerRow: 0,
    col: 0,
    width: 7,
    startRow: 3,
    oldLastRow: 2,
    rows: [
      ['Tertial 2', { date: '2011-08-31' }, 'A01', 150_000, 180_000, 'Klar', 'Antagen'],
      ['Tertial 2', { date: '2011-08-31' }, 'A02', 20_000, 150_000, 'Pågår', null],
    ],
    formats: ['text', 'date', 'text', 'amount', 'amount', 'text', 'text'],
  };

  it('extends the table and its lists, and touches only that sheet and table', async () => {
    const second = await writeFollowUpToXlsx(first, append);
    const before = await entries(first);
    const after = await entries(second);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...before.keys()].filter((k) => differs(before.get(k), after.get(k))).sort()).toEqual(['xl/tables/table6.xml', 'xl/worksheets/sheet6.xml']);
    const t = text(after.get('xl/tables/table6.xml'));
    expect(t).toContain('ref="A1:G5"');
    expect(t).toContain('<autoFilter ref="A1:G5"/>');
    const sheet = text(after.get('xl/worksheets/sheet6.xml'));
    expect(sheet).toContain('sqref="F2:F5"');
    expect(sheet).toContain('<dimension ref="A1:G5"/>');
    const snapshot = await readXlsx(second);
    expect(snapshot.tables.find((x) => x.name === 'Uppfoljning')?.range.values.slice(3)).toEqual([
      ['Tertial 2', 40786, 'A01', 150_000, 180_000, 'Klar', 'Antagen'],
      ['Tertial 2', 40786, 'A02', 20_000, 150_000, 'Pågår', null],
    ]);
  });

  it('replaces rows in place and shrinks the table when fewer rows come back', async () => {
    const replaced = await writeFollowUpToXlsx(first, { ...append, startRow: 1, oldLastRow: 2, rows: [append.rows[0]] });
    const snapshot = await readXlsx(replaced);
    expect(snapshot.tables.find((x) => x.name === 'Uppfoljning')?.range.values).toEqual([HEADERS, ['Tertial 2', 40786, 'A01', 150_000, 180_000, 'Klar', 'Antagen']]);
    expect(text((await entries(replaced)).get('xl/tables/table6.xml'))).toContain('ref="A1:G2"');
    const sheet = text((await entries(replaced)).get('xl/worksheets/sheet6.xml'));
    expect(sheet).not.toContain('r="A3"');
  });

  it('refuses to overwrite a formula, and a table that is not where it was read', async () => {
    const withFormula = await editEntry(first, 'xl/worksheets/sheet6.xml', (xml) => xml.replace(/<c r="E3"[^>]*>[\s\S]*?<\/c>/, '<c r="E3"><f>1+1</f><v>2</v></c>'));
    await expect(writeFollowUpToXlsx(withFormula, { ...append, startRow: 2, oldLastRow: 2 })).rejects.toThrow(FollowUpConflictError);
    await expect(writeFollowUpToXlsx(first, { ...append, col: 1 })).rejects.toThrow('the table Uppfoljning changed since it was read');
    await expect(writeFollowUpToXlsx(first, { ...append, table: 'Saknas' })).rejects.toThrow(/no longer has a table Saknas/);
  });

  it('refuses to create a second Uppföljning', async () => {
    await expect(writeFollowUpToXlsx(first, create([]))).rejects.toThrow(/already has a table or name Uppfoljning/);
  });
});
