import type { Finding } from '../../domain/finding';
import type { SheetLayout } from '../../domain/summary/layout';
import type { WorkbookSnapshot } from '../../domain/snapshot';
import { MARK_FILL, MemoryGateway } from './memoryGateway';
import type { MemoryWorkbook } from './memoryWorkbook';
import type { ChartDescription } from '../../domain/charts/types';
import { emptySheet, findSheet, getCell, setCell, workbookFromSnapshot } from './memoryWorkbook';

/** A small plan-like workbook: Åtgärder with a table at B2, a user's fill on one cell, and a plain sheet. */
function makeWorkbook(): MemoryWorkbook {
  const actions = emptySheet('Åtgärder');
  const rows = [
    ['ID', 'Åtgärd', 'Budget (kr)'],
    ['A01', 'Styrmodell', 100_000],
    ['A02', '=HYPERLINK("http://example.org")', 250_000],
  ];
  rows.forEach((line, r) => line.forEach((v, c) => setCell(actions, 1 + r, 1 + c, v)));
  actions.fills.set('D3', '#00FF00');
  const notes = emptySheet('Anteckningar');
  setCell(notes, 0, 0, 'fritext');
  const roles = emptySheet('Roller');
  setCell(roles, 2, 1, 'Roll');
  setCell(roles, 3, 1, 'Controller');
  return { sheets: [actions, notes, roles], tables: [{ name: 'Atgarder', sheet: 'Åtgärder', range: 'B2:D4' }], seal: null };
}

function finding(extra: Partial<Finding>): Finding {
  return { code: 'B003', severity: 'error', sheet: 'Åtgärder', cell: 'D3', message: 'm', ...extra };
}

const CHART: ChartDescription = {
  id: 'municipality',
  kind: 'column',
  title: 'Budget',
  categoryTitle: 'Kommun',
  valueTitle: 'Kronor',
  categories: ['Mora'],
  series: [{ name: 'Budget', values: [2_290_000], labels: ['2 290 000 kr'], color: '#1F4E79' }],
  valueFormat: 'kr',
  numberFormat: '#,##0 "kr"',
};

function layout(extra: Partial<SheetLayout> = {}): SheetLayout {
  return {
    sheetName: 'Sammanfattning',
    blocks: [
      { address: 'A1', values: [['Handlingsplan', '=HYPERLINK("http://x")']], bold: true },
      { address: 'A3', values: [['Kommun', 'Budget'], ['Mora', 2_290_000]], numberFormat: '#,##0 "kr"' },
    ],
    fills: [{ range: 'C3:C4', color: '#00B050' }],
    tables: [{ name: 'PK_Kommuner', range: 'A3:B4' }],
    charts: [{ name: 'PK_Diagram', chart: CHART, source: 'A3:B4', position: 'E2:K12' }],
    ...extra,
  };
}

describe('MemoryGateway.readSnapshot', () => {
  it('gives every sheet name in tab order, the plan sheets a table does not hold at their anchor, and the tables with their data', async () => {
    const snap = await new MemoryGateway(makeWorkbook()).readSnapshot();
    expect(snap.sheetNames).toEqual(['Åtgärder', 'Anteckningar', 'Roller']);
    // Åtgärder is read as its table (which wins), Anteckningar is no plan object: neither is read as a sheet.
    expect(snap.sheets).toEqual([{ name: 'Roller', used: { row: 2, col: 1, values: [['Roll'], ['Controller']] } }]);
    expect(snap.tables).toEqual([
      {
        name: 'Atgarder',
        sheet: 'Åtgärder',
        range: { row: 1, col: 1, values: [['ID', 'Åtgärd', 'Budget (kr)'], ['A01', 'Styrmodell', 100_000], ['A02', '=HYPERLINK("http://example.org")', 250_000]] },
      },
    ]);
    expect(snap.seal).toEqual({ part: null, sheet: null });
  });

  it('hands out copies: changing the snapshot does not change the workbook', async () => {
    const gw = new MemoryGateway(makeWorkbook());
    const snap = await gw.readSnapshot();
    (snap.tables[0].range.values[1] as unknown[])[2] = 1;
    const again = await gw.readSnapshot();
    expect(again.tables[0].range.values[1][2]).toBe(100_000);
  });
});

