/**
 * The CLI and the add-in each read what the other wrote (SPEC §4, issue 11), with the same result.
 *
 * Add-in → CLI: the add-in seals a workbook through the Excel gateway over the typed fake host, as the pane
 * does (read, validate, createSeal with the domain's own SHA-256, writeSeal, read back). The fake cannot save
 * a file, so the exact things the add-in handed Excel — the custom XML part's XML and the seal sheet's
 * column A, very hidden — are placed into the same workbook's .xlsx the way Excel stores them: the part as
 * `customXml/itemN.xml` with its properties part and relationships, the sheet as a worksheet whose text
 * cells are shared strings. Placing them is this test's own zip code, not the CLI's seal writer. Then
 * `plankoll verify` reads it intact, and after one value is edited in the file names that value.
 *
 * CLI → add-in: a CLI-sealed file opened in the fake (its cells, its very hidden seal sheet, its custom XML
 * part as Excel loads it) reads intact through the Excel gateway, and the same edit gives the same change
 * list in the pane's check as in `plankoll verify --json`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readPlan } from '../../src/domain/readPlan';
import { checkSeal, createSeal, sealToJson } from '../../src/domain/seal';
import { SEAL_NAMESPACE } from '../../src/domain/seal/xml';
import { validate } from '../../src/domain/validate';
import { createExcelGateway } from '../../src/excel/gateway';
import { readWorkbookBytes } from '../../src/xlsx/read';
import { readXlsx } from '../../src/xlsx/readSnapshot';
import { changesJson } from '../../src/cli/changeReport';
import { CLEAN, runCli } from '../cli/run';
import { FakeExcelHost, hostPerTest } from '../excel/fake/fakeExcel';
import { namespaceOf } from '../excel/fake/customXml';
import { workbookFromSnapshot } from '../excel/fake/fromSnapshot';
import { editEntry } from './xlsxFixture';

const dir = mkdtempSync(join(tmpdir(), 'plankoll-seal-crosshost-'));
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TODAY = '2026-11-27';

const install = hostPerTest();

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One worksheet cell's value in the file, found by address in its sheet part, changed by `edit`. */
function editCell(xml: string, cell: string, edit: (v: number) => number): string {
  const re = new RegExp(`(<c r="${cell}"[^>]*><v>)([^<]+)(</v>)`);
  if (!re.test(xml)) throw new Error(`no number in ${cell}`);
  return xml.replace(re, (_m, a: string, v: string, b: string) => `${a}${edit(Number(v))}${b}`);
}

/**
 * The add-in's two copies placed into the .xlsx as Excel stores them: the custom XML part (with Excel's
 * XML declaration, its datastore properties part and rels, the workbook's relationship, content types)
 * and a very hidden worksheet whose column A cells are shared strings.
 */
