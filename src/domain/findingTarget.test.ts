import { canGoTo } from './findingTarget';

describe('canGoTo', () => {
  it('needs the sheet (any case) and an A1 address', () => {
    expect(canGoTo({ sheet: 'åtgärder', cell: 'I4' }, ['Plan', 'Åtgärder'])).toBe(true);
    expect(canGoTo({ sheet: 'Åtgärder', cell: 'A1' }, ['Blad1'])).toBe(false);
    expect(canGoTo({ sheet: 'Åtgärder', cell: 'not a cell' }, ['Åtgärder'])).toBe(false);
    expect(canGoTo({ sheet: 'Åtgärder', cell: 'B2:D9' }, ['Åtgärder'])).toBe(true);
  });
});
