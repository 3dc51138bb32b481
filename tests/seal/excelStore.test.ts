import { readSealFromExcel, writeSealToExcel } from '../../src/excel/sealStore';
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

  it('reads nothing from a workbook without a seal, in one sync', async () => {
    expect(await readSealFromExcel()).toBeNull();
    expect(syncs()).toBe(1);
  });

  it('writes one part in the Plankoll namespace and reads it back, in two syncs each', async () => {
    await writeSealToExcel(RECORD);
    expect(syncs()).toBe(2);
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
    expect(await readSealFromExcel()).toBe('{"second":2}');
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
  });
});
