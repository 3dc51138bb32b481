import type { Finding } from '../domain/finding';
import { findingJson, formatCounts, formatFinding, formatValue, sheetCell } from './format';

const finding: Finding = {
  code: 'B003',
  severity: 'error',
  sheet: 'Åtgärder',
  cell: 'I10',
  actionId: 'A09',
  message: 'Andelarna summerar\ninte till budgeten.',
  expected: 240_000,
  actual: 239_550.5,
};

describe('format', () => {
  it('quotes sheet names as Excel does only when needed', () => {
    expect(sheetCell('Åtgärder', 'J7')).toBe('Åtgärder!J7');
    expect(sheetCell('Min flik', 'A1')).toBe("'Min flik'!A1");
    expect(sheetCell("Kalle's", 'A1')).toBe("'Kalle''s'!A1");
  });

  it('groups amounts the Swedish or English way', () => {
    expect(formatValue(2_290_000, 'sv')).toBe('2 290 000');
    expect(formatValue(2_290_000.5, 'sv')).toBe('2 290 000,5');
    expect(formatValue(2_290_000, 'en')).toBe('2,290,000');
    expect(formatValue('M10', 'en')).toBe('M10');
  });

  it('renders a finding on one line, a line break in its text shown as \\n', () => {
    expect(formatFinding(finding, 'sv')).toBe(
      'FEL B003 Åtgärder!I10 [A09] Andelarna summerar\\ninte till budgeten. (förväntat 240 000, faktiskt 239 550,5)',
    );
    const { actionId: _a, expected: _e, actual: _x, ...bare } = finding;
    expect(formatFinding({ ...bare, severity: 'warning' }, 'en')).toBe('WARNING B003 Åtgärder!I10 Andelarna summerar\\ninte till budgeten.');
  });

  it('counts in both languages', () => {
    expect(formatCounts({ error: 1, warning: 2, info: 0 }, '2011-12-31', 'sv')).toBe('1 fel, 2 varningar (rapportdatum 2011-12-31).');
    expect(formatCounts({ error: 1, warning: 1, info: 0 }, '2011-12-31', 'en')).toBe('1 error, 1 warning (report date 2011-12-31).');
    expect(formatCounts({ error: 0, warning: 0, info: 0 }, '2011-12-31', 'en')).toBe('No errors or warnings (report date 2011-12-31).');
  });

  it('keeps the JSON finding keys in SPEC order and leaves absent ones out', () => {
    expect(Object.keys(findingJson(finding))).toEqual(['code', 'severity', 'sheet', 'cell', 'actionId', 'message', 'expected', 'actual']);
    const { actionId: _a, ...noAction } = finding;
    expect(Object.keys(findingJson(noAction))).not.toContain('actionId');
  });
});
