/**
 * The Excel gateway itself, over the typed fake host: the snapshot and its seal in one run and two syncs,
 * highlighting with the sheet names of the last snapshot, and failures reported in the pane's language
 * with Excel's message, code and the original error. What each operation does to the workbook is the
 * gateway contract's (tests/gateway), shared with the memory gateway.
 */
import { exampleSnapshot } from '../builders/snapshot';
import type { Finding } from '../../src/domain/finding';
import { sealToXml } from '../../src/domain/seal/xml';
import type { SheetLayout } from '../../src/domain/summary/layout';
import { createExcelGateway, describeOfficeError } from '../../src/excel/gateway';
import { FakeExcelHost, FakeOfficeError, hostPerTest } from './fake/fakeExcel';
import { workbookFromSnapshot } from './fake/fromSnapshot';

const install = hostPerTest();

function exampleHost(seal?: string): FakeExcelHost {
  const host = new FakeExcelHost(workbookFromSnapshot(exampleSnapshot()));
  if (seal !== undefined) host.wb.customXmlParts.push({ id: host.nextId('PART'), xml: sealToXml(seal) });
  return install(host);
}

describe('createExcelGateway', () => {
  it('reads the snapshot with the stored seal in one Excel.run and two syncs', async () => {
    const expected = exampleSnapshot();
    const host = exampleHost('{"v":1}');
    const snapshot = await createExcelGateway().readSnapshot();
    expect(snapshot.tables).toEqual(expected.tables);
    expect(snapshot.sheetNames).toEqual(expected.sheetNames);
    expect(snapshot.seal).toEqual({ part: '{"v":1}', sheet: null });
    expect(host.runs).toBe(1);
    expect(host.syncs).toHaveLength(2);
  });

  it('reads a workbook without a seal in two syncs too', async () => {
    const host = exampleHost();
    expect((await createExcelGateway().readSnapshot()).seal).toEqual({ part: null, sheet: null });
    expect(host.syncs).toHaveLength(2);
  });

  it('writes the seal in both copies and reads both back, alone or with the snapshot', async () => {
    const host = exampleHost();
    const gateway = createExcelGateway();
    await gateway.writeSeal('{"v":2}');
    const before = host.syncs.length;
    await expect(gateway.readSeal()).resolves.toEqual({ part: '{"v":2}', sheet: '{"v":2}' });
    expect(host.syncs.length - before).toBe(2);
    const snapshot = await gateway.readSnapshot();
    expect(snapshot.seal).toEqual({ part: '{"v":2}', sheet: '{"v":2}' });
    expect(snapshot.tables).toEqual(exampleSnapshot().tables);
  });

  it('highlights with the sheet names of the last snapshot: two syncs', async () => {
    const host = exampleHost();
    const gateway = createExcelGateway();
    await gateway.readSnapshot();
    const before = host.syncs.length;
    const f: Finding = { code: 'B003', severity: 'error', sheet: 'Åtgärder', cell: 'I3', message: 'x' };
    await gateway.highlight([f]);
    expect(host.syncs.length - before).toBe(2);
    expect(host.wb.sheets.find((s) => s.name === 'Åtgärder')?.conditionalFormats).toHaveLength(1);
    await gateway.clearHighlights();
    expect(host.wb.sheets.find((s) => s.name === 'Åtgärder')?.conditionalFormats).toHaveLength(0);
  });

  it("reports failures with what failed and Excel's message and code, keeping the cause", async () => {
    const host = exampleHost();
    const gateway = createExcelGateway();
    const error = await gateway.selectCell('Saknas', 'A1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Kunde inte gå till Saknas!A1: The requested resource doesn't exist: worksheet 'Saknas'\. \(ItemNotFound\)$/);
    expect((error as Error).cause).toBeInstanceOf(FakeOfficeError);

    // A summary whose table clashes with itself: Excel refuses the second name at sync.
    const layout: SheetLayout = {
      sheetName: 'Sammanfattning',
      blocks: [{ address: 'A1', values: [['a', 'b'], [1, 2]] }],
      fills: [],
      tables: [
        { name: 'PK_X', range: 'A1:B2' },
        { name: 'PK_X', range: 'A1:B2' },
      ],
      charts: [],
    };
    await expect(gateway.writeSummary(layout)).rejects.toThrow(/^Kunde inte skriva sammanfattningen: ItemAlreadyExists: a table named PK_X2? already exists\.$/);

    host.run = async () => {
      throw new FakeOfficeError('AccessDenied', 'Arbetsboken är skrivskyddad.');
    };
    install(host);
    await expect(gateway.readSnapshot()).rejects.toThrow('Kunde inte läsa arbetsboken: Arbetsboken är skrivskyddad. (AccessDenied)');
    await expect(gateway.writeSeal('{"v":1}')).rejects.toThrow('Kunde inte spara förseglingen: Arbetsboken är skrivskyddad. (AccessDenied)');
  });

  it('says what failed in English for an English pane', async () => {
    exampleHost();
    const error = await createExcelGateway('en').selectCell('Missing', 'A1').catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^Could not go to Missing!A1: .*\(ItemNotFound\)$/);
  });
});

describe('describeOfficeError', () => {
  it('adds the code and location office-js gives', () => {
    expect(describeOfficeError({ message: 'Boom', code: 'InvalidArgument', debugInfo: { errorLocation: 'Range.getRanges' } })).toBe(
      'Boom (InvalidArgument, Range.getRanges)',
    );
    expect(describeOfficeError(new Error('Plain'))).toBe('Plain');
    expect(describeOfficeError('text')).toBe('text');
  });
});
