import { readSealCopiesFromExcel, readSealFromExcel, writeSealToExcel } from '../../src/excel/sealStore';
import { sealSheetCells } from '../../src/domain/seal/sheetCopy';
import { SEAL_NAMESPACE, sealToXml } from '../../src/domain/seal/xml';
import { FakeExcelHost } from '../excel/fake/fakeExcel';
import { namespaceOf } from '../excel/fake/customXml';
import type { FakeWorkbookData } from '../excel/fake/workbook';
import { addSheet, emptyWorkbook } from '../excel/fake/workbook';

const OTHER = '<Reviewers xmlns="http://schemas.contoso.com/review/1.0"><Reviewer>Juan</Reviewer></Reviewers>';
const RECORD = JSON.stringify({ v: 1, by: 'Åsa <&> Öberg' });

describe('seal in the open workbook (office-js)', () => {
  let wb: FakeWorkbookData;
  let host: FakeExcelHost;
  let uninstall: () => void;
  const addPart = (xml: string): void => {
    wb.customXmlParts.push({ id: host.nextId('PART'), xml });
  };
  const syncs = (): number => host.syncs.length;
  beforeEach(() => {
    wb = emptyWorkbook();
    addSheet(wb, 'Plan');
    host = new FakeExcelHost(wb);
    addPart(OTHER);
    uninstall = host.install();
  });
  afterEach(() => uninstall());

  /** Column A of the seal sheet, as Excel holds it. */
  const sealColumn = (): unknown[] => (wb.sheets.find((x) => x.name === 'PlankollSeal')?.grid ?? []).map((row) => row[0]);

  it('reads nothing from a workbook without a seal, in two syncs', async () => {
    expect(await readSealCopiesFromExcel()).toEqual({ part: null, sheet: null });
    expect(syncs()).toBe(2);
  });

  it('writes both copies: one part in the Plankoll namespace and the very hidden sheet, text-formatted, in two syncs', async () => {
    await writeSealToExcel(RECORD);
    expect(syncs()).toBe(2);
    const sheet = wb.sheets.find((x) => x.name === 'PlankollSeal');
    expect(sheet?.visibility).toBe('VeryHidden');
    expect(sealColumn()).toEqual(sealSheetCells(RECORD));
    expect(sheet?.props.get('A2')?.numberFormat).toBe('@');
    expect(wb.sheets.map((x) => x.name)).toEqual(['Plan', 'PlankollSeal']);
    const two = syncs();
    expect(await readSealCopiesFromExcel()).toEqual({ part: RECORD, sheet: RECORD });
    expect(syncs() - two).toBe(2);
    const seals = wb.customXmlParts.filter((p) => namespaceOf(p.xml) === SEAL_NAMESPACE);
    expect(seals).toHaveLength(1);
    expect(seals[0].xml).toBe(sealToXml(RECORD, { declaration: false }));
    const before = syncs();
    expect(await readSealFromExcel()).toBe(RECORD);
    expect(syncs() - before).toBe(2);
  });

  it('replaces the old seal and leaves other add-ins’ parts alone', async () => {
    await writeSealToExcel('{"first":1}');
    await writeSealToExcel('{"second":2}');
    expect(wb.customXmlParts.filter((p) => namespaceOf(p.xml) === SEAL_NAMESPACE).map((p) => p.xml)).toEqual([
      sealToXml('{"second":2}', { declaration: false }),
    ]);
    expect(wb.customXmlParts.some((p) => p.xml === OTHER)).toBe(true);
    expect(await readSealCopiesFromExcel()).toEqual({ part: '{"second":2}', sheet: '{"second":2}' });
    expect(wb.sheets.filter((x) => x.name === 'PlankollSeal')).toHaveLength(1);
  });

  it('rewrites its own sheet in three syncs, blanking a longer old record, and reads either copy alone', async () => {
    await writeSealToExcel(JSON.stringify({ long: 'x'.repeat(70_000) }));
    expect(sealColumn()).toHaveLength(4);
    const before = syncs();
    await writeSealToExcel(RECORD);
    expect(syncs() - before).toBe(3);
    expect(await readSealCopiesFromExcel()).toEqual({ part: RECORD, sheet: RECORD });
    wb.customXmlParts = wb.customXmlParts.filter((p) => namespaceOf(p.xml) !== SEAL_NAMESPACE);
    expect(await readSealCopiesFromExcel()).toEqual({ part: null, sheet: RECORD });
    const dropSheet = (): void => {
      wb.sheets.splice(wb.sheets.findIndex((x) => x.name === 'PlankollSeal'), 1);
    };
    dropSheet();
    await writeSealToExcel(RECORD);
    dropSheet();
    expect(await readSealCopiesFromExcel()).toEqual({ part: RECORD, sheet: null });
  });

  it('never writes over a user sheet named PlankollSeal', async () => {
    addSheet(wb, 'PlankollSeal', [['mina anteckningar']]);
    await writeSealToExcel(RECORD);
    expect(sealColumn()).toEqual(['mina anteckningar']);
    expect(wb.sheets.find((x) => x.name === 'PlankollSeal')?.visibility).toBeUndefined();
    expect(await readSealCopiesFromExcel()).toEqual({ part: RECORD, sheet: null });
  });

  it('reads a part written by the file adapter (with XML declaration)', async () => {
    addPart(sealToXml(RECORD));
    expect(await readSealFromExcel()).toBe(RECORD);
  });

  it('keeps the sync count fixed however many old seal parts there are', async () => {
    for (let i = 0; i < 5; i++) addPart(sealToXml(`{"n":${i}}`));
    await writeSealToExcel(RECORD);
    expect(syncs()).toBe(2);
    expect(wb.customXmlParts.filter((p) => namespaceOf(p.xml) === SEAL_NAMESPACE)).toHaveLength(1);
    expect(await readSealFromExcel()).toBe(RECORD);
  });
});
