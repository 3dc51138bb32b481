import { exampleSnapshot } from '../builders/snapshot';
import type { Finding } from '../../src/domain/finding';
import type { SheetLayout } from '../../src/domain/summary/layout';
import { createExcelGateway, describeOfficeError } from '../../src/excel/gateway';
import { readSealFromExcel, writeSealToExcel } from '../../src/excel/sealStore';
import { writeSummarySheet } from '../../src/excel/summaryWriter';
import { FakeExcelHost, FakeOfficeError } from './fake/fakeExcel';
import { workbookFromSnapshot } from './fake/fromSnapshot';

// The seal store and the summary writer have their own office-js tests (H5, H4); here they are
// stand-ins, to see that the gateway passes data through and reports their failures.
jest.mock('../../src/excel/sealStore', () => ({ readSealFromExcel: jest.fn(), writeSealToExcel: jest.fn() }));
jest.mock('../../src/excel/summaryWriter', () => ({ writeSummarySheet: jest.fn() }));
const readSeal = jest.mocked(readSealFromExcel);
const writeSeal = jest.mocked(writeSealToExcel);
const writeSummary = jest.mocked(writeSummarySheet);

let restore: () => void = () => undefined;
afterEach(() => {
  restore();
  jest.resetAllMocks();
});

function install(host: FakeExcelHost): FakeExcelHost {
  restore = host.install();
  return host;
}

describe('createExcelGateway', () => {
  it('reads the snapshot with the stored seal', async () => {
    const expected = exampleSnapshot();
    install(new FakeExcelHost(workbookFromSnapshot(expected)));
    readSeal.mockResolvedValue('{"v":1}');
    const snapshot = await createExcelGateway().readSnapshot();
    expect(snapshot.tables).toEqual(expected.tables);
    expect(snapshot.sheetNames).toEqual(expected.sheetNames);
    expect(snapshot.seal).toBe('{"v":1}');
  });

  it('highlights with the sheet names of the last snapshot: two syncs', async () => {
    const host = install(new FakeExcelHost(workbookFromSnapshot(exampleSnapshot())));
    readSeal.mockResolvedValue(null);
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

  it('passes the summary layout and the seal record through', async () => {
    writeSummary.mockResolvedValue({ sheetName: 'Sammanfattning (2)' });
    const layout = { sheetName: 'Sammanfattning', blocks: [] } as unknown as SheetLayout;
    const gateway = createExcelGateway();
    await expect(gateway.writeSummary(layout)).resolves.toEqual({ sheetName: 'Sammanfattning (2)' });
    expect(writeSummary).toHaveBeenCalledWith(layout);
    await gateway.writeSeal('{"v":1}');
    expect(writeSeal).toHaveBeenCalledWith('{"v":1}');
  });

  it('reports failures with what failed and Excel\'s message and code, keeping the cause', async () => {
    const host = install(new FakeExcelHost(workbookFromSnapshot(exampleSnapshot())));
    const gateway = createExcelGateway();
    const error = await gateway.selectCell('Saknas', 'A1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Kunde inte gå till Saknas!A1: The requested resource doesn't exist: worksheet 'Saknas'\. \(ItemNotFound\)$/);
    expect((error as Error).cause).toBeInstanceOf(FakeOfficeError);

    host.run = async () => {
      throw new FakeOfficeError('AccessDenied', 'Arbetsboken är skrivskyddad.');
    };
    restore();
    restore = host.install();
    await expect(gateway.readSnapshot()).rejects.toThrow('Kunde inte läsa arbetsboken: Arbetsboken är skrivskyddad. (AccessDenied)');
    writeSummary.mockRejectedValue(new Error('Fel vid diagram'));
    await expect(gateway.writeSummary({} as SheetLayout)).rejects.toThrow('Kunde inte skriva sammanfattningen: Fel vid diagram');
    restore();
    install(new FakeExcelHost(workbookFromSnapshot(exampleSnapshot())));
    readSeal.mockRejectedValue('trasig');
    await expect(createExcelGateway().readSnapshot()).rejects.toThrow('Kunde inte läsa förseglingen: trasig');
  });

  it('says what failed in English for an English pane', async () => {
    install(new FakeExcelHost(workbookFromSnapshot(exampleSnapshot())));
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
