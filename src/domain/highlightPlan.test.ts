import { mergeCells, normalizeArea, planHighlights } from './highlightPlan';

describe('normalizeArea', () => {
  it('accepts A1 cells and ranges, drops $ and orders the corners', () => {
    expect(normalizeArea('$b$3')).toBe('B3');
    expect(normalizeArea('J20:J2')).toBe('J2:J20');
    expect(normalizeArea('A1:A1')).toBe('A1');
    expect(normalizeArea(' XFD1048576 ')).toBe('XFD1048576');
  });

  it('refuses what Excel would not take as one area', () => {
    for (const bad of ['', 'A0', 'XFE1', 'A1048577', 'Blad1!A1', 'A1,B2', 'A:A', '=A1', 'R1C1']) {
      expect(normalizeArea(bad)).toBeNull();
    }
  });
});

describe('mergeCells', () => {
  it('joins consecutive rows of one column into ranges and keeps ranges as they are', () => {
    expect(mergeCells(['J4', 'J2', 'J3', 'J7', 'K3', 'A1:M1', 'J3'])).toEqual(['J2:J4', 'J7', 'K3', 'A1:M1']);
  });
});

describe('planHighlights', () => {
  const sheets = ['Åtgärder', 'Finansiering'];

  it('groups by sheet and severity, warnings before errors, and skips what cannot be marked', () => {
    const plan = planHighlights(
      [
        { severity: 'error', sheet: 'åtgärder', cell: 'B2' },
        { severity: 'warning', sheet: 'Åtgärder', cell: 'B2' },
        { severity: 'warning', sheet: 'Åtgärder', cell: 'C5' },
        { severity: 'error', sheet: 'Finansiering', cell: 'B2:B4' },
        { severity: 'error', sheet: 'Mål', cell: 'A1' },
        { severity: 'error', sheet: 'Åtgärder', cell: 'inte en cell' },
        { severity: 'info', sheet: 'Åtgärder', cell: 'A1' },
      ],
      sheets,
    );
    expect(plan.skipped).toBe(2);
    expect(plan.areas).toEqual([
      { sheet: 'Åtgärder', severity: 'warning', address: 'C5', areas: 1 },
      { sheet: 'Åtgärder', severity: 'error', address: 'B2', areas: 1 },
      { sheet: 'Finansiering', severity: 'error', address: 'B2:B4', areas: 1 },
    ]);
  });

  it('splits long address lists into strings no longer than the limit, losing none', () => {
    const findings = Array.from({ length: 500 }, (_, i) => ({ severity: 'error' as const, sheet: 'Åtgärder', cell: `${i % 2 ? 'C' : 'E'}${i * 3 + 2}` }));
    const plan = planHighlights(findings, sheets, 100);
    expect(plan.areas.length).toBeGreaterThan(10);
    for (const a of plan.areas) expect(a.address.length).toBeLessThanOrEqual(100);
    const all = plan.areas.flatMap((a) => a.address.split(','));
    expect(all).toHaveLength(500);
    expect(new Set(all).size).toBe(500);
    expect(plan.areas.reduce((n, a) => n + a.areas, 0)).toBe(500);
  });
});

describe('planHighlights with overlapping findings', () => {
  it('does not mark a cell again inside a range already marked with its colour or red', () => {
    const plan = planHighlights(
      [
        { severity: 'error', sheet: 'Åtgärder', cell: 'A1:M1' },
        { severity: 'error', sheet: 'Åtgärder', cell: 'C1' },
        { severity: 'warning', sheet: 'Åtgärder', cell: 'D1' },
        { severity: 'warning', sheet: 'Åtgärder', cell: 'D2' },
        { severity: 'warning', sheet: 'Åtgärder', cell: 'D2:D9' },
      ],
      ['Åtgärder'],
    );
    expect(plan.areas).toEqual([
      { sheet: 'Åtgärder', severity: 'warning', address: 'D2:D9', areas: 1 },
      { sheet: 'Åtgärder', severity: 'error', address: 'A1:M1', areas: 1 },
    ]);
  });
});