async function placeAsExcelStores(xlsx: Uint8Array, partXml: string, columnA: readonly string[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const read = async (name: string): Promise<string> => {
    const f = zip.file(name);
    if (f === null) throw new Error(`no ${name}`);
    return f.async('string');
  };
  zip.file('customXml/item1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n${partXml}`);
  zip.file(
    'customXml/itemProps1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n' +
      '<ds:datastoreItem ds:itemID="{6B1E6C5E-2F57-4C51-9C84-3D9A8E0C1A11}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">' +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${SEAL_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    'customXml/_rels/item1.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
  );
  // Shared strings: Excel keeps every text cell's text there, the seal sheet's pieces too.
  const sst = await read('xl/sharedStrings.xml');
  const first = [...sst.matchAll(/<si>/g)].length;
  const added = columnA.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('');
  zip.file(
    'xl/sharedStrings.xml',
    sst
      .replace(/uniqueCount="\d+"/, `uniqueCount="${first + columnA.length}"`)
      .replace(/ count="(\d+)"/, (_m, n: string) => ` count="${Number(n) + columnA.length}"`)
      .replace('</sst>', `${added}</sst>`),
  );
  const rows = columnA.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${first + i}</v></c></row>`).join('');
  zip.file(
    'xl/worksheets/sheet7.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:A${columnA.length}"/><sheetData>${rows}</sheetData></worksheet>`,
  );
  const wbRels = await read('xl/_rels/workbook.xml.rels');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    wbRels.replace(
      '</Relationships>',
      `<Relationship Id="rId20" Type="${REL}/worksheet" Target="worksheets/sheet7.xml"/><Relationship Id="rId21" Type="${REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`,
    ),
  );
  const wb = await read('xl/workbook.xml');
  zip.file('xl/workbook.xml', wb.replace('</sheets>', '<sheet name="PlankollSeal" sheetId="7" state="veryHidden" r:id="rId20"/></sheets>'));
  const types = await read('[Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/worksheets/sheet7.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

interface VerifyJson {
  readonly state: string;
  readonly by: string | null;
  readonly copies: readonly string[];
  readonly changes: readonly Record<string, unknown>[];
}

async function verifyJson(file: string): Promise<VerifyJson> {
  return JSON.parse((await runCli(['verify', file, '--json'], TODAY)).out) as VerifyJson;
}

describe('the CLI reads what the add-in wrote', () => {
  it('a seal written through the Excel gateway, stored as Excel stores it, verifies intact, and names an edited value', async () => {
    const xlsx = readFileSync(CLEAN);
    const host = install(new FakeExcelHost(workbookFromSnapshot(await readXlsx(xlsx))));
    // As the pane seals (src/taskpane/seal/useSeal.ts): read, validate, create, write, read back.
    const gateway = createExcelGateway('sv');
    const snapshot = await gateway.readSnapshot();
    const result = validate(snapshot, { lang: 'sv', today: TODAY });
    expect(result.counts.error).toBe(0);
    const record = sealToJson(await createSeal(result.model, result.counts, 'Anna Berg', '2026-11-27T14:05:00+01:00', { previous: snapshot.seal }));
    await gateway.writeSeal(record);
    expect(await gateway.readSeal()).toEqual({ part: record, sheet: record });

    // Exactly what the add-in gave Excel.
    const parts = host.wb.customXmlParts.filter((p) => namespaceOf(p.xml) === SEAL_NAMESPACE);
    expect(parts).toHaveLength(1);
    const sheet = host.wb.sheets.find((s) => s.name === 'PlankollSeal');
    expect(sheet?.visibility).toBe('VeryHidden');
    const columnA = (sheet?.grid ?? []).map((row) => String(row[0] ?? '')).filter((v) => v !== '');
    expect(columnA[0]).toBe(SEAL_NAMESPACE);

    const file = join(dir, 'forseglad-i-excel.xlsx');
    writeFileSync(file, await placeAsExcelStores(xlsx, parts[0].xml, columnA));
    const intact = await verifyJson(file);
    expect(intact).toMatchObject({ state: 'intact', by: 'Anna Berg', copies: ['part', 'sheet'], changes: [] });
    expect((await runCli(['verify', file], TODAY)).code).toBe(0);

    // Budget of the first action (Åtgärder!I2), raised by 1 000 kr in the file.
    const before = readPlan(await readXlsx(readFileSync(file))).model.actions?.[0];
    const edited = join(dir, 'andrad-efter-excel.xlsx');
    writeFileSync(edited, await editEntry(readFileSync(file), 'xl/worksheets/sheet5.xml', (xml) => editCell(xml, 'I2', (v) => v + 1000)));
    const changed = await verifyJson(edited);
    expect(changed).toMatchObject({ state: 'changed', by: 'Anna Berg', copies: ['part', 'sheet'] });
    expect(changed.changes).toEqual([
      expect.objectContaining({ table: 'Åtgärder', key: before?.id.value, field: 'Budget (kr)', sheet: 'Åtgärder', cell: 'I2', governing: true }),
    ]);
    const budget = Number(before?.budget?.value);
    const kr = (n: number): string => `${n.toLocaleString('sv-SE').replace(/\s/g, '\u00a0')}\u00a0kr`;
    expect(changed.changes[0]).toMatchObject({ before: kr(budget), after: kr(budget + 1000) });
  });
});

describe('the add-in reads what the CLI wrote', () => {
  it('a CLI-sealed file opened in Excel reads intact through the gateway, and an edit gives the change list verify gives', async () => {
    const file = join(dir, 'forseglad-av-cli.xlsx');
    expect((await runCli(['seal', CLEAN, '--by', 'Anna Berg', '-o', file], TODAY)).code).toBe(0);
    const bytes = readFileSync(file);
    // Excel opens the file: its cells (the very hidden seal sheet among them) and its custom XML part.
    const wb = workbookFromSnapshot(readWorkbookBytes(bytes));
    const sealSheet = wb.sheets.find((s) => s.name === 'PlankollSeal');
    if (sealSheet === undefined) throw new Error('the file reader did not give the seal sheet');
    sealSheet.visibility = 'VeryHidden';
    const zip = await JSZip.loadAsync(bytes);
    const partXml = await zip.file('customXml/item1.xml')?.async('string');
    if (partXml === undefined) throw new Error('no custom XML part');
    const host = install(new FakeExcelHost(wb));
    host.wb.customXmlParts.push({ id: host.nextId('PART'), xml: partXml });

    const gateway = createExcelGateway('sv');
    const snapshot = await gateway.readSnapshot();
    expect(snapshot.seal).toEqual({ part: expect.any(String), sheet: expect.any(String) });
    const check = await checkSeal(snapshot.seal, readPlan(snapshot).model);
    expect(check).toMatchObject({ state: 'intact', by: 'Anna Berg', copies: ['part', 'sheet'] });

    // The same edit in Excel and in the file: the same change list.
    const actions = host.wb.sheets.find((s) => s.name === 'Åtgärder');
    if (actions === undefined) throw new Error('no Åtgärder');
    actions.grid[1][8] = Number(actions.grid[1][8]) + 1000;
    const now = await gateway.readSnapshot();
    const inExcel = await checkSeal(now.seal, readPlan(now).model);
    if (inExcel.state !== 'changed') throw new Error(`expected changed, got ${inExcel.state}`);
    const edited = join(dir, 'andrad-i-filen.xlsx');
    writeFileSync(edited, await editEntry(bytes, 'xl/worksheets/sheet5.xml', (xml) => editCell(xml, 'I2', (v) => v + 1000)));
    const cli = await verifyJson(edited);
    expect(cli.state).toBe('changed');
    expect(changesJson(inExcel, 'sv').changes).toEqual(cli.changes);
    expect(cli.changes).toHaveLength(1);
  });
});