describe('workbookFromSnapshot', () => {
  it('round-trips a snapshot, keeping sheets the snapshot left out and the table ranges', async () => {
    const snapshot: WorkbookSnapshot = {
      sheetNames: ['Plan', 'Tom', 'Åtgärder'],
      sheets: [{ name: 'Plan', used: { row: 0, col: 0, values: [['Egenskap', 'Värde'], ['Namn', 'IS/IT']] } }],
      tables: [{ name: 'Atgarder', sheet: 'Åtgärder', range: { row: 3, col: 2, values: [['ID'], ['A01']] } }],
      seal: '{"v":1}',
    };
    const wb = workbookFromSnapshot(snapshot);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Plan', 'Tom', 'Åtgärder']);
    expect(wb.tables).toEqual([{ name: 'Atgarder', sheet: 'Åtgärder', range: 'C4:C5' }]);
    const back = await new MemoryGateway(wb).readSnapshot();
    expect(back.tables[0].range).toEqual(snapshot.tables[0].range);
    expect(back.sheets[0].used).toEqual(snapshot.sheets[0].used);
    expect(back.seal).toEqual({ part: '{"v":1}', sheet: null });
  });

  it('keeps both copies of a seal, the sheet copy as a very hidden sheet that is not read as plan data', async () => {
    const snapshot: WorkbookSnapshot = { sheetNames: ['Plan', 'PlankollSeal'], sheets: [], tables: [], seal: { part: '{"a":1}', sheet: '{"b":2}' } };
    const wb = workbookFromSnapshot(snapshot);
    expect(wb.sheets.map((s) => [s.name, s.visibility ?? 'visible'])).toEqual([
      ['Plan', 'visible'],
      ['PlankollSeal', 'veryHidden'],
    ]);
    const back = await new MemoryGateway(wb).readSnapshot();
    expect(back.seal).toEqual({ part: '{"a":1}', sheet: '{"b":2}' });
    expect(back.sheets.map((s) => s.name)).toEqual(['Plan']);
    expect(back.sheetNames).toEqual(['Plan', 'PlankollSeal']);
  });
});

describe('MemoryGateway.highlight / clearHighlights', () => {
  it('marks every cell of each finding with the most severe colour and restores the exact original fills', async () => {
    const wb = makeWorkbook();
    const gw = new MemoryGateway(wb);
    const sheet = findSheet(wb, 'Åtgärder')!;
    await gw.highlight([
      finding({ cell: 'D3', severity: 'warning', code: 'B008' }),
      finding({ cell: 'D3:D4', severity: 'error' }),
      finding({ sheet: 'Finansiering', cell: 'A1', code: 'S001' }), // missing sheet: nothing to mark
    ]);
    expect(gw.highlights).toEqual([
      { sheet: 'Åtgärder', cell: 'D3', severity: 'error' },
      { sheet: 'Åtgärder', cell: 'D4', severity: 'error' },
    ]);
    expect(sheet.fills.get('D3')).toBe(MARK_FILL.error);
    expect(sheet.fills.get('D4')).toBe(MARK_FILL.error);

    await gw.highlight([finding({ cell: 'C4', severity: 'warning' })]); // re-highlighting replaces the marks
    expect(sheet.fills.get('D3')).toBe('#00FF00');
    expect(sheet.fills.has('D4')).toBe(false);
    expect(sheet.fills.get('C4')).toBe(MARK_FILL.warning);

    await gw.clearHighlights();
    expect(gw.highlights).toEqual([]);
    expect([...sheet.fills]).toEqual([['D3', '#00FF00']]);
  });
});

describe('MemoryGateway.selectCell', () => {
  it('records the selection and activates its sheet, matching the sheet name case-insensitively', async () => {
    const gw = new MemoryGateway(makeWorkbook());
    const seen: string[] = [];
    gw.subscribe(() => seen.push(gw.selection ? `${gw.selection.sheet}!${gw.selection.cell}` : '-'));
    gw.activate('Anteckningar');
    await gw.selectCell('ÅTGÄRDER', '$d$3');
    expect(gw.selection).toEqual({ sheet: 'Åtgärder', cell: 'D3' });
    expect(gw.activeSheet).toBe('Åtgärder');
    expect(seen[seen.length - 1]).toBe('Åtgärder!D3');
  });

  it('rejects a sheet that does not exist with a clear message', async () => {
    const gw = new MemoryGateway(makeWorkbook());
    await expect(gw.selectCell('Finansiering', 'A1')).rejects.toThrow('no sheet named Finansiering');
    expect(gw.selection).toBeNull();
  });
});

