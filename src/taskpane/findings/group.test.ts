import type { Finding } from '../../domain/finding';
import { familyOf } from '../../domain/rules';
import { filterFindings, groupFindings } from './group';

function finding(code: Finding['code'], severity: Finding['severity'], extra: Partial<Finding> = {}): Finding {
  return { code, severity, sheet: 'Åtgärder', cell: 'J7', message: `message ${code}`, ...extra };
}

describe('familyOf', () => {
  it('gives each code the family its rule declares', () => {
    expect(familyOf('B003')).toBe('budget');
    expect(familyOf('R005')).toBe('responsibility');
    expect(familyOf('P007')).toBe('plan');
    expect(familyOf('S001')).toBe('structure');
    expect(familyOf('S007')).toBe('structure');
  });
});

describe('groupFindings', () => {
  it('groups by severity (error, warning, info) and then by family S, B, R, P, keeping order within', () => {
    const list = [
      finding('P007', 'warning', { cell: 'G9' }),
      finding('R005', 'error'),
      finding('B003', 'error', { cell: 'I3' }),
      finding('B010', 'warning'),
      finding('B003', 'error', { cell: 'I5' }),
    ];
    const groups = groupFindings(list);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 3],
      ['warning', 2],
    ]);
    expect(groups[0].families.map((f) => f.family)).toEqual(['budget', 'responsibility']);
    expect(groups[0].families[0].findings.map((f) => f.cell)).toEqual(['I3', 'I5']);
    expect(groups[1].families.map((f) => f.family)).toEqual(['budget', 'plan']);
  });

  it('gives no groups for no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe('filterFindings', () => {
  const list = [
    finding('B003', 'error', { message: 'Andelarna summerar inte till budgeten', actionId: 'A03' }),
    finding('P007', 'warning', { message: 'Försenad åtgärd', cell: 'G9', actionId: 'A11' }),
    finding('R009', 'warning', { sheet: 'Roller', cell: 'B4', message: 'Vakant roll' }),
  ];
  const all = new Set(['error', 'warning', 'info'] as const);

  it('keeps only the chosen severities', () => {
    expect(filterFindings(list, { severities: new Set(['warning'] as const), text: '' }).map((f) => f.code)).toEqual([
      'P007',
      'R009',
    ]);
  });

  it('matches text in message, code, sheet!cell and action ID, ignoring case and diacritics', () => {
    expect(filterFindings(list, { severities: all, text: 'forsenad' }).map((f) => f.code)).toEqual(['P007']);
    expect(filterFindings(list, { severities: all, text: 'roller!b4' }).map((f) => f.code)).toEqual(['R009']);
    expect(filterFindings(list, { severities: all, text: 'a03' }).map((f) => f.code)).toEqual(['B003']);
    expect(filterFindings(list, { severities: all, text: 'p007' }).map((f) => f.code)).toEqual(['P007']);
    expect(filterFindings(list, { severities: all, text: 'nothing like this' })).toEqual([]);
  });
});
