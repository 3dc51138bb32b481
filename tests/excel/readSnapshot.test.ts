import { exampleSnapshot } from '../builders/snapshot';
import { readPlan } from '../../src/domain/readPlan';
import { WindowRetryError, readSnapshotFromExcel, readSnapshotInContext, toCellValue } from '../../src/excel/readSnapshot';
import { sealToXml } from '../../src/domain/seal/xml';
import { sealSheetCells } from '../../src/domain/seal/sheetCopy';
import { FakeExcelHost, FakeOfficeError } from './fake/fakeExcel';
import { workbookFromSnapshot } from './fake/fromSnapshot';
import { addSheet, addTable, makeWorkbook, putRows } from './fake/workbook';

describe('readSnapshotFromExcel on a normal plan', () => {
  it('reads the example plan in two syncs, table by table, exactly as it is in the workbook', async () => {
    const expected = exampleSnapshot();
    const wb = workbookFromSnapshot(expected);
    addSheet(wb, 'Anteckningar', [['privat', 'text']]);
    const host = new FakeExcelHost(wb);
    const restore = host.install();
    try {
      const snapshot = await readSnapshotFromExcel();
      expect(host.runs).toBe(1);
      expect(host.syncs).toHaveLength(2);
      expect(snapshot.sheetNames).toEqual([...expected.sheetNames, 'Anteckningar']);
      expect(snapshot.tables).toEqual(expected.tables);
      // Every plan object is a table, so no sheet is read twice; the unrelated sheet is never read.
      expect(snapshot.sheets).toEqual([]);
      expect(readPlan(snapshot).findings).toEqual([]);
    } finally {
      restore();
    }
  });

  it('reads plain sheets (no tables) by their used range and skips sheets that are not plan objects', async () => {
    const expected = exampleSnapshot({ layout: 'sheets', at: { Roller: 'C4' } });
    const wb = workbookFromSnapshot(expected);
    addSheet(wb, 'Blad1');
    addSheet(wb, 'Goals'); // a second, empty goals sheet
    const host = new FakeExcelHost(wb);
    const { snapshot, stats } = await host.run((ctx) => readSnapshotInContext(ctx));
    expect(stats.syncs).toBe(2);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Plan', 'Finansiering', 'Mål', 'Roller', 'Åtgärder', 'Goals']);
    const roles = snapshot.sheets.find((s) => s.name === 'Roller');
    expect(roles?.used.row).toBe(3);
    expect(roles?.used.col).toBe(2);
    expect(roles?.used.values).toEqual(expected.sheets.find((s) => s.name === 'Roller')?.used.values);
    expect(snapshot.sheets.find((s) => s.name === 'Goals')?.used.values).toEqual([]);
    expect(snapshot.sheetNames).toContain('Blad1');
    expect(readPlan(snapshot).findings).toEqual([]);
  });

  it('maps office-js values: "" to null, error literals to errors, formulas-looking text stays text', async () => {
    const wb = makeWorkbook([]);
    addTable(wb, {
      name: 'Atgarder',
      sheet: 'Åtgärder',
      at: 'B3',
      rows: [
        ['ID', 'Åtgärd', 'Budget (kr)', 'Klar'],
        ['A01', '=HYPERLINK("http://example.com")', '#REF!', true],
        ['A02', '', 1234.5, false],
        ['A03', '#DIV/0!', '#N/A', ''],
      ],
    });
    const host = new FakeExcelHost(wb);
    const { snapshot } = await host.run((ctx) => readSnapshotInContext(ctx));
    expect(snapshot.tables).toEqual([
      {
        name: 'Atgarder',
        sheet: 'Åtgärder',
        range: {
          row: 2,
          col: 1,
          values: [
            ['ID', 'Åtgärd', 'Budget (kr)', 'Klar'],
            ['A01', '=HYPERLINK("http://example.com")', { error: '#REF!' }, true],
            ['A02', null, 1234.5, false],
            ['A03', { error: '#DIV/0!' }, { error: '#N/A' }, null],
          ],
        },
      },
    ]);
  });

  it('leaves out a totals row and rebuilds a hidden header row from the column names', async () => {
    const wb = makeWorkbook([]);
    addTable(wb, {
      name: 'Finansiering',
      sheet: 'Finansiering',
      showTotals: true,
      rows: [
        ['Kommun', 'Andel (kr)'],
        ['Mora', 2_290_000],
        ['Orsa', 790_000],
        ['Summa', 3_080_000],
      ],
    });
    addTable(wb, {
      name: 'Roller',
      sheet: 'Roller',
      at: 'A5',
      showHeaders: false,
      rows: [
        ['Roll', 'Namn'],
        ['IT-chef', 'Anna Berg'],
      ],
    });
    const host = new FakeExcelHost(wb);
    const { snapshot } = await host.run((ctx) => readSnapshotInContext(ctx));
    expect(snapshot.tables[0].range.values).toEqual([
      ['Kommun', 'Andel (kr)'],
      ['Mora', 2_290_000],
      ['Orsa', 790_000],
    ]);
    expect(snapshot.tables[1].range).toEqual({ row: 4, col: 0, values: [['Roll', 'Namn'], ['IT-chef', 'Anna Berg']] });
  });

  it('reads an empty workbook in one sync', async () => {
    const host = new FakeExcelHost(makeWorkbook([{ name: 'Blad1' }]));
    const { snapshot, stats } = await host.run((ctx) => readSnapshotInContext(ctx));
    expect(stats.syncs).toBe(1);
    expect(snapshot).toEqual({ sheets: [], tables: [], sheetNames: ['Blad1'], seal: { part: null, sheet: null } });
  });

  it('reads a range at the very bottom of the grid, where the first window cannot be taken', async () => {
    const wb = makeWorkbook([{ name: 'Mål' }]);
    putRows(wb.sheets[0].grid, 'A1048575', [['MålID', 'Mål'], ['M1', 'Samverkan']]);
    const host = new FakeExcelHost(wb);
    const { snapshot, stats } = await host.run((ctx) => readSnapshotInContext(ctx));
    expect(snapshot.sheets[0].used).toEqual({ row: 1_048_574, col: 0, values: [['MålID', 'Mål'], ['M1', 'Samverkan']] });
    expect(stats.syncs).toBe(4); // names, failed window, sizes, one chunk
    expect(host.syncs).toHaveLength(4);
    // The first failure is not dropped: the stats say why the windows were given up.
    expect(stats.windowFailure).toMatch(/\(InvalidArgument\)$/);
  });

  it('reads the seal with the same two syncs, and again after a failed first window', async () => {
    const wb = workbookFromSnapshot(exampleSnapshot());
    wb.customXmlParts.push({ id: '{P1}', xml: '<other xmlns="urn:x"/>' }, { id: '{P2}', xml: sealToXml('{"v":1}') });
    const host = new FakeExcelHost(wb);
    const { snapshot, stats } = await host.run((ctx) => readSnapshotInContext(ctx));
    expect(snapshot.seal).toEqual({ part: '{"v":1}', sheet: null });
    expect(stats.syncs).toBe(2);
    expect(host.syncs).toHaveLength(2);

    const edge = makeWorkbook([{ name: 'Mål' }]);
    putRows(edge.sheets[0].grid, 'A1048575', [['MålID', 'Mål'], ['M1', 'Samverkan']]); // no room for a first window
    edge.customXmlParts.push({ id: '{P3}', xml: sealToXml('{"v":2}') });
    const again = await new FakeExcelHost(edge).run((ctx) => readSnapshotInContext(ctx));
    expect(again.stats.windowFailure).not.toBeNull();
    expect(again.snapshot.seal).toEqual({ part: '{"v":2}', sheet: null });
  });

  it('reads the seal sheet too, in the same two syncs, never as plan data', async () => {
    const wb = workbookFromSnapshot(exampleSnapshot());
    wb.customXmlParts.push({ id: '{P1}', xml: sealToXml('{"v":1}') });
    addSheet(wb, 'PlankollSeal', sealSheetCells('{"v":1}').map((c) => [c])).visibility = 'VeryHidden';
    const host = new FakeExcelHost(wb);
    const { snapshot } = await host.run((ctx) => readSnapshotInContext(ctx));
    expect(snapshot.seal).toEqual({ part: '{"v":1}', sheet: '{"v":1}' });
    expect(snapshot.sheets.map((s) => s.name)).not.toContain('PlankollSeal');
    expect(snapshot.sheetNames).toContain('PlankollSeal');
    expect(host.syncs).toHaveLength(2);
  });

  it('keeps both failures, in the pane’s language, when the sync without windows fails too', async () => {
    const host = new FakeExcelHost(workbookFromSnapshot(exampleSnapshot()));
    const first = new FakeOfficeError('InvalidArgument', 'Fönstret gick inte.');
    const second = new FakeOfficeError('GeneralException', 'Inte heller storlekarna.');
    const error = await host
      .run((ctx) => {
        const real = ctx.sync.bind(ctx);
        let n = 0;
        ctx.sync = async () => {
          n++;
          if (n === 2) throw first;
          if (n === 3) throw second;
          return real();
        };
        return readSnapshotInContext(ctx, { lang: 'en' });
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WindowRetryError);
    expect((error as WindowRetryError).message).toBe(
      'Could not read the size of the tables: Inte heller storlekarna. (GeneralException) (first attempt: Fönstret gick inte. (InvalidArgument))',
    );
    expect((error as WindowRetryError).cause).toBe(second);
    expect((error as WindowRetryError).first).toBe(first);
  });

  it('says a single cell too large to read in the pane’s language', async () => {
    const wb = makeWorkbook([]);
    addTable(wb, { name: 'Mal', sheet: 'Mål', rows: [['MålID', 'Mål'], ['M1', 'x'.repeat(3_000)]] });
    const read = (lang: 'sv' | 'en') => new FakeExcelHost(wb, { payloadLimitBytes: 1_000 }).run((ctx) => readSnapshotInContext(ctx, { lang, budgetBytes: 500 }));
    await expect(read('en')).rejects.toThrow('A single cell is too large to be read (row 2, column 2).');
    await expect(read('sv')).rejects.toThrow('En enskild cell är för stor för att läsas (rad 2, kolumn 2).');
  });

  it('reads a table whose first window Excel on the web refuses as too large, with ranges got again after the failed sync', async () => {
    const wb = makeWorkbook([]);
    const rows = Array.from({ length: 40 }, (_, i) => [`A${i + 1}`, `${'lång kommentar '.repeat(20)}${i}`]);
    addTable(wb, { name: 'Atgarder', sheet: 'Åtgärder', rows: [['ID', 'Kommentar'], ...rows] });
    const host = new FakeExcelHost(wb, { payloadLimitBytes: 8_000 });
    const { snapshot, stats } = await host.run((ctx) => readSnapshotInContext(ctx));
    expect(snapshot.tables[0].range.values).toEqual([['ID', 'Kommentar'], ...rows]);
    expect(stats.retries).toBeGreaterThan(0);
  });
});

describe('toCellValue', () => {
  it('never passes through anything that is not a CellValue', () => {
    expect(toCellValue(undefined)).toBeNull();
    expect(toCellValue({ type: 'Entity' })).toBeNull();
    expect(toCellValue(Number.NaN)).toBeNull();
    expect(toCellValue('#SPILL!')).toEqual({ error: '#SPILL!' });
    expect(toCellValue('#ref!')).toBe('#ref!');
    expect(toCellValue(0)).toBe(0);
  });
});

describe('the fake host keeps office-js semantics (else these tests would prove nothing)', () => {
  it('refuses to read a property that was not loaded and synced', async () => {
    const host = new FakeExcelHost(makeWorkbook([{ name: 'Plan', rows: [['Egenskap', 'Värde']] }]));
    await host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Plan').getUsedRange(true);
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(range.values).toEqual([['Egenskap', 'Värde']]);
    });
  });

  it('fails a sync that asks for a missing sheet, and one whose response is over the limit', async () => {
    const host = new FakeExcelHost(makeWorkbook([{ name: 'Plan', rows: [['x'.repeat(100)]] }]), { payloadLimitBytes: 50 });
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Saknas');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      ctx.workbook.worksheets.getItem('Plan').getUsedRange(true).load('values');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    });
  });
});
