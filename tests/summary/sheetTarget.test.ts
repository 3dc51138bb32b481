import { chooseSheetTarget } from '../../src/domain/summary/sheetTarget';
import type { ExistingSheet } from '../../src/domain/summary/sheetTarget';

const TABLES = ['PK_Kommuner', 'PK_Mal'];
const sheet = (name: string, position: number, marker: string | null = null, tables: string[] = []): ExistingSheet => ({ name, position, marker, tables });

describe('chooseSheetTarget', () => {
  it('adds Sammanfattning when there is none', () => {
    const t = chooseSheetTarget([sheet('Åtgärder', 0)], 'Sammanfattning', TABLES);
    expect(t).toMatchObject({ replace: null, name: 'Sammanfattning', tableNames: { PK_Kommuner: 'PK_Kommuner', PK_Mal: 'PK_Mal' } });
  });

  it('never takes a user’s own Sammanfattning (any case): picks the first free numbered name', () => {
    const t = chooseSheetTarget([sheet('SAMMANFATTNING', 0), sheet('Sammanfattning (2)', 1)], 'Sammanfattning', TABLES);
    expect(t).toMatchObject({ replace: null, name: 'Sammanfattning (3)' });
  });

  it('replaces its own sheet in place, keeping a name the user gave it', () => {
    const t = chooseSheetTarget([sheet('Plan', 0), sheet('Status juni', 1, 'Sammanfattning', ['PK_Kommuner']), sheet('Åtgärder', 2)], 'Sammanfattning', TABLES);
    expect(t.replace).toEqual({ name: 'Status juni', position: 1 });
    expect(t.name).toBe('Status juni');
    // Its own tables are deleted with it, so their names are free again.
    expect(t.tableNames.PK_Kommuner).toBe('PK_Kommuner');
  });

  it('of two marked sheets (the user copied ours), replaces the one still carrying its recorded name', () => {
    const t = chooseSheetTarget(
      [sheet('Sammanfattning (2)', 0, 'Sammanfattning'), sheet('Sammanfattning', 3, 'Sammanfattning')],
      'Sammanfattning',
      TABLES,
    );
    expect(t.replace).toEqual({ name: 'Sammanfattning', position: 3 });
  });

  it('renames a table whose name a user’s table already has', () => {
    const t = chooseSheetTarget([sheet('Data', 0, null, ['pk_kommuner', 'PK_Kommuner2'])], 'Sammanfattning', TABLES);
    expect(t.tableNames).toEqual({ PK_Kommuner: 'PK_Kommuner3', PK_Mal: 'PK_Mal' });
  });

  it('gives a temporary name no sheet has', () => {
    const t = chooseSheetTarget([sheet('Plankoll ny 1', 0), sheet('Sammanfattning', 1, 'Sammanfattning')], 'Sammanfattning', TABLES);
    expect(t.tempName).toBe('Plankoll ny 2');
  });
});
