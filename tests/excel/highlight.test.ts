import type { Finding, RuleCode, Severity } from '../../src/domain/finding';
import { HIGHLIGHT_STYLE, clearHighlights, highlightFindings } from '../../src/excel/highlight';
import { FakeExcelHost } from './fake/fakeExcel';
import type { FakeConditionalFormatData, FakeWorkbookData } from './fake/workbook';
import { areaAddress, makeWorkbook } from './fake/workbook';

function finding(severity: Severity, sheet: string, cell: string, code: RuleCode = 'B003'): Finding {
  return { code, severity, sheet, cell, message: `${code} ${sheet}!${cell}` };
}

const USER_FORMATS: FakeConditionalFormatData[] = [
  {
    id: '{USER-1}',
    type: 'Custom',
    formula: '=$J2>100000',
    fillColor: '#00FF00',
    fontColor: null,
    borders: {},
    areas: [{ row: 1, col: 0, rows: 20, cols: 14 }],
    priority: 0,
  },
  {
    id: '{USER-2}',
    type: 'CellValue',
    formula: null,
    fillColor: '#0000FF',
    fontColor: null,
    borders: {},
    areas: [{ row: 1, col: 9, rows: 20, cols: 1 }],
    priority: 1,
  },
];

function workbook(): FakeWorkbookData {
  const wb = makeWorkbook([
    { name: 'Finansiering', rows: [['Kommun', 'Andel (kr)'], ['Mora', 2_290_000]] },
    { name: 'Åtgärder', rows: [['ID', 'Budget (kr)'], ['A01', 100]] },
    { name: 'Anteckningar' },
  ]);
  wb.sheets[1].conditionalFormats = USER_FORMATS.map((cf) => ({ ...cf, areas: [...cf.areas], borders: {} }));
  return wb;
}

const SHEETS = ['Finansiering', 'Åtgärder', 'Anteckningar'];

function ours(wb: FakeWorkbookData, sheet: string): FakeConditionalFormatData[] {
  const s = wb.sheets.find((x) => x.name === sheet);
  return (s?.conditionalFormats ?? []).filter((cf) => !cf.id.startsWith('{USER'));
}

function addresses(cf: FakeConditionalFormatData): string {
  return cf.areas.map(areaAddress).join(',');
}

