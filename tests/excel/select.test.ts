import { OfficeMockObject } from 'office-addin-mock';
import { selectCell } from '../../src/excel/select';

/** office-addin-mock workbook: one sheet whose getRange records the address it was asked for. */
function mockExcel() {
  const calls: { getItem: string[]; getRange: string[] } = { getItem: [], getRange: [] };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            name: 'Åtgärder',
            activated: false,
            range: {
              address: 'unset',
              selected: false,
              select: function (this: { selected: boolean }) {
                this.selected = true;
              },
            },
            activate: function (this: { activated: boolean }) {
              this.activated = true;
            },
            getRange: function (this: { range: unknown }, address: string) {
              calls.getRange.push(address);
              return this.range;
            },
          },
          getItem: function (this: { sheet: unknown }, name: string) {
            calls.getItem.push(name);
            return this.sheet;
          },
        },
      },
    },
  });
  let syncs = 0;
  const context = mock.context;
  const sync = context.sync.bind(context) as () => Promise<void>;
  context.sync = async () => {
    syncs++;
    await sync();
  };
  const g = globalThis as { Excel?: unknown };
  const previous = g.Excel;
  g.Excel = { run: async (callback: (ctx: unknown) => Promise<unknown>) => callback(context) };
  return { mock, calls, syncs: () => syncs, restore: () => (g.Excel = previous) };
}

describe('selectCell (office-addin-mock)', () => {
  it('activates the sheet and selects the cell in one sync', async () => {
    const m = mockExcel();
    try {
      await selectCell('Åtgärder', '$j$12');
      expect(m.calls.getItem).toEqual(['Åtgärder']);
      expect(m.calls.getRange).toEqual(['J12']);
      expect(m.mock.context.workbook.worksheets.sheet.activated).toBe(true);
      expect(m.mock.context.workbook.worksheets.sheet.range.selected).toBe(true);
      expect(m.syncs()).toBe(1);
    } finally {
      m.restore();
    }
  });

  it('selects a range such as a column sum finding', async () => {
    const m = mockExcel();
    try {
      await selectCell('Åtgärder', 'J2:J20');
      expect(m.calls.getRange).toEqual(['J2:J20']);
      expect(m.syncs()).toBe(1);
    } finally {
      m.restore();
    }
  });

  it('refuses an address that is not A1 without calling Excel', async () => {
    const m = mockExcel();
    try {
      await expect(selectCell('Åtgärder', 'Sheet1!A1; DROP')).rejects.toThrow('Ogiltig celladress: Sheet1!A1; DROP');
      expect(m.calls.getItem).toEqual([]);
      expect(m.syncs()).toBe(0);
    } finally {
      m.restore();
    }
  });
});