describe('MemoryGateway.writeSummary', () => {
  it('creates its own sheet with the values (text starting with = stays text), formats, fills, tables and charts', async () => {
    const wb = makeWorkbook();
    const gw = new MemoryGateway(wb);
    const result = await gw.writeSummary(layout());
    expect(result).toEqual({ sheetName: 'Sammanfattning' });
    const sheet = findSheet(wb, 'Sammanfattning')!;
    expect(sheet.marker).toBe('Sammanfattning');
    expect(getCell(sheet, 0, 1)).toBe('=HYPERLINK("http://x")');
    expect(getCell(sheet, 3, 1)).toBe(2_290_000);
    expect(sheet.formats.get('B4')).toBe('#,##0 "kr"');
    expect(sheet.fills.get('C4')).toBe('#00B050');
    expect(sheet.charts.map((c) => [c.name, c.chart.kind, c.source])).toEqual([['PK_Diagram', 'column', 'A3:B4']]);
    expect(wb.tables.map((t) => [t.name, t.sheet, t.range])).toEqual([
      ['Atgarder', 'Åtgärder', 'B2:D4'],
      ['PK_Kommuner', 'Sammanfattning', 'A3:B4'],
    ]);
    expect(gw.activeSheet).toBe('Sammanfattning');
  });

  it("never overwrites a user's sheet called Sammanfattning, and regenerating replaces its own sheet in place", async () => {
    const wb = makeWorkbook();
    const users = emptySheet('sammanfattning');
    setCell(users, 0, 0, 'mina anteckningar');
    wb.sheets.push(users);
    wb.sheets.push(emptySheet('Efter'));
    const gw = new MemoryGateway(wb);

    expect(await gw.writeSummary(layout())).toEqual({ sheetName: 'Sammanfattning (2)' });
    expect(getCell(users, 0, 0)).toBe('mina anteckningar');
    const names = wb.sheets.map((s) => s.name);
    expect(names).toEqual(['Åtgärder', 'Anteckningar', 'Roller', 'sammanfattning', 'Efter', 'Sammanfattning (2)']);

    // Regenerate with fewer blocks: the old content is gone, the position and name are kept, no new sheet.
    const again = await gw.writeSummary(layout({ blocks: [{ address: 'B2', values: [['ny']] }], charts: [] }));
    expect(again).toEqual({ sheetName: 'Sammanfattning (2)' });
    expect(wb.sheets.map((s) => s.name)).toEqual(names);
    const mine = findSheet(wb, 'Sammanfattning (2)')!;
    expect(getCell(mine, 0, 0)).toBeNull();
    expect(getCell(mine, 1, 1)).toBe('ny');
    expect(mine.charts).toEqual([]);
    expect(wb.tables.filter((t) => t.name === 'PK_Kommuner')).toHaveLength(1);
  });

  it('gives its table a free name when a user table already has the name, as Excel does', async () => {
    const wb = makeWorkbook();
    await new MemoryGateway(wb).writeSummary(layout({ tables: [{ name: 'atgarder', range: 'A3:B4' }] }));
    expect(wb.tables.map((t) => [t.name, t.sheet])).toEqual([
      ['Atgarder', 'Åtgärder'],
      ['atgarder2', 'Sammanfattning'],
    ]);
  });
});

describe('MemoryGateway.writeSeal', () => {
  it('stores the record so that the next snapshot carries it', async () => {
    const gw = new MemoryGateway(makeWorkbook());
    await gw.writeSeal('{"v":1,"by":"Anna"}');
    expect((await gw.readSnapshot()).seal).toEqual({ part: '{"v":1,"by":"Anna"}', sheet: '{"v":1,"by":"Anna"}' });
    expect(await gw.readSeal()).toEqual({ part: '{"v":1,"by":"Anna"}', sheet: '{"v":1,"by":"Anna"}' });
    await gw.writeSeal('{"v":2}');
    expect(await gw.readSeal()).toEqual({ part: '{"v":2}', sheet: '{"v":2}' });
    expect(gw.workbook.sheets.filter((s) => s.name === 'PlankollSeal')).toHaveLength(1);
  });

  it('can play a host that loses custom XML parts: only the sheet copy is stored', async () => {
    const gw = new MemoryGateway(makeWorkbook(), { losesCustomXml: true });
    await gw.writeSeal('{"v":1}');
    expect(await gw.readSeal()).toEqual({ part: null, sheet: '{"v":1}' });
  });

  it('never writes over a user sheet named like the seal sheet', async () => {
    const wb = makeWorkbook();
    wb.sheets.push({ ...wb.sheets[0], name: 'PlankollSeal', cells: [['mina anteckningar']] });
    const gw = new MemoryGateway(wb);
    await gw.writeSeal('{"v":1}');
    expect(await gw.readSeal()).toEqual({ part: '{"v":1}', sheet: null });
    expect(gw.workbook.sheets.find((s) => s.name === 'PlankollSeal')?.cells).toEqual([['mina anteckningar']]);
  });
});