describe('highlightFindings', () => {
  it('marks errors red and warnings amber with its own conditional formats, in two syncs', async () => {
    const wb = workbook();
    const cellsBefore = JSON.stringify(wb.sheets.map((s) => s.grid));
    const host = new FakeExcelHost(wb);
    const restore = host.install();
    try {
      const result = await highlightFindings(
        [
          finding('error', 'Åtgärder', 'J2'),
          finding('error', 'Åtgärder', 'J3'),
          finding('error', 'Åtgärder', 'J4'),
          finding('warning', 'Åtgärder', 'E7', 'R007'),
          finding('warning', 'Åtgärder', 'J3', 'B008'), // also an error: stays red only
          finding('error', 'Finansiering', 'B2:B4', 'B005'),
          finding('error', 'Mål', 'A1', 'S001'), // no such sheet
          finding('info', 'Åtgärder', 'A1'),
        ],
        SHEETS,
      );
      expect(host.syncs).toHaveLength(2);
      expect(result).toMatchObject({ added: 3, removed: 0, skipped: 1, syncs: 2 });

      const actions = ours(wb, 'Åtgärder');
      expect(actions).toHaveLength(2);
      const red = actions.find((cf) => cf.formula === HIGHLIGHT_STYLE.error.formula);
      const amber = actions.find((cf) => cf.formula === HIGHLIGHT_STYLE.warning.formula);
      expect(red && addresses(red)).toBe('J2:J4');
      expect(red?.fillColor).toBe('#FFC7CE');
      expect(red?.fontColor).toBe('#9C0006');
      expect(red?.borders.EdgeTop).toEqual({ style: 'Continuous', color: '#9C0006' });
      expect(amber && addresses(amber)).toBe('E7');
      expect(amber?.fillColor).toBe('#FFEB9C');
      // Added later, the red format has the higher priority where both apply.
      expect(red && amber && red.priority < amber.priority).toBe(true);

      const financing = ours(wb, 'Finansiering');
      expect(financing.map(addresses)).toEqual(['B2:B4']);

      // The user's own formats and every cell are exactly as before.
      const user = wb.sheets[1].conditionalFormats.filter((cf) => cf.id.startsWith('{USER'));
      expect(user.map(({ priority: _p, ...rest }) => rest)).toEqual(USER_FORMATS.map(({ priority: _p, ...rest }) => rest));
      expect(JSON.stringify(wb.sheets.map((s) => s.grid))).toBe(cellsBefore);
    } finally {
      restore();
    }
  });

  it('replaces its earlier marks when run again, still in two syncs', async () => {
    const wb = workbook();
    const host = new FakeExcelHost(wb);
    const restore = host.install();
    try {
      await highlightFindings([finding('error', 'Åtgärder', 'B2'), finding('warning', 'Finansiering', 'A2')], SHEETS);
      const before = host.syncs.length;
      const result = await highlightFindings([finding('warning', 'Åtgärder', 'A2')], SHEETS);
      expect(host.syncs.length - before).toBe(2);
      expect(result.removed).toBe(2);
      expect(ours(wb, 'Finansiering')).toEqual([]);
      expect(ours(wb, 'Åtgärder').map((cf) => [cf.formula, addresses(cf)])).toEqual([[HIGHLIGHT_STYLE.warning.formula, 'A2']]);
      expect(wb.sheets[1].conditionalFormats.filter((cf) => cf.id.startsWith('{USER'))).toHaveLength(2);
    } finally {
      restore();
    }
  });

  it('keeps to two syncs and a handful of formats for thousands of findings', async () => {
    const wb = workbook();
    const host = new FakeExcelHost(wb);
    const restore = host.install();
    try {
      const many: Finding[] = [];
      for (let r = 2; r < 5_002; r++) many.push(finding(r % 2 === 0 ? 'error' : 'warning', 'Åtgärder', `${'CDEFG'[r % 5]}${r * 2}`));
      const result = await highlightFindings(many, SHEETS);
      expect(host.syncs).toHaveLength(2);
      expect(result.areas).toBe(5_000);
      expect(result.added).toBeLessThan(40);
      const marked = ours(wb, 'Åtgärder').reduce((n, cf) => n + cf.areas.length, 0);
      expect(marked).toBe(5_000);
    } finally {
      restore();
    }
  });

  it('lists the sheets first when it does not know them (three syncs)', async () => {
    const wb = workbook();
    const host = new FakeExcelHost(wb);
    const restore = host.install();
    try {
      const result = await highlightFindings([finding('error', 'Åtgärder', 'B2')]);
      expect(result.syncs).toBe(3);
      expect(host.syncs).toHaveLength(3);
      expect(ours(wb, 'Åtgärder')).toHaveLength(1);
    } finally {
      restore();
    }
  });

  it('starts over with fresh sheet names when a known sheet was renamed meanwhile', async () => {
    const wb = workbook();
    const host = new FakeExcelHost(wb);
    const restore = host.install();
    try {
      await highlightFindings([finding('error', 'Åtgärder', 'B2')], SHEETS);
      wb.sheets[2].name = 'Noteringar';
      await clearHighlights(SHEETS);
      expect(ours(wb, 'Åtgärder')).toEqual([]);
      expect(host.runs).toBe(3);
    } finally {
      restore();
    }
  });
});

describe('clearHighlights', () => {
  it('removes only the add-in\'s marks: the user\'s conditional formats stay exactly as they were', async () => {
    const wb = workbook();
    const host = new FakeExcelHost(wb);
    const restore = host.install();
    try {
      const userBefore = JSON.parse(JSON.stringify(wb.sheets[1].conditionalFormats)) as unknown;
      await highlightFindings([finding('error', 'Åtgärder', 'B2'), finding('error', 'Finansiering', 'B2'), finding('warning', 'Åtgärder', 'A1:B1')], SHEETS);
      expect(wb.sheets.flatMap((s) => ours(wb, s.name))).toHaveLength(3);
      const before = host.syncs.length;
      const result = await clearHighlights(SHEETS);
      expect(result.removed).toBe(3);
      expect(host.syncs.length - before).toBe(2);
      expect(wb.sheets.flatMap((s) => ours(wb, s.name))).toEqual([]);
      expect(wb.sheets[1].conditionalFormats).toEqual(userBefore);
    } finally {
      restore();
    }
  });

  it('does nothing but look when there is nothing to clear (one sync)', async () => {
    const wb = workbook();
    const host = new FakeExcelHost(wb);
    const restore = host.install();
    try {
      const result = await clearHighlights(SHEETS);
      expect(result).toMatchObject({ removed: 0, added: 0, syncs: 1 });
      expect(wb.sheets[1].conditionalFormats).toHaveLength(2);
    } finally {
      restore();
    }
  });
});
