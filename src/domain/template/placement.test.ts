import { conflictMessage, planPlacement, TemplateConflictError } from './placement';

describe('planPlacement', () => {
  it('reuses the single empty default sheet of a new workbook', () => {
    expect(planPlacement({ sheets: [{ name: 'Blad1', empty: true }], tables: [] })).toEqual({ conflicts: [], reuseSheet: 'Blad1' });
    expect(planPlacement({ sheets: [{ name: 'Sheet1', empty: true }], tables: [] }).reuseSheet).toBe('Sheet1');
  });

  it('never reuses a sheet with content, a renamed sheet, or one of several', () => {
    expect(planPlacement({ sheets: [{ name: 'Blad1', empty: false }], tables: [] }).reuseSheet).toBeNull();
    expect(planPlacement({ sheets: [{ name: 'Budget 2012', empty: true }], tables: [] }).reuseSheet).toBeNull();
    expect(planPlacement({ sheets: [{ name: 'Blad1', empty: true }, { name: 'Blad2', empty: true }], tables: [] }).reuseSheet).toBeNull();
  });

  it('reports existing plan sheets and tables under any spelling the reader accepts', () => {
    const p = planPlacement({
      sheets: [{ name: 'Notes', empty: false }, { name: 'ATGARDER', empty: false }, { name: 'Plan', empty: false }],
      tables: ['Plan', 'Roles', 'Tabell1'],
    });
    expect(p.conflicts).toEqual(['ATGARDER', 'Plan', 'Roles']);
  });

  it('explains a refusal in Swedish and English', () => {
    expect(conflictMessage(['Åtgärder'], 'sv')).toMatch(/redan en handlingsplan \(Åtgärder\)\. Inget har ändrats/);
    expect(conflictMessage(['Åtgärder'], 'en')).toMatch(/already has an action plan \(Åtgärder\)\. Nothing was changed/);
    const e = new TemplateConflictError(['Plan']);
    expect(e).toBeInstanceOf(Error);
    expect(e.conflicts).toEqual(['Plan']);
    expect(e.message).toMatch(/Plan/);
  });
});
