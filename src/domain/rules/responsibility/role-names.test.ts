import { makeRole } from '../../../../tests/builders/model';
import { RoleIndex, normalizeRole, readRoleCell, splitRoles } from './role-names';

describe('role names', () => {
  it('normalizes case, spacing and diacritics', () => {
    expect(normalizeRole('  Kommun\u00a0DIREKTÖR ')).toBe('kommun direktor');
    expect(normalizeRole('IT-chef')).toBe(normalizeRole('it-CHEF'));
  });

  it('splits at , ; / & och and', () => {
    expect(splitRoles('IT-chef, Ekonomichef')).toEqual(['IT-chef', 'Ekonomichef']);
    expect(splitRoles('A;B/C & D och E and F')).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(splitRoles('Kommundirektör')).toEqual(['Kommundirektör']);
    expect(splitRoles('Kochchef')).toEqual(['Kochchef']);
  });

  it('reads a cell whose whole text is a role as that one role, even with a separator in the name', () => {
    const index = new RoleIndex([makeRole({ role: 'Kvalitets- och miljöchef' }), makeRole({ role: 'IT-chef' })]);
    expect(readRoleCell('kvalitets- och miljochef', index)).toMatchObject({ kind: 'single', role: { role: { value: 'Kvalitets- och miljöchef' } } });
    expect(readRoleCell('IT-chef / Ekonomichef', index)).toEqual({ kind: 'several', parts: ['IT-chef', 'Ekonomichef'] });
    const it2 = new RoleIndex([makeRole({ role: 'Driftchef IT' }), makeRole({ role: 'IS/IT-strateg' })]);
    expect(readRoleCell('Driftchef IT och IS/IT-strateg', it2)).toEqual({ kind: 'several', parts: ['Driftchef IT', 'IS/IT-strateg'] });
    expect(readRoleCell('IS/IT-strateg', it2)).toMatchObject({ kind: 'single', role: { role: { value: 'IS/IT-strateg' } } });
    expect(readRoleCell('Okänd', index)).toEqual({ kind: 'single', text: 'Okänd', role: undefined });
  });
});
