import type { Finding } from '../domain/finding';
import { findingJson, formatCounts, formatFinding, formatOmitted, formatReport, formatValue, sheetCell, validateJson } from './format';

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

describe('what the per-code cap left out', () => {
  it('is one line before the count line, in both languages, and nothing when nothing was left out', () => {
    expect(formatOmitted({}, 'sv')).toBeNull();
    expect(formatOmitted({ P003: 1_047_575 }, 'sv')).toBe('Ytterligare 1 047 575 avvikelser visas inte (högst 1 000 per kod): P003 1 047 575.');
    expect(formatOmitted({ P003: 1_047_575, P006: 1 }, 'en')).toBe(
      '1,047,576 more findings are not listed (at most 1,000 per code): P003 1,047,575, P006 1.',
    );
    expect(formatOmitted({ R002: 1 }, 'sv')).toBe('Ytterligare 1 avvikelse visas inte (högst 1 000 per kod): R002 1.');
    const report = formatReport([], { error: 1_047_575, warning: 0, info: 0 }, '2011-12-31', 'en', { P003: 1_047_575 }).split('\n');
    expect(report.slice(0, 2)).toEqual([formatOmitted({ P003: 1_047_575 }, 'en'), formatCounts({ error: 1_047_575, warning: 0, info: 0 }, '2011-12-31', 'en')]);
  });

  it('is in the JSON as `omitted` only when something was left out', () => {
    const counts = { error: 0, warning: 0, info: 0 };
    expect(Object.keys(JSON.parse(validateJson('a.xlsx', '2011-12-31', counts, [])) as object)).toEqual(['file', 'reportDate', 'counts', 'findings']);
    expect((JSON.parse(validateJson('a.xlsx', '2011-12-31', counts, [], { P003: 1_047_575 })) as { omitted: unknown }).omitted).toEqual({ P003: 1_047_575 });
  });
});
